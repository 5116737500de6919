import HandbookBlocks
import Markdown

extension HandbookBlock {
    /// The links inside the block's Markdown items, each with the block line of its item: the
    /// checks and the rule pages see them as they see the links of the page around.
    var links: [(destination: String, line: Int)] {
        markdownItems.flatMap { item in
            MarkdownDocument(item.text).outline().links.map { ($0.destination, item.line + $0.position.line - 1) }
        }
    }
}

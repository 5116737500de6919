public import HandbookBlocks
public import Markdown

/// One of the handbook's own blocks on a page (```compare, ```dialogue, ```script), read once
/// at load: the checks, the rule pages, the dialogue lint and the renderers all take it from here.
public struct PageBlock: Sendable {
    /// The fenced block as the page's Markdown holds it.
    public var fence: FencedBlock
    public var block: HandbookBlock
    /// What is wrong with how the block is written.
    public var problems: [BlockProblem]
    /// The links in the block's Markdown items, each with the block line of its item: the checks
    /// and the rule pages see them as they see the links of the page around.
    public var links: [(destination: String, line: Int)]

    /// The page's handbook blocks, in document order; other fenced blocks stay code.
    public static func read(_ outline: MarkdownOutline, labels: BlockLabels) -> [PageBlock] {
        outline.fencedBlocks.compactMap { fence in
            guard let (block, problems) = HandbookBlock.read(language: fence.language, content: fence.content, labels: labels) else { return nil }
            let links = block.markdownItems.flatMap { item in
                MarkdownDocument(item.text).outline().links.map { ($0.destination, item.line + $0.position.line - 1) }
            }
            return PageBlock(fence: fence, block: block, problems: problems, links: links)
        }
    }
}

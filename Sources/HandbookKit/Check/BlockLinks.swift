import HandbookBlocks
import Markdown

/// The links written inside handbook blocks, whose items are Markdown of their own (a
/// comparison's sides, a dialogue's messages and notes' text is plain): the checks and the rule
/// pages see them as they see the links of the page around.
enum BlockLinks {
    /// Each link's destination with the block content line of the item it stands in.
    static func links(in block: FencedBlock, labels: BlockLabels) -> [(destination: String, line: Int)] {
        let items: [(text: String, line: Int)] = switch block.language {
        case "compare": Comparison.parse(block.content, labels: labels).0.pairs.flatMap { [($0.vague, $0.line), ($0.concrete, $0.line)] }
        case "dialogue": Dialogue.parse(block.content, labels: labels).0.messages.map { ($0.text, $0.line) }
        default: []
        }
        return items.flatMap { item in
            MarkdownDocument(item.text).outline().links.map { ($0.destination, item.line + $0.position.line - 1) }
        }
    }
}

/// A fenced block that is one of the handbook's own, read once: what it holds, what is wrong
/// with it, and the Markdown inside it. Rendering, checking and the rule pages all start here.
public enum HandbookBlock: Sendable {
    case compare(Comparison)
    case dialogue(Dialogue)
    case script(ReplyScript)

    /// The block for a fenced block's language (`compare`, `dialogue`, `script`) with the
    /// problems found reading it; nil for any other language, which stays code.
    public static func read(language: String, content: String, labels: BlockLabels) -> (block: HandbookBlock, problems: [BlockProblem])? {
        switch language {
        case "compare":
            let (comparison, problems) = Comparison.parse(content, labels: labels)
            return (.compare(comparison), problems)
        case "dialogue":
            let (dialogue, problems) = Dialogue.parse(content, labels: labels)
            return (.dialogue(dialogue), problems)
        case "script":
            let (script, problems) = ReplyScript.parse(content, labels: labels)
            return (.script(script), problems)
        default:
            return nil
        }
    }

    /// The texts rendered as Markdown (a comparison's sides, a dialogue's messages), each with the
    /// block line it starts on; their links are links of the page.
    public var markdownItems: [(text: String, line: Int)] {
        switch self {
        case .compare(let comparison): comparison.pairs.flatMap { [($0.vague, $0.line), ($0.concrete, $0.line)] }
        case .dialogue(let dialogue): dialogue.messages.map { ($0.text, $0.line) }
        case .script: []
        }
    }

    /// The notes of a dialogue; none for other blocks.
    public var notes: [Dialogue.Note] {
        guard case .dialogue(let dialogue) = self else { return [] }
        return dialogue.messages.flatMap(\.notes)
    }
}

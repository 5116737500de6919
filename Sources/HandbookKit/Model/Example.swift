public import Markdown

/// One annotated dialogue of the examples folder: how an agent answered, whether that is the
/// way (`good`) or not (`bad`), and for a bad one the rules the linter must find in it.
public struct Example: Sendable {
    public enum Verdict: String, Sendable, Codable, Hashable, CaseIterable {
        case good, bad
    }

    /// The file name without `.md`: what `fixed:` refers to.
    public var id: String
    public var title: String
    /// Where the conversation happened: `chat`, `email`, `social`…
    public var channel: String
    /// What it is about: `payments`, `delivery`…
    public var topic: String
    public var verdict: Verdict
    /// The rules a bad example breaks: exactly the ones the linter must report.
    public var rules: [String]
    /// The id of the example that shows this one done right.
    public var fixed: String?
    public var sourcePath: String
    /// The Markdown after the front matter, parsed once, and the line of the file it starts on.
    public var document: ParsedDocument
    public var bodyLine: Int
    /// The handbook blocks of the Markdown, the example's one ```dialogue among them.
    public var blocks: [PageBlock]
    /// The example's ```dialogue block.
    public var dialogue: PageBlock
    /// The lines of the front matter's keys, for diagnostics about them.
    public var keyLines: [String: Int]

    public init(
        id: String, title: String, channel: String, topic: String, verdict: Verdict, rules: [String], fixed: String?,
        sourcePath: String, document: ParsedDocument, bodyLine: Int, blocks: [PageBlock], dialogue: PageBlock, keyLines: [String: Int] = [:]
    ) {
        self.id = id
        self.title = title
        self.channel = channel
        self.topic = topic
        self.verdict = verdict
        self.rules = rules
        self.fixed = fixed
        self.sourcePath = sourcePath
        self.document = document
        self.bodyLine = bodyLine
        self.blocks = blocks
        self.dialogue = dialogue
        self.keyLines = keyLines
    }

    /// The page of an example on the site and in the book.
    public static func pageID(of id: String) -> String { "examples/" + id }

    /// The example as a page with the id `pageID`: links in it are checked and rendered as a
    /// chapter's are, relative to the example's own file.
    public func page(id pageID: String) -> Chapter {
        Chapter(id: pageID, title: title, sourcePath: sourcePath, document: document, blocks: blocks, bodyLine: bodyLine)
    }

    /// The file line of the dialogue block's content line `line` (1-based).
    public func fileLine(ofDialogueLine line: Int) -> Int {
        bodyLine - 1 + dialogue.fence.position.line + line
    }
}

import Synchronization

/// A page's Markdown parsed once, at load: its outline is read straight away for the checks, and
/// its tree waits for the render, which makes every target's HTML from it. Rendering rewrites a
/// tree, so only the first render gets it; a later one (a page whose links may now lead
/// elsewhere, rendered again by an incremental rebuild) parses the text anew.
public final class ParsedDocument: Sendable {
    public let outline: MarkdownOutline
    public let text: String
    public let options: MarkdownOptions
    private let tree: Mutex<MarkdownDocument?>

    /// `headingIDs` are anchors the text gives its headings itself (`## Setup {#setup}` in Hugo
    /// and Docusaurus, read before parsing), by the heading's line; they replace the made ones.
    public init(_ text: String, options: MarkdownOptions, headingIDs: [Int: String] = [:]) {
        let document = MarkdownDocument(text, options: options)
        var outline = document.outline()
        if !headingIDs.isEmpty {
            for index in outline.headings.indices {
                if let id = headingIDs[outline.headings[index].position.line] { outline.headings[index].anchor = id }
            }
        }
        self.outline = outline
        self.text = text
        self.options = options
        tree = Mutex(consume document)
    }

    /// The tree to render: the one parsed at load the first time, a fresh parse afterwards.
    public func takeTree() -> MarkdownDocument {
        if let document = tree.withLock({ $0.take() }) { return document }
        return MarkdownDocument(text, options: options)
    }
}

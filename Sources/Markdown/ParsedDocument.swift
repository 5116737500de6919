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

    public init(_ text: String, options: MarkdownOptions) {
        let document = MarkdownDocument(text, options: options)
        outline = document.outline()
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

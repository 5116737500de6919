import Synchronization

/// A page's Markdown parsed once, at load: its outline is read straight away for the checks, and
/// its tree waits for the render, which makes every target's HTML from it. Rendering rewrites a
/// tree, so only the first render gets it; a later one (a page whose links may now lead
/// elsewhere, rendered again by an incremental rebuild) parses the text anew.
public final class ParsedDocument: Sendable {
    public let outline: MarkdownOutline
    /// The outline's `linkableAnchors`, hashed once per parse: every load of a book looks up
    /// the fragments of its links in them, and a page's anchors change only with its text.
    public let linkableAnchors: Set<String>
    public let text: String
    public let options: MarkdownOptions
    private let tree: Mutex<MarkdownDocument?>

    /// `headingIDs` are anchors the text gives its headings itself (`## Setup {#setup}` in Hugo
    /// and Docusaurus, read before parsing), by the heading's line; they replace the made ones.
    /// `sourceLines`, when the text was made longer than its source (files included in it), is
    /// the source's line of each line of the text: the outline's positions are the source's.
    public init(_ text: String, options: MarkdownOptions, headingIDs: [Int: String] = [:], sourceLines: [Int]? = nil) {
        let document = MarkdownDocument(text, options: options)
        var outline = document.outline()
        if !headingIDs.isEmpty {
            for index in outline.headings.indices {
                if let id = headingIDs[outline.headings[index].position.line] { outline.headings[index].anchor = id }
            }
        }
        if let sourceLines, !sourceLines.isEmpty {
            func place(_ position: inout SourcePosition) {
                if (1...sourceLines.count).contains(position.line) { position.line = sourceLines[position.line - 1] }
            }
            for index in outline.headings.indices { place(&outline.headings[index].position) }
            for index in outline.definitionTerms.indices { place(&outline.definitionTerms[index].position) }
            for index in outline.links.indices { place(&outline.links[index].position) }
            for index in outline.fencedBlocks.indices { place(&outline.fencedBlocks[index].position) }
        }
        self.outline = outline
        linkableAnchors = Set(outline.linkableAnchors)
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

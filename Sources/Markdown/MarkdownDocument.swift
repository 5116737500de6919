/// Ways a page's HTML differs from plain cmark-gfm output. All are off by default, so an
/// unhooked render is exactly cmark-gfm's.
public struct HTMLHooks {
    /// Gives every heading an `id` (see ``HeadingAnchors``).
    public var anchorsHeadings: Bool
    /// The anchors `outline()` gave this document's headings, when the caller kept them; saves
    /// working them out again. Ignored unless there is one per heading.
    public var knownAnchors: [String]?
    /// A new destination for a link or image; `nil` keeps it.
    public var rewriteLink: ((LinkReference) -> String?)?
    /// HTML that replaces a fenced block; `nil` leaves it a code block.
    public var renderFencedBlock: ((FencedBlock) -> String?)?
    /// Rewrites prose (text outside code and raw HTML), e.g. for typography; before escaping.
    public var transformText: ((String) -> String)?
    /// The HTML around a GitHub alert (a block quote whose first line is `[!NOTE]`, `[!TIP]`,
    /// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]`), which replaces the quote and that line;
    /// `nil` leaves alerts block quotes, as cmark-gfm does.
    public var renderCallout: ((Callout) -> (open: String, close: String))?

    public init(
        anchorsHeadings: Bool = false,
        rewriteLink: ((LinkReference) -> String?)? = nil,
        renderFencedBlock: ((FencedBlock) -> String?)? = nil,
        transformText: ((String) -> String)? = nil,
        knownAnchors: [String]? = nil,
        renderCallout: ((Callout) -> (open: String, close: String))? = nil
    ) {
        self.anchorsHeadings = anchorsHeadings
        self.knownAnchors = knownAnchors
        self.rewriteLink = rewriteLink
        self.renderFencedBlock = renderFencedBlock
        self.transformText = transformText
        self.renderCallout = renderCallout
    }
}

/// The kinds of GitHub's alerts.
public enum Callout: String, Sendable, CaseIterable {
    case note, tip, important, warning, caution

    /// The kind a first line such as `[!WARNING]` (any case) marks.
    init?(marker: String) {
        let trimmed = marker.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        self.init(rawValue: trimmed.dropFirst(2).dropLast().lowercased())
    }
}

/// A parsed Markdown document. Rendering rewrites the tree, so it consumes the document.
public struct MarkdownDocument: ~Copyable {
    private let tree: CMarkTree

    /// Parses UTF-8 bytes (invalid sequences become U+FFFD, as in cmark-gfm).
    public init(bytes: some Collection<UInt8>, options: MarkdownOptions = MarkdownOptions()) {
        tree = CMarkTree(bytes: bytes, options: options)
    }

    public init(_ text: String, options: MarkdownOptions = MarkdownOptions()) {
        self.init(bytes: text.utf8, options: options)
    }

    /// Headings with their anchors, link destinations and fenced blocks, in document order.
    public func outline() -> MarkdownOutline {
        var outline = MarkdownOutline()
        var anchors = HeadingAnchors()
        for node in tree.nodes() {
            switch node.kind {
            case .heading(let level):
                let text = node.plainText
                outline.headings.append(
                    Heading(level: level, text: text, anchor: anchors.anchor(for: text), position: node.position))
            case .link, .image:
                outline.links.append(LinkReference(
                    destination: node.url, isImage: node.kind == .image, text: node.plainText, position: node.position))
            case .codeBlock:
                if let block = Self.fencedBlock(node) { outline.fencedBlocks.append(block) }
            case .text, .code, .blockQuote, .other:
                break
            }
        }
        return outline
    }

    /// The HTML fragment, with the hooks applied.
    public consuming func renderHTML(hooks: HTMLHooks = HTMLHooks()) -> String {
        let nodes = tree.nodes()
        // Taken before anything is edited: edits free some of the listed nodes.
        let quotes = hooks.renderCallout == nil ? [] : nodes.filter { $0.kind == .blockQuote }
        // Anchors come from the text as written, so they match `outline()` whatever the hooks do.
        let headings = hooks.anchorsHeadings ? nodes.filter(\.isHeading) : []
        var headingIDs: [String]
        if let known = hooks.knownAnchors, known.count == headings.count {
            headingIDs = known.map(HTMLText.escape)
        } else {
            var anchors = HeadingAnchors()
            headingIDs = headings.map { HTMLText.escape(anchors.anchor(for: $0.plainText)) }
        }
        if let transform = hooks.transformText {
            for node in nodes where node.kind == .text { node.setLiteral(transform(node.literal)) }
        }
        for node in nodes {
            switch node.kind {
            case .link, .image:
                if let rewrite = hooks.rewriteLink {
                    let reference = LinkReference(destination: node.url, isImage: node.kind == .image, position: node.position)
                    if let destination = rewrite(reference) { node.setURL(destination) }
                }
                if tree.blanksDangerousURLs, MarkdownOptions.isDangerous(url: node.url) { node.setURL("") }
            case .codeBlock:
                guard let render = hooks.renderFencedBlock, let block = Self.fencedBlock(node),
                    let html = render(block)
                else { break }
                node.replaceWithHTMLBlock(html)
            case .heading, .text, .code, .blockQuote, .other:
                break
            }
        }
        // Last, because a heading is rendered whole when it gets its id.
        for (node, id) in zip(headings, headingIDs) {
            tree.setHeadingID(node, escapedID: id)
        }
        if let render = hooks.renderCallout {
            for quote in quotes {
                guard let kind = quote.firstLineOfFirstParagraph.flatMap(Callout.init(marker:)) else { continue }
                let (open, close) = render(kind)
                quote.replaceQuoteDroppingFirstLine(open: open, close: close)
            }
        }
        return tree.renderHTML()
    }

    private static func fencedBlock(_ node: CMarkTree.Node) -> FencedBlock? {
        let info = node.fenceInfo
        guard !info.isEmpty else { return nil }
        return FencedBlock(info: info, content: node.literal, position: node.position)
    }
}

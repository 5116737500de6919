public import Markdown

/// One page of the handbook: a Markdown chapter, or a section (a folder) with pages inside.
public struct Chapter: Sendable {
    /// The page's path in the output without extension (`standards/email`, `standards/index`);
    /// unique in the book, so it is also the chapter's identity.
    public var id: String
    public var title: String
    public var summary: String?
    /// Where the page comes from, relative to the handbook's root: its Markdown file, or for a
    /// section without `index.md`, the section's folder. Nil only for pages the site makes up.
    public var sourcePath: String?
    /// The Markdown after the front matter, parsed once; nil for pages without text of their own.
    public var document: ParsedDocument?
    /// The handbook blocks among its fenced blocks, read once.
    public var blocks: [PageBlock]
    /// The line of the source file where `markdown` starts, so positions in it map to the file.
    public var bodyLine: Int
    /// True when the title is the page's own first `#` heading rather than front matter.
    public var titleIsFirstHeading: Bool
    public var children: [Chapter]
    /// Paths inside the chapters folder, without extension, by which links may name the page
    /// besides its file (Docusaurus's `id:` and `slug:`): `faq/organizing-state`.
    public var linkNames: [String] = []

    public init(
        id: String, title: String, summary: String? = nil, sourcePath: String?, document: ParsedDocument? = nil,
        blocks: [PageBlock] = [], bodyLine: Int = 1, titleIsFirstHeading: Bool = false, children: [Chapter] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.sourcePath = sourcePath
        self.document = document
        self.blocks = blocks
        self.bodyLine = bodyLine
        self.titleIsFirstHeading = titleIsFirstHeading
        self.children = children
    }

    /// The Markdown after the front matter.
    public var markdown: String { document?.text ?? "" }

    /// Its headings, links and fenced blocks, as read at load.
    public var outline: MarkdownOutline { document?.outline ?? MarkdownOutline() }

    /// What a link's `#fragment` may name on the page (see `MarkdownOutline.linkableAnchors`).
    public var linkableAnchors: Set<String> { document?.linkableAnchors ?? [] }

    /// The page's file in the output, relative to its root.
    public var outputPath: String { Self.outputPath(of: id) }

    /// Every link's destination as written: the text's, then its blocks' (comparisons, dialogues).
    public var linkDestinations: [String] {
        outline.links.map(\.destination) + blocks.flatMap { $0.links.map(\.destination) }
    }

    /// The output file of the page `id` (`standards/email` → `standards/email.html`).
    public static func outputPath(of id: String) -> String { id + ".html" }

    /// Headings shown in the page's own table of contents: levels 2 and 3, the title excluded.
    public var pageHeadings: [Heading] {
        outline.headings.filter { (2...3).contains($0.level) }
    }
}

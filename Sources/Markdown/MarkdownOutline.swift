/// A heading of a page, with the anchor its HTML gets.
public struct Heading: Sendable, Hashable, Codable {
    public var level: Int
    public var text: String
    public var anchor: String
    public var position: SourcePosition

    public init(level: Int, text: String, anchor: String, position: SourcePosition) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.position = position
    }
}

/// A link or image destination as written in the source.
public struct LinkReference: Sendable, Hashable, Codable {
    public var destination: String
    public var isImage: Bool
    /// The link's text, or an image's alt text, as plain text.
    public var text: String
    public var position: SourcePosition

    public init(destination: String, isImage: Bool, text: String = "", position: SourcePosition) {
        self.destination = destination
        self.isImage = isImage
        self.text = text
        self.position = position
    }
}

/// A fenced code block: the extension point for handbook blocks (```compare, ```dialogue, …).
public struct FencedBlock: Sendable, Hashable, Codable {
    /// The first word of the info string (`dialogue` in ```` ```dialogue title ````).
    public var language: String
    public var info: String
    public var content: String
    /// Where the opening fence is.
    public var position: SourcePosition

    public init(info: String, content: String, position: SourcePosition) {
        self.info = info
        self.language = String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        self.content = content
        self.position = position
    }
}

/// A term of a definition list, with the anchor its `<dt>` gets.
public struct DefinitionTerm: Sendable, Hashable, Codable {
    public var text: String
    public var anchor: String
    public var position: SourcePosition
    /// How many of the page's headings come before it: its place among them, which positions
    /// cannot tell when both came from one included file.
    public var headingsBefore: Int

    public init(text: String, anchor: String, position: SourcePosition, headingsBefore: Int) {
        self.text = text
        self.anchor = anchor
        self.position = position
        self.headingsBefore = headingsBefore
    }
}

/// What the checks need to know about a page without rendering it.
public struct MarkdownOutline: Sendable, Hashable, Codable {
    public var headings: [Heading] = []
    public var definitionTerms: [DefinitionTerm] = []
    /// Anchors the page's raw HTML sets (`<a id="x">`), when raw HTML is shown.
    public var htmlAnchors: [String] = []
    public var links: [LinkReference] = []
    public var fencedBlocks: [FencedBlock] = []

    /// What a link's `#fragment` may name: the page's anchors and those of its raw HTML.
    public var linkableAnchors: [String] { htmlAnchors.isEmpty ? anchors : anchors + htmlAnchors }

    /// The anchors the page's renderer gives, headings' and terms' in document order: what
    /// `HTMLHooks.knownAnchors` takes.
    public var anchors: [String] {
        guard !definitionTerms.isEmpty else { return headings.map(\.anchor) }
        var anchors: [String] = []
        var terms = definitionTerms[...]
        for (index, heading) in headings.enumerated() {
            while let term = terms.first, term.headingsBefore <= index {
                anchors.append(term.anchor)
                terms = terms.dropFirst()
            }
            anchors.append(heading.anchor)
        }
        return anchors + terms.map(\.anchor)
    }

    public init(headings: [Heading] = [], links: [LinkReference] = [], fencedBlocks: [FencedBlock] = []) {
        self.headings = headings
        self.links = links
        self.fencedBlocks = fencedBlocks
    }
}

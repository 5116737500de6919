/// A GFM extension of cmark-gfm, named as on cmark-gfm's command line (`-e NAME`).
public enum MarkdownExtension: String, CaseIterable, Sendable, Codable, Hashable {
    case table
    case strikethrough
    case autolink
    case tagfilter
    case tasklist
    /// Not a syntax extension in cmark-gfm but a parse option; the CLI treats it like one.
    case footnotes
}

/// How Markdown is parsed and rendered.
public struct MarkdownOptions: Sendable, Hashable {
    /// The extensions a handbook page uses unless told otherwise: all GFM extensions.
    public static let defaultExtensions: [MarkdownExtension] = MarkdownExtension.allCases

    /// Extensions in the order they are attached to the parser.
    public var extensions: [MarkdownExtension]
    /// Lets raw HTML through (cmark-gfm's `--unsafe`).
    public var allowsRawHTML: Bool
    /// Lets links and images keep script and file URLs (`javascript:`, `vbscript:`, `file:`,
    /// `data:` other than images), which cmark-gfm's `--unsafe` also allows. Without it they
    /// render as links to nothing, as cmark-gfm's safe mode renders them.
    public var allowsDangerousURLs: Bool
    /// Every line break is a `<br>` (cmark-gfm's `--hardbreaks`), as in a chat message.
    public var hardBreaks: Bool
    /// Reads definition lists (`Term` then `: definition`, see `DefinitionLists`), which
    /// cmark-gfm has not; GFM itself has none, so `handbook render` leaves them out.
    public var definitionLists: Bool

    /// The handbook's pages: every GFM extension, raw HTML omitted. Dangerous URLs come with raw
    /// HTML unless said otherwise, as in cmark-gfm.
    public init(
        extensions: [MarkdownExtension] = MarkdownOptions.defaultExtensions, allowsRawHTML: Bool = false,
        allowsDangerousURLs: Bool? = nil, hardBreaks: Bool = false, definitionLists: Bool = false
    ) {
        var seen = Set<MarkdownExtension>()
        self.extensions = extensions.filter { seen.insert($0).inserted }
        self.allowsRawHTML = allowsRawHTML
        self.allowsDangerousURLs = allowsDangerousURLs ?? allowsRawHTML
        self.hardBreaks = hardBreaks
        self.definitionLists = definitionLists
    }

    /// Whether a link destination runs a script or opens a local file when followed: the
    /// schemes cmark-gfm's safe mode refuses, in any case.
    public static func isDangerous(url: String) -> Bool {
        func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        let bytes = url.utf8.prefix(11).map(lowered)
        func starts(with scheme: String) -> Bool { bytes.starts(with: scheme.utf8) }
        guard starts(with: "data:") else { return starts(with: "javascript:") || starts(with: "vbscript:") || starts(with: "file:") }
        let rest = url.utf8.dropFirst(5).prefix(10).map(lowered)
        return !["image/png", "image/gif", "image/jpeg", "image/webp"].contains { rest.starts(with: $0.utf8) }
    }
}

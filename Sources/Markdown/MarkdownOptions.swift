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
    /// Lets raw HTML and dangerous URLs through (cmark-gfm's `--unsafe`).
    public var allowsRawHTML: Bool
    /// Every line break is a `<br>` (cmark-gfm's `--hardbreaks`), as in a chat message.
    public var hardBreaks: Bool

    /// The handbook's pages: every GFM extension, raw HTML omitted.
    public init(extensions: [MarkdownExtension] = MarkdownOptions.defaultExtensions, allowsRawHTML: Bool = false, hardBreaks: Bool = false) {
        var seen = Set<MarkdownExtension>()
        self.extensions = extensions.filter { seen.insert($0).inserted }
        self.allowsRawHTML = allowsRawHTML
        self.hardBreaks = hardBreaks
    }
}

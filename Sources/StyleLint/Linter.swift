/// Runs a style over drafts.
public struct Linter: Sendable {
    public let style: Style
    private let stemmer: Stemmer

    public init(style: Style, stemmer: Stemmer) {
        self.style = style
        self.stemmer = stemmer
    }

    /// Every finding, ordered by message, position, then rule id.
    public func lint(_ draft: Draft) -> [Finding] {
        let context = LintContext(draft, stemmer: stemmer)
        return style.rules.flatMap { $0.findings(in: context) }.sorted {
            ($0.messageIndex, $0.line, $0.column, $0.rule) < ($1.messageIndex, $1.line, $1.column, $1.rule)
        }
    }
}

/// Runs a style over drafts. One linter serves any number of drafts and threads.
public struct Linter: Sendable {
    public let style: Style

    public init(style: Style) {
        self.style = style
    }

    /// Every finding, ordered by message, position, then rule id. A rule that yields to another
    /// is silent on a draft where that other rule fired.
    public func lint(_ draft: Draft) -> [Finding] {
        let context = LintContext(draft, stemmer: style.stemmer)
        var byRule = style.rules.map { (rule: $0, findings: $0.findings(in: context)) }
        let fired = Set(byRule.filter { !$0.findings.isEmpty }.map(\.rule.info.id))
        for index in byRule.indices where byRule[index].rule.info.yieldsTo.contains(where: fired.contains) {
            byRule[index].findings = []
        }
        return byRule.flatMap(\.findings).sorted {
            ($0.messageIndex, $0.line, $0.column, $0.rule) < ($1.messageIndex, $1.line, $1.column, $1.rule)
        }
    }
}

/// Runs a style over drafts. One linter serves any number of drafts and threads.
public struct Linter: Sendable {
    public let style: Style

    public init(style: Style) {
        self.style = style
    }

    /// Every finding, ordered by message, position, then rule id. A rule that yields to another
    /// is silent on a draft where that other rule fired, and a word another rule points at
    /// (`тикет` as jargon, `заявочку` as a diminutive) is not also reported as a typo.
    public func lint(_ draft: Draft) -> [Finding] {
        let context = LintContext(draft, stemmer: style.stemmer)
        var byRule = style.rules.map { (rule: $0, findings: $0.findings(in: context)) }
        let fired = Set(byRule.filter { !$0.findings.isEmpty }.map(\.rule.info.id))
        for index in byRule.indices where byRule[index].rule.info.yieldsTo.contains(where: fired.contains) {
            byRule[index].findings = []
        }
        let explained = byRule.filter { !($0.rule is SpellingRule) }.flatMap(\.findings)
        for index in byRule.indices where byRule[index].rule is SpellingRule {
            byRule[index].findings.removeAll { typo in explained.contains { $0.covers(typo) } }
        }
        return byRule.flatMap(\.findings).sorted {
            ($0.messageIndex, $0.line, $0.column, $0.rule) < ($1.messageIndex, $1.line, $1.column, $1.rule)
        }
    }
}

extension Finding {
    /// True when this finding's words include all of `other`'s.
    func covers(_ other: Finding) -> Bool {
        messageIndex == other.messageIndex && line == other.line && column <= other.column
            && column + length >= other.column + other.length
    }
}

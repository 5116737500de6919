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
        let context = LintContext(draft, lexicon: style.lexicon)
        var byRule = style.rules.map { (rule: $0, findings: $0.findings(in: context)) }
        let fired = Set(byRule.filter { !$0.findings.isEmpty }.map(\.rule.info.id))
        for index in byRule.indices where byRule[index].rule.info.yieldsTo.contains(where: fired.contains) {
            byRule[index].findings = []
        }
        if byRule.contains(where: { $0.rule is SpellingRule && !$0.findings.isEmpty }) {
            let explained = CoveredSpans(byRule.filter { !($0.rule is SpellingRule) }.flatMap(\.findings))
            for index in byRule.indices where byRule[index].rule is SpellingRule {
                byRule[index].findings.removeAll(where: explained.covers)
            }
        }
        return byRule.flatMap(\.findings).sorted {
            ($0.messageIndex, $0.line, $0.column, $0.rule) < ($1.messageIndex, $1.line, $1.column, $1.rule)
        }
    }
}

/// Where findings are, per message line, to tell in logarithmic time whether a finding lies
/// within another's words.
private struct CoveredSpans {
    private struct Key: Hashable {
        var message: Int
        var line: Int
    }

    /// Per line: merged, sorted column ranges.
    private var spans: [Key: [Range<Int>]] = [:]

    init(_ findings: [Finding]) {
        var byLine: [Key: [Range<Int>]] = [:]
        for finding in findings {
            byLine[Key(message: finding.messageIndex, line: finding.line), default: []]
                .append(finding.column..<(finding.column + finding.length))
        }
        spans = byLine.mapValues { ranges in
            var merged: [Range<Int>] = []
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = merged.last, range.lowerBound <= last.upperBound {
                    merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    merged.append(range)
                }
            }
            return merged
        }
    }

    func covers(_ finding: Finding) -> Bool {
        guard let ranges = spans[Key(message: finding.messageIndex, line: finding.line)] else { return false }
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= finding.column { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].lowerBound <= finding.column && finding.column + finding.length <= ranges[low].upperBound
    }
}

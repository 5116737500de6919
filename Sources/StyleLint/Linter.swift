/// Runs a style over drafts. One linter serves any number of drafts and threads.
public struct Linter: Sendable {
    public let style: Style
    /// Per rule (in `style.rules` order), the indices of the rules it yields to.
    private let yieldsTo: [[Int]]
    /// Per rule, whether it is a spelling rule, whose findings give way to other rules'.
    private let isSpelling: [Bool]

    public init(style: Style) {
        self.style = style
        let indexByID = Dictionary(style.rules.enumerated().map { ($1.info.id, $0) }, uniquingKeysWith: { first, _ in first })
        yieldsTo = style.rules.map { $0.info.yieldsTo.compactMap { indexByID[$0] } }
        isSpelling = style.rules.map { $0 is SpellingRule }
    }

    /// Every finding, ordered by message, position, then rule id. A rule that yields to another
    /// is silent on a draft where that other rule fired, and a word another rule points at
    /// (`тикет` as jargon, `заявочку` as a diminutive) is not also reported as a typo.
    public func lint(_ draft: Draft) -> [Finding] {
        let context = LintContext(draft, lexicon: style.lexicon, verbs: style.verbs)
        // Per rule, by index: what the draft costs a rule is its checks, not copies of the rules.
        var byRule = style.rules.map { $0.findings(in: context) }
        let fired = byRule.map { !$0.isEmpty }
        for index in byRule.indices where yieldsTo[index].contains(where: { fired[$0] }) {
            byRule[index] = []
        }
        if byRule.indices.contains(where: { isSpelling[$0] && !byRule[$0].isEmpty }) {
            let explained = CoveredSpans(byRule.indices.filter { !isSpelling[$0] }.flatMap { byRule[$0] })
            for index in byRule.indices where isSpelling[index] {
                byRule[index].removeAll(where: explained.covers)
            }
        }
        return Self.merged(byRule.filter { !$0.isEmpty })
    }

    /// The findings of every rule in one list ordered by position; at one position, by rule (the
    /// lists come in rule id order). A rule finds in text order, so its list is sorted already
    /// (and sorted here if not): a merge costs far less than sorting a hostile draft's 100,000s.
    private static func merged(_ lists: [[Finding]]) -> [Finding] {
        func precedes(_ a: Finding, _ b: Finding) -> Bool {
            (a.messageIndex, a.line, a.column) < (b.messageIndex, b.line, b.column)
        }
        var lists = lists
        for index in lists.indices where zip(lists[index], lists[index].dropFirst()).contains(where: { precedes($1, $0) }) {
            lists[index].sort(by: precedes)
        }
        guard lists.count > 1 else { return lists.first ?? [] }
        var merged: [Finding] = []
        merged.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var next = Array(repeating: 0, count: lists.count)
        while true {
            var earliest: Int?
            for list in lists.indices where next[list] < lists[list].count {
                if let best = earliest, !precedes(lists[list][next[list]], lists[best][next[best]]) { continue }
                earliest = list
            }
            guard let list = earliest else { return merged }
            merged.append(lists[list][next[list]])
            next[list] += 1
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

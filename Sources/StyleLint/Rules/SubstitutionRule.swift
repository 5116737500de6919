/// Fires on a phrase that has a plainer replacement and offers it: `осуществить` → `сделать`,
/// `в настоящее время` → `сейчас`. Inflected forms count.
public struct SubstitutionRule: StyleRule {
    public let info: RuleInfo
    private let search: PhraseSearch
    /// Replacements, in the matcher's phrase order.
    private let replacements: [String]

    /// `swap` maps each phrase to its replacement, in the given order; `search` compiles the
    /// phrases with the rule's conditions.
    public init(
        info: RuleInfo, swap: [(phrase: String, replacement: String)],
        search: ([String]) throws(RuleError) -> PhraseSearch
    ) throws(RuleError) {
        guard !swap.isEmpty else { throw RuleError("a substitution rule needs at least one pair in 'swap'") }
        if let empty = swap.first(where: { $0.replacement.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw RuleError("'\(empty.phrase)' has no replacement in 'swap'")
        }
        if let list = swap.first(where: { $0.phrase.hasPrefix("@") }) {
            throw RuleError("'\(list.phrase)': each phrase of 'swap' needs its own replacement, so lists cannot be used here")
        }
        self.info = info
        self.search = try search(swap.map(\.phrase))
        replacements = swap.map(\.replacement)
    }

    public func findings(in draft: LintContext) -> [Finding] {
        search.matches(in: draft).map { found in
            info.finding(
                in: draft.messages[found.message], at: found.message, tokens: found.match.tokens,
                suggestion: replacements[found.match.phrase])
        }
    }
}

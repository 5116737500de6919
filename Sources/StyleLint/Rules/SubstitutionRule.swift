/// Fires on a phrase that has a plainer replacement and offers it: `осуществить` → `сделать`,
/// `в настоящее время` → `сейчас`. Inflected forms count.
public struct SubstitutionRule: StyleRule {
    public let info: RuleInfo
    private let search: PhraseSearch
    /// Replacements with the verb form each is in, in the matcher's phrase order; nil where the
    /// style gives none (`~`): a phrase no word can stand in for as it is (`является` wants the
    /// sentence rebuilt).
    private let replacements: [(text: String, form: VerbForm)?]

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
        replacements = swap.map { $0.replacement == "~" ? nil : ($0.replacement, Self.verbForm(of: $0.replacement)) }
    }

    public func findings(in draft: LintContext) -> [Finding] {
        search.matches(in: draft).map { found in
            let message = draft.messages[found.message]
            let first = message.text.text(of: found.match.tokens.lowerBound...found.match.tokens.lowerBound)
            let replacement = replacements[found.match.phrase].flatMap { $0.form == Self.verbForm(of: first) ? $0.text : nil }
            return info.finding(in: message, at: found.message, tokens: found.match.tokens, suggestion: replacement)
        }
    }

    /// The form a Russian verb's ending tells, enough to know whether a replacement fits where
    /// the match stood: an infinitive replaces an infinitive (`осуществить` → `сделать`), but
    /// not `осуществляется`, which would need `делается` — no fix is better than a wrong one.
    /// Anything else (nouns, adverbs, exact forms like `данного` → `этого`) is `.other` and fits.
    private enum VerbForm { case infinitive, reflexiveInfinitive, other }

    private static func verbForm(of phrase: String) -> VerbForm {
        let word = Stemmer.comparable(String(phrase.prefix { !$0.isWhitespace }))
        if word.hasSuffix("ться") || word.hasSuffix("тись") || word.hasSuffix("чься") { return .reflexiveInfinitive }
        if word.hasSuffix("ть") || word.hasSuffix("ти") || word.hasSuffix("чь") { return .infinitive }
        return .other
    }
}

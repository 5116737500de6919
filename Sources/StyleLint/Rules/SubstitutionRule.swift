import Foundation

/// Fires on a phrase that has a plainer replacement and offers it: `осуществить` → `сделать`,
/// `в настоящее время` → `сейчас`. Inflected forms count.
public struct SubstitutionRule: StyleRule {
    public let info: RuleInfo
    private let matcher: PhraseMatcher
    /// Replacements, in the matcher's phrase order.
    private let replacements: [String]

    /// `swap` maps each phrase to its replacement; pairs are kept in the given order.
    public init(info: RuleInfo, swap: [(phrase: String, replacement: String)], stemmer: Stemmer) throws(RuleError) {
        guard !swap.isEmpty else { throw RuleError("a substitution rule needs at least one pair in 'swap'") }
        if let empty = swap.first(where: { $0.replacement.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw RuleError("'\(empty.phrase)' has no replacement in 'swap'")
        }
        self.info = info
        matcher = PhraseMatcher(phrases: swap.map(\.phrase), stemmer: stemmer)
        replacements = swap.map(\.replacement)
    }

    public func findings(in draft: LintContext) -> [Finding] {
        draft.messages.enumerated().flatMap { index, message in
            matcher.matches(in: message).map { match in
                info.finding(in: message, at: index, tokens: match.tokens, suggestion: replacements[match.phrase])
            }
        }
    }
}

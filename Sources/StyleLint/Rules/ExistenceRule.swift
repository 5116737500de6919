/// Fires wherever one of its phrases appears in an agent's message, in any inflected form:
/// `ownership.not-our-competence`, `style.cliche`, `promise.vague-deadline`…
public struct ExistenceRule: StyleRule {
    public let info: RuleInfo
    private let matcher: PhraseMatcher

    /// Fails when there is nothing to look for.
    public init(info: RuleInfo, phrases: [String], stemmer: Stemmer) throws(RuleError) {
        guard !phrases.isEmpty else { throw RuleError("an existence rule needs at least one phrase in 'tokens'") }
        self.info = info
        matcher = PhraseMatcher(phrases: phrases, stemmer: stemmer)
    }

    public func findings(in draft: LintContext) -> [Finding] {
        draft.messages.enumerated().flatMap { index, message in
            matcher.matches(in: message).map { info.finding(in: message, at: index, tokens: $0.tokens) }
        }
    }
}

/// Why a rule cannot be built from its settings.
public struct RuleError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

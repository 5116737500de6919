/// Fires wherever one of its phrases appears in an agent's message, in any inflected form:
/// `ownership.not-our-competence`, `style.cliche`, `promise.vague-deadline`…
public struct ExistenceRule: StyleRule {
    public let info: RuleInfo
    private let search: PhraseSearch

    public init(info: RuleInfo, search: PhraseSearch) {
        self.info = info
        self.search = search
    }

    public func findings(in draft: LintContext) -> [Finding] {
        search.matches(in: draft).map { info.finding(in: draft.messages[$0.message], at: $0.message, tokens: $0.match.tokens) }
    }
}

/// Why a rule cannot be built from its settings.
public struct RuleError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    /// The setting at fault, when known; the diagnostic points at it.
    public var key: String?

    public init(_ description: String, key: String? = nil) {
        self.description = description
        self.key = key
    }
}

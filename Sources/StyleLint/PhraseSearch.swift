/// A rule's phrases with the conditions that keep a match from counting, shared by the phrase
/// kinds (existence, substitution):
/// - `exceptions`: a longer reading that makes the match innocent (`как бы вам удобнее` for `как бы`);
/// - `unless`: phrases that, anywhere in the same sentence, message or draft, answer the problem
///   (a redirect that gives a reason, a pause that states a time);
/// - client words: jargon the client used first is their language, not the agent's;
/// - quotes of the client's own text are never the agent's words.
public struct PhraseSearch: Sendable {
    /// Where an `unless` phrase is looked for.
    public enum Scope: String, Sendable, CaseIterable {
        case sentence, message, draft
    }

    public let matcher: PhraseMatcher
    private let exceptions: PhraseMatcher?
    private let unless: [(scope: Scope, matcher: PhraseMatcher)]
    private let allowClientWords: Bool

    public init(
        matcher: PhraseMatcher, exceptions: PhraseMatcher? = nil, unless: [(scope: Scope, matcher: PhraseMatcher)] = [],
        allowClientWords: Bool = false
    ) {
        self.matcher = matcher
        self.exceptions = exceptions
        self.unless = unless
        self.allowClientWords = allowClientWords
    }

    /// The matches that count, per agent message index.
    public func matches(in draft: LintContext) -> [(message: Int, match: PhraseMatch)] {
        var found: [(message: Int, match: PhraseMatch)] = []
        // Whether an `unless` phrase is anywhere in the draft, found once per draft rather than
        // once per message with a match: a draft of many messages was quadratic (4,000 took 13 s).
        var inDraft = [Bool?](repeating: nil, count: unless.count)
        for (index, message) in draft.messages.enumerated() {
            var candidates = Self.outermost(matcher.matches(in: message).filter { !message.quotesClient[$0.tokens.lowerBound] })
            if candidates.isEmpty { continue }
            if let exceptions {
                let innocent = exceptions.matches(in: message).map(\.tokens)
                candidates.removeAll { match in innocent.contains { $0.overlaps(match.tokens) } }
            }
            if allowClientWords {
                candidates.removeAll { draft.clientStems.isSuperset(of: message.stems[$0.tokens].compactMap { $0 }) }
            }
            for (position, (scope, unlessMatcher)) in unless.enumerated() where !candidates.isEmpty {
                switch scope {
                case .draft:
                    let answered = inDraft[position] ?? draft.messages.contains { !unlessMatcher.matches(in: $0).isEmpty }
                    inDraft[position] = answered
                    if answered { candidates.removeAll() }
                case .message:
                    if !unlessMatcher.matches(in: message).isEmpty { candidates.removeAll() }
                case .sentence:
                    let sentences = Set(unlessMatcher.matches(in: message).map { message.text.tokens[$0.tokens.lowerBound].sentence })
                    candidates.removeAll { sentences.contains(message.text.tokens[$0.tokens.lowerBound].sentence) }
                }
            }
            found += candidates.map { (index, $0) }
        }
        return found
    }

    /// Matches not inside a longer one: `на данный момент` is one finding, not also `данный`.
    /// Matches come in text order of their first word, so one pass keeps the widest reach.
    private static func outermost(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        guard matches.count > 1 else { return matches }
        let ordered = matches.sorted { ($0.tokens.lowerBound, -$0.tokens.upperBound) < ($1.tokens.lowerBound, -$1.tokens.upperBound) }
        var kept: [PhraseMatch] = []
        var reach = -1
        for match in ordered where match.tokens.upperBound > reach {
            kept.append(match)
            reach = match.tokens.upperBound
        }
        return kept
    }
}

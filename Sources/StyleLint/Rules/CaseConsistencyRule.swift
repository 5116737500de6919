/// Fires when a set of words is written both capitalised and in lower case inside sentences of
/// one reply, or against the case the style requires: the polite «Вы»/«вы» of
/// `address.vy-case`. A word that starts a sentence is capitalised anyway and is not counted.
public struct CaseConsistencyRule: StyleRule {
    /// Which case the style asks for.
    public enum Requirement: String, Sendable, CaseIterable {
        /// Either, as long as one reply keeps to one.
        case consistent
        case capitalized
        case lowercase
    }

    public let info: RuleInfo
    /// As compared: lower case, `ё` as `е`.
    private let words: Set<WordKey>
    private let requirement: Requirement

    public init(info: RuleInfo, words: [String], requirement: Requirement) throws(RuleError) {
        guard !words.isEmpty else { throw RuleError("a case-consistency rule needs at least one word in 'words'") }
        if let phrase = words.first(where: { MessageText($0).tokens.count != 1 }) {
            throw RuleError("'\(phrase)' is not one word; 'words' lists single words")
        }
        self.info = info
        self.words = Set(words.map { WordKey(Stemmer.comparable($0)) })
        self.requirement = requirement
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var expectCapital: Bool? = switch requirement {
        case .consistent: nil
        case .capitalized: true
        case .lowercase: false
        }
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() {
            let tokens = message.text.tokens
            for sentence in message.text.sentences {
                let firstWord = tokens[sentence].firstIndex { $0.isWordLike }
                for position in sentence where position != firstWord {
                    let token = tokens[position]
                    guard token.kind == .word, let form = message.forms[position], words.contains(form),
                        case let written = message.text.text(of: token), let isCapital = Self.caseOf(written)
                    else { continue }
                    guard let expected = expectCapital else {
                        expectCapital = isCapital
                        continue
                    }
                    if isCapital != expected {
                        let fixed = expected ? written.prefix(1).uppercased() + written.dropFirst() : written.lowercased()
                        found.append(info.finding(in: message, at: index, tokens: position...position, suggestion: fixed))
                    }
                }
            }
        }
        return found
    }

    /// True for `Вы`, false for `вы`, nil for anything else (`ВЫ`, `вЫ`).
    private static func caseOf(_ word: String) -> Bool? {
        guard let first = word.unicodeScalars.first else { return nil }
        guard !word.unicodeScalars.dropFirst().contains(where: \.properties.isUppercase) else { return nil }
        return first.properties.isUppercase
    }
}

/// Where a phrase was found: which phrase, and the tokens from its first word to its last.
public struct PhraseMatch: Sendable, Hashable {
    public var phrase: Int
    public var tokens: ClosedRange<Int>
}

/// Finds a rule's phrases in messages by word stems, so one entry (`данный`, `в настоящее время`)
/// catches its inflected forms (`данного`, `в настоящее время` written `В НАСТОЯЩЕЕ ВРЕМЯ`).
/// Phrases are compiled once per style; matching reads each word once and looks only at phrases
/// that start with that word's stem, so time grows with the text, not with the number of phrases.
public struct PhraseMatcher: Sendable {
    /// The phrases as written in the rule.
    public let phrases: [String]
    private let stems: [[String]]
    private let byFirstStem: [String: [Int]]

    public init(phrases: [String], stemmer: Stemmer) {
        self.phrases = phrases
        let stems = phrases.map { phrase in
            MessageText(phrase).tokens.filter(\.isWordLike).map { stemmer.stem($0.text.lowercased()) }
        }
        self.stems = stems
        var index: [String: [Int]] = [:]
        for (number, words) in stems.enumerated() {
            guard let first = words.first else { continue }
            index[first, default: []].append(number)
        }
        byFirstStem = index
    }

    /// Every occurrence of every phrase, in text order; overlapping ones included.
    public func matches(in message: AnalyzedMessage) -> [PhraseMatch] {
        let tokens = message.text.tokens
        var found: [PhraseMatch] = []
        for (start, stem) in message.stems.enumerated() {
            guard let stem, let candidates = byFirstStem[stem] else { continue }
            for phrase in candidates {
                if let end = matchEnd(of: stems[phrase], from: start, tokens: tokens, stems: message.stems) {
                    found.append(PhraseMatch(phrase: phrase, tokens: start...end))
                }
            }
        }
        return found
    }

    /// The index of the phrase's last word if it starts at `start`; words of one sentence may be
    /// separated by punctuation (`в связи с тем, что`), never by another word.
    private func matchEnd(of words: [String], from start: Int, tokens: [Token], stems: [String?]) -> Int? {
        var position = start
        for (number, word) in words.enumerated() {
            if number > 0 {
                position += 1
                while position < tokens.count, stems[position] == nil, tokens[position].sentence == tokens[start].sentence,
                    tokens[position].kind == .punctuation
                {
                    position += 1
                }
            }
            guard position < tokens.count, tokens[position].sentence == tokens[start].sentence,
                stems[position] == word
            else { return nil }
        }
        return position
    }
}

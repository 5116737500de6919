/// Where a phrase was found: which phrase, and the tokens from its first word to its last.
public struct PhraseMatch: Sendable, Hashable {
    public var phrase: Int
    public var tokens: ClosedRange<Int>
}

/// Finds a rule's phrases in messages by word stems, so one entry (`данный`, `в настоящее время`)
/// catches its inflected forms (`данного`, `В НАСТОЯЩЕЕ ВРЕМЯ`). Phrases are compiled once per
/// style; matching reads each word once and tries only the phrases whose first word can match it,
/// and a phrase's gaps are bounded, so time grows with the text, not with the number of phrases.
public struct PhraseMatcher: Sendable {
    /// The phrases as written in the rule.
    public let phrases: [String]
    private let patterns: [PhrasePattern]
    /// Phrases by the vocabulary id of their first word's stem, form, or (for a prefix) first
    /// two letters: a bigger key would miss longer prefixes; a smaller one tries too many.
    private let byFirstStem: PhraseIndex
    private let byFirstForm: PhraseIndex
    private let byFirstLetters: PhraseIndex
    /// Phrases starting with a number.
    private let numberFirst: [Int]
    /// Phrases starting with a suffix or a one-letter prefix, tried at every word.
    private let unindexed: [Int]

    /// Compiles every phrase; the first that is not a valid pattern is the error.
    public init(phrases: [String], lexicon: Lexicon) throws(RuleError) {
        self.phrases = phrases
        var patterns: [PhrasePattern] = []
        for phrase in phrases { patterns.append(try PhrasePattern(phrase, lexicon: lexicon)) }
        self.patterns = patterns
        var byStem = PhraseIndex.Builder(), byForm = PhraseIndex.Builder(), byLetters = PhraseIndex.Builder()
        var numberFirst: [Int] = [], unindexed: [Int] = []
        func index(_ word: PhrasePattern.Word, _ number: Int) {
            switch word {
            case .stem(let stem): byStem.add(number, at: stem)
            case .form(let form): byForm.add(number, at: form)
            case .prefix(let start) where start.text.unicodeScalars.count >= 2:
                byLetters.add(number, at: lexicon.register(firstLettersOf: start))
            case .number: numberFirst.append(number)
            case .prefix, .suffix: unindexed.append(number)
            case .anyOf(let words): words.forEach { index($0, number) }
            }
        }
        for (number, pattern) in patterns.enumerated() {
            guard case .word(let first) = pattern.slots[0] else { continue }
            index(first, number)
        }
        byFirstStem = PhraseIndex(byStem)
        byFirstForm = PhraseIndex(byForm)
        byFirstLetters = PhraseIndex(byLetters)
        self.numberFirst = Array(Set(numberFirst)).sorted()
        self.unindexed = Array(Set(unindexed)).sorted()
    }

    /// Every occurrence of every phrase, in text order; overlapping ones included, each phrase
    /// at most once per starting word (the shortest reading).
    public func matches(in message: AnalyzedMessage) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        var candidates: [Int] = []
        for start in message.stems.indices {
            guard let ids = message.ids[start] else { continue }
            let isNumber = message.text.tokens[start].kind == .number
            candidates.removeAll(keepingCapacity: true)
            byFirstStem.add(ids.stem, to: &candidates)
            byFirstForm.add(ids.form, to: &candidates)
            byFirstLetters.add(ids.firstLetters, to: &candidates)
            if isNumber { Self.add(numberFirst, to: &candidates) }
            Self.add(unindexed, to: &candidates)
            if candidates.isEmpty { continue }
            for phrase in candidates {
                if let end = matchEnd(patterns[phrase].slots[...], at: start, sentence: message.text.tokens[start].sentence, in: message) {
                    found.append(PhraseMatch(phrase: phrase, tokens: start...end))
                }
            }
        }
        return found
    }

    /// Adds phrases not yet among the (few) candidates of one word.
    private static func add(_ phrases: [Int], to candidates: inout [Int]) {
        for phrase in phrases where !candidates.contains(phrase) { candidates.append(phrase) }
    }

    /// The index of the last word if `slots` match from word `position`; words of one sentence may
    /// be separated by punctuation, and by other words only where the phrase has a gap.
    private func matchEnd(_ slots: ArraySlice<PhrasePattern.Slot>, at position: Int, sentence: Int, in message: AnalyzedMessage) -> Int? {
        guard let slot = slots.first else { return nil }
        switch slot {
        case .gap(let most):
            var next = position
            for _ in 0...most {
                guard let word = nextWord(after: next, sentence: sentence, in: message) else { return nil }
                if let end = matchEnd(slots.dropFirst(), at: word, sentence: sentence, in: message) { return end }
                next = word
            }
            return nil
        case .word(let word):
            guard position < message.forms.count, message.text.tokens[position].sentence == sentence,
                let form = message.forms[position], let ids = message.ids[position],
                word.matches(ids, form: form, isNumber: message.text.tokens[position].kind == .number)
            else { return nil }
            guard slots.count > 1 else { return position }
            if case .gap = slots[slots.startIndex + 1] {
                return matchEnd(slots.dropFirst(), at: position, sentence: sentence, in: message)
            }
            guard let next = nextWord(after: position, sentence: sentence, in: message) else { return nil }
            return matchEnd(slots.dropFirst(), at: next, sentence: sentence, in: message)
        }
    }

    /// The next word after `position` in the same sentence, past punctuation only.
    private func nextWord(after position: Int, sentence: Int, in message: AnalyzedMessage) -> Int? {
        var next = position + 1
        let tokens = message.text.tokens
        while next < tokens.count, tokens[next].sentence == sentence {
            if message.stems[next] != nil { return next }
            guard tokens[next].kind == .punctuation else { return nil }
            next += 1
        }
        return nil
    }
}

/// Phrase numbers by vocabulary id, flat: the phrases of id `i` are
/// `phrases[starts[i]..<starts[i + 1]]`, so a word's lookup is two reads and no array is copied
/// or retained (which a list per id cost on every word of every draft).
private struct PhraseIndex: Sendable {
    struct Builder {
        fileprivate var lists: [[Int]] = []

        mutating func add(_ phrase: Int, at id: Int32) {
            let slot = Int(id)
            if slot >= lists.count { lists += Array(repeating: [], count: slot + 1 - lists.count) }
            if !lists[slot].contains(phrase) { lists[slot].append(phrase) }
        }
    }

    private let starts: [Int]
    private let phrases: [Int]

    init(_ builder: Builder) {
        var starts = [0], phrases: [Int] = []
        for list in builder.lists {
            phrases += list
            starts.append(phrases.count)
        }
        self.starts = starts
        self.phrases = phrases
    }

    /// Adds the phrases of `id` not yet among the (few) candidates of one word; none for -1, the
    /// id of what the vocabulary does not have.
    func add(_ id: Int32, to candidates: inout [Int]) {
        guard id >= 0, Int(id) + 1 < starts.count else { return }
        for index in starts[Int(id)]..<starts[Int(id) + 1] where !candidates.contains(phrases[index]) {
            candidates.append(phrases[index])
        }
    }
}

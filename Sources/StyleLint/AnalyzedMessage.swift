/// A message with what rules compare words by, computed once and shared by every rule.
public struct AnalyzedMessage: Sendable {
    public let text: MessageText
    /// Per token: the lower-case form of a word or number (`ё` as `е`), nil otherwise.
    public let forms: WordValues<WordKey>
    /// Per token: the Snowball stem of a word or number, nil otherwise.
    public let stems: WordValues<WordKey>
    /// Per token: the ids of a word's stem, form and first letters in the style's vocabulary,
    /// nil for punctuation.
    public let ids: WordValues<WordIDs>
    /// One entry per token: true inside quotation marks that quote the client's own words, which
    /// are not the agent's to answer for.
    public internal(set) var quotesClient: [Bool]
    /// Per token: the second-person verb form a word is (`можешь`, `нажмите`); empty when the
    /// style has no rule that tells address forms apart.
    private var secondPerson: [VerbPerson.Form?] = []

    public init(_ text: MessageText, lexicon: Lexicon) {
        self = lexicon.withMemory { AnalyzedMessage(text, lexicon: lexicon, memory: $0) }
    }

    init(_ text: MessageText, lexicon: Lexicon, memory: WordMemory) {
        self.text = text
        var wordIndex: [Int32] = []
        var forms: [WordKey] = [], stems: [WordKey] = [], ids: [WordIDs] = []
        wordIndex.reserveCapacity(text.tokens.count)
        for token in text.tokens {
            guard token.isWordLike else {
                wordIndex.append(-1)
                continue
            }
            let entry = memory.read(text.text(of: token), lexicon: lexicon)
            wordIndex.append(Int32(forms.count))
            forms.append(entry.form)
            stems.append(entry.stem)
            ids.append(entry.ids)
        }
        self.forms = WordValues(wordIndex: wordIndex, values: forms)
        self.stems = WordValues(wordIndex: wordIndex, values: stems)
        self.ids = WordValues(wordIndex: wordIndex, values: ids)
        quotesClient = Array(repeating: false, count: text.tokens.count)
    }

    /// The word before `position` in its clause: nil at the start of a sentence or after a comma,
    /// colon, dash or bracket.
    func wordInClause(before position: Int) -> WordKey? {
        let tokens = text.tokens
        guard position > 0, tokens[position - 1].sentence == tokens[position].sentence, tokens[position - 1].isWordLike else { return nil }
        return forms[position - 1]
    }

    /// The second-person verb form of the word at `position` (not the generic "you" of
    /// `ничего не поделаешь`), when the draft was read with the style's `VerbPerson`.
    func secondPerson(at position: Int) -> VerbPerson.Form? {
        secondPerson.isEmpty ? nil : secondPerson[position]
    }

    mutating func readSecondPerson(_ verbs: VerbPerson, memory: WordMemory) {
        secondPerson = text.tokens.indices.map { position in
            guard text.tokens[position].kind == .word, let form = forms[position], let found = memory.secondPerson(of: form, verbs: verbs)
            else { return nil }
            return VerbPerson.isIdiom(found, after: wordInClause(before: position)) ? nil : found
        }
    }

    /// Whether the word at `position` is written with a capital after another word of its
    /// sentence: a name or a label («сериал Ты»), not an address, unless it is the polite «Вы».
    func isCapitalisedInsideSentence(_ position: Int) -> Bool {
        guard text.startsWithCapital(text.tokens[position]) else { return false }
        let sentence = text.sentences[text.tokens[position].sentence]
        return text.tokens[sentence].firstIndex(where: \.isWordLike) != position
    }

    /// The words of tokens `range` (punctuation left out), as forms.
    func wordForms(in range: Range<Int>) -> [WordKey] {
        forms[range].compactMap { $0 }
    }
}

extension AnalyzedMessage {
    /// Pairs of quotation marks: «…», „…“, “…”, and straight quotes.
    private static let closingQuote: [Unicode.Scalar: Unicode.Scalar] = ["«": "»", "„": "“", "“": "”", "\"": "\""]
    private static let closingQuotes = Set(closingQuote.values)

    /// The longest quotation compared with the client's text, in words; longer runs between
    /// quotation marks are not quotes of a chat message.
    private static let longestQuote = 60

    /// Marks the words between quotation marks whose text appears word for word in one of the
    /// client's messages.
    mutating func markClientQuotes(_ clientForms: [[WordKey]]) {
        guard !clientForms.isEmpty else { return }
        for quote in quotations() {
            let quoted = wordForms(in: quote)
            if !quoted.isEmpty, quoted.count <= Self.longestQuote, clientForms.contains(where: { Self.contains($0, quoted) }) {
                for inner in quote { quotesClient[inner] = true }
            }
        }
    }

    /// One entry per token: true between quotation marks (the marks themselves not), whoever is
    /// quoted: a button's label, a slogan, a word talked about.
    public func quotedTokens() -> [Bool] {
        var quoted = Array(repeating: false, count: text.tokens.count)
        for quote in quotations() {
            for inner in quote { quoted[inner] = true }
        }
        return quoted
    }

    /// The token ranges between pairs of quotation marks, in order; a quotation inside another is
    /// part of it.
    private func quotations() -> [Range<Int>] {
        let tokens = text.tokens
        // A punctuation token is one scalar.
        func mark(at position: Int) -> Unicode.Scalar? {
            tokens[position].kind == .punctuation ? text.scalars[tokens[position].offset] : nil
        }
        var closings: [Unicode.Scalar: [Int]] = [:]
        for position in tokens.indices {
            if let quote = mark(at: position), Self.closingQuotes.contains(quote) { closings[quote, default: []].append(position) }
        }
        guard !closings.isEmpty else { return [] }
        var quotations: [Range<Int>] = []
        var position = 0
        while position < tokens.count {
            guard let opening = mark(at: position), let closing = Self.closingQuote[opening],
                let end = closings[closing].flatMap({ Self.first(in: $0, after: position) })
            else {
                position += 1
                continue
            }
            quotations.append((position + 1)..<end)
            position = end + 1
        }
        return quotations
    }

    /// One entry per token: true between quotation marks that hold at most `maxWords` words — a
    /// term, a name or a title the agent quotes («овердрафт», «Бэкенд-разработчик на Python»).
    func insideShortQuotes(maxWords: Int) -> [Bool] {
        var inside = Array(repeating: false, count: text.tokens.count)
        for quote in quotations() where text.tokens[quote].count(where: \.isWordLike) <= maxWords {
            for inner in quote { inside[inner] = true }
        }
        return inside
    }

    /// The first of the sorted `positions` after `position`.
    private static func first(in positions: [Int], after position: Int) -> Int? {
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count ? positions[low] : nil
    }

    private static func contains(_ words: [WordKey], _ run: [WordKey]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { start in words[start..<(start + run.count)].elementsEqual(run) }
    }
}

/// What words have and other tokens do not, by token position: `nil` at punctuation, URLs and
/// e-mails. Stored once per word with an index per token, so a draft of punctuation (hostile
/// ones are) costs four bytes a token.
public struct WordValues<Value: Sendable>: RandomAccessCollection, Sendable {
    /// Per token, the index of its word in `values`, or -1.
    private let wordIndex: [Int32]
    private let values: [Value]

    init(wordIndex: [Int32], values: [Value]) {
        self.wordIndex = wordIndex
        self.values = values
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { wordIndex.count }

    public subscript(position: Int) -> Value? {
        let index = wordIndex[position]
        return index < 0 ? nil : values[Int(index)]
    }
}

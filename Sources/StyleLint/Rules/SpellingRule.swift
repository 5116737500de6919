/// Marks words the Hunspell dictionary does not know and the style does not accept, when a
/// correction one edit away shows what was meant: a word with none is a term, a loanword or a
/// compound the dictionary lacks (`эвакуатор`, `госномер`, `штрафстоянке`), not a slip of the
/// finger. Nor is a form the dictionary lacks of a word it knows (`списаниями` beside
/// `списание`, `оплат` beside `оплата`), unless the correction is the same word spelt right
/// (`оплаченого` → `оплаченного`). Not checked: quoted terms and names («овердрафт»), numbers, URLs, e-mails, words with
/// digits (codes), words in capitals (abbreviations), words with a capital inside (`ТаскФлоу`,
/// `eSIM`), capitalised words inside a sentence (names of people, places and products), and
/// words in another script than the dictionary's (`Excel` in a Russian reply), words of one or
/// two letters (units: `л`, `кг`). A word that another rule already points at (`тикет` as
/// jargon) is that rule's finding, not also a typo.
public struct SpellingRule: StyleRule {
    public let info: RuleInfo
    private let speller: Speller
    private let lexicon: Lexicon
    private let accepted: AcceptedWords
    /// The dictionary's script; words in another are not its to judge.
    private let cyrillic: Bool

    /// Corrections are looked for only for this many distinct words per draft, which bounds the
    /// time a hostile draft (thousands of made-up words) can take.
    static let correctionsPerDraft = 20

    public init(info: RuleInfo, speller: Speller, lexicon: Lexicon, accepted: AcceptedWords, cyrillic: Bool) {
        self.info = info
        self.speller = speller
        self.lexicon = lexicon
        self.accepted = accepted
        self.cyrillic = cyrillic
    }

    /// A quotation of up to this many words is a term or a name, not the agent's own spelling.
    static let longestQuotedTerm = 6

    public func findings(in draft: LintContext) -> [Finding] {
        // By the word as written: spelling depends on case (`москва` is wrong, `Москва` right).
        var known: [WordKey: Bool] = [:]
        var corrections: [WordKey: String?] = [:]
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() {
            let tokens = message.text.tokens
            // Made only for a message with a misspelt word: most have none.
            var quoted: [Bool]?
            var sentenceStart = -1
            for position in tokens.indices {
                let token = tokens[position]
                if position == 0 || tokens[position - 1].sentence != token.sentence { sentenceStart = -1 }
                guard token.kind == .word else { continue }
                let startsSentence = sentenceStart == -1
                if startsSentence { sentenceStart = position }
                guard let form = message.forms[position], let stem = message.stems[position],
                    shouldCheck(message.text.scalars[token.offset..<(token.offset + token.length)], startsSentence: startsSentence),
                    !accepted.contains(form: form, stem: stem)
                else { continue }
                let text = message.text.text(of: token)
                let written = WordKey(text)
                let correct = known[written] ?? isSpelledRight(text)
                known[written] = correct
                if correct { continue }
                if quoted == nil { quoted = message.insideShortQuotes(maxWords: Self.longestQuotedTerm) }
                if quoted?[position] == true { continue }
                if corrections[written] == nil {
                    let correction = corrections.count < Self.correctionsPerDraft ? speller.correction(for: text) : nil
                    corrections[written] = .some(correction.flatMap { isFormOfKnownWord(text, stem: stem.text, correction: $0) ? nil : $0 })
                }
                guard let correction = corrections[written] ?? nil else { continue }
                found.append(info.finding(in: message, at: index, tokens: position...position, suggestion: correction))
            }
        }
        return found
    }

    private func shouldCheck(_ word: some Sequence<Unicode.Scalar>, startsSentence: Bool) -> Bool {
        var letters = 0
        var capitals = 0
        var firstIsCapital = false
        for scalar in word {
            let isUppercase: Bool
            switch scalar.value {
            case 0x30...0x39: return false
            case 0x410...0x42F, 0x401: isUppercase = true
            case 0x430...0x44F, 0x451: isUppercase = false
            default:
                let properties = scalar.properties
                if properties.numericType != nil { return false }
                guard properties.isAlphabetic else { continue }
                isUppercase = properties.isUppercase
            }
            if (0x400...0x4FF).contains(scalar.value) != cyrillic { return false }
            if isUppercase {
                if letters == 0 { firstIsCapital = true }
                capitals += 1
            }
            letters += 1
        }
        // Abbreviations in capitals and one- or two-letter words (units like «л», «кг») are not checked.
        if capitals == letters || letters <= 2 { return false }
        if capitals > 1 || (capitals == 1 && !firstIsCapital) { return false }
        return capitals == 0 || startsSentence
    }

    /// Endings of Russian nouns, adjectives and verbs, put after a word's Snowball stem to find
    /// the forms the dictionary knows. Not the bare stem: it is often another word (`пологается`
    /// has the stem `полога`, a form of `полог`).
    private static let endings = [
        "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й", "ой", "ей", "ий", "ый", "ая", "ое", "ие", "ые", "ом", "ем",
        "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ию", "ия", "ии", "ть", "ти", "ет", "ит", "ут", "ют", "ат", "ят", "л", "ла", "ли",
    ]

    /// Whether `word` is a form the dictionary lacks of a word it knows, which `correction` only
    /// looks like (`оплат` → `оплот`, beside `оплата`). A correction that starts with the word's
    /// stem is the same word spelt right (`оплаченого` → `оплаченного`), though it may be a form
    /// the dictionary lacks (`списаний` → `списание`): Hunspell's Russian dictionary keeps no
    /// paradigms to tell the two apart, and a missed typo costs more than a word to `accept.txt`.
    private func isFormOfKnownWord(_ word: String, stem: String, correction: String) -> Bool {
        guard cyrillic, stem.count >= 3, !Stemmer.comparable(correction).hasPrefix(stem) else { return false }
        let lower = Stemmer.comparable(word)
        // The form must belong to a word of the same stem: `полога|я` is `пологий`, not `полагать`.
        return Self.endings.contains { ending in
            let form = stem + ending
            return form != lower && speller.lemmas(of: form).contains { lexicon.stem(Stemmer.comparable($0)) == stem }
        }
    }

    /// A hyphenated word is right when the dictionary knows it whole or knows each part.
    private func isSpelledRight(_ word: String) -> Bool {
        if speller.isCorrect(word) { return true }
        guard word.utf8.contains(UInt8(ascii: "-")) else { return false }
        return word.split(separator: "-").allSatisfy { part in
            let text = String(part)
            return !shouldCheck(text.unicodeScalars, startsSentence: true) || speller.isCorrect(text) || accepted.contains(text)
        }
    }
}

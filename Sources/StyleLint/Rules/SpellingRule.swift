/// Marks words the Hunspell dictionary does not know and the style does not accept, with a
/// correction one edit away when there is one. Not checked: numbers, URLs, e-mails, words with
/// digits (codes), words in capitals (abbreviations), words with a capital inside (`ТаскФлоу`,
/// `eSIM`), capitalised words inside a sentence (names of people, places and products), and
/// words in another script than the dictionary's (`Excel` in a Russian reply), words of one or
/// two letters (units: `л`, `кг`). A word that another rule already points at (`тикет` as
/// jargon) is that rule's finding, not also a typo.
public struct SpellingRule: StyleRule {
    public let info: RuleInfo
    private let speller: Speller
    private let accepted: AcceptedWords
    /// The dictionary's script; words in another are not its to judge.
    private let cyrillic: Bool

    /// Corrections are looked for only for this many distinct words per draft, which bounds the
    /// time a hostile draft (thousands of made-up words) can take.
    static let correctionsPerDraft = 20

    public init(info: RuleInfo, speller: Speller, accepted: AcceptedWords, cyrillic: Bool) {
        self.info = info
        self.speller = speller
        self.accepted = accepted
        self.cyrillic = cyrillic
    }

    public func findings(in draft: LintContext) -> [Finding] {
        // By the word as written: spelling depends on case (`москва` is wrong, `Москва` right).
        var known: [WordKey: Bool] = [:]
        var corrections: [WordKey: String?] = [:]
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() {
            let tokens = message.text.tokens
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
                if corrections[written] == nil {
                    corrections[written] = corrections.count < Self.correctionsPerDraft ? speller.correction(for: text) : .some(nil)
                }
                found.append(info.finding(in: message, at: index, tokens: position...position, suggestion: corrections[written] ?? nil))
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

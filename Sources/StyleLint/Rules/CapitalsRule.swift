/// Fires on an ordinary word written in capitals (shouting): `ВНИМАНИЕ`, `ОБЯЗАТЕЛЬНО`.
/// An abbreviation or code of any length is not shouting, and telling them apart needs no list:
/// a word is ordinary when the dictionary knows its lower-case form (`внимание`), while
/// `СНИЛС`, `ОСАГО`, `HTTPS` or a surname in a document (`ИВАНОВ`) have none. Words with digits
/// and the style's accepted words are left alone too. A shouted phrase (`СТРОГО НАТОЩАК`,
/// `НЕ СООБЩАЙТЕ НИКОМУ КОД`) is one finding: words in capitals next to each other in a sentence
/// are one run, and the suggestion writes its shouted words in lower case and keeps its
/// abbreviations.
public struct CapitalsRule: StyleRule {
    public let info: RuleInfo
    private let minLetters: Int
    private let speller: Speller
    private let accepted: AcceptedWords

    public init(info: RuleInfo, minLetters: Int, speller: Speller, accepted: AcceptedWords) throws(RuleError) {
        guard minLetters >= 2 else { throw RuleError("'min-letters' must be 2 or more") }
        self.info = info
        self.minLetters = minLetters
        self.speller = speller
        self.accepted = accepted
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() {
            let tokens = message.text.tokens
            var position = 0
            // Whether a word came before `position` in its sentence, kept as the scan goes: a run
            // that starts its sentence keeps a capital first letter.
            var sentence = -1, wordBefore = false
            while position < tokens.count {
                if tokens[position].sentence != sentence {
                    sentence = tokens[position].sentence
                    wordBefore = false
                }
                guard isOrdinaryInCapitals(position, in: message) else {
                    if tokens[position].isWordLike { wordBefore = true }
                    position += 1
                    continue
                }
                // The run goes on over punctuation and words in capitals (abbreviations too) within
                // the sentence, and ends at its last ordinary word.
                // Each word is asked of the dictionary once: `ordinary` keeps the answers.
                var ordinary = [position], next = position + 1
                while next < tokens.count, tokens[next].sentence == tokens[position].sentence,
                    tokens[next].kind == .punctuation || (tokens[next].kind == .word && isCapitals(tokens[next], in: message.text))
                {
                    if isOrdinaryInCapitals(next, in: message) { ordinary.append(next) }
                    next += 1
                }
                let last = ordinary[ordinary.count - 1]
                if ordinary.contains(where: { tokens[$0].length >= minLetters }) {
                    let suggestion = lowered(position...last, ordinary: ordinary, startsSentence: !wordBefore, in: message)
                    found.append(info.finding(in: message, at: index, tokens: position...last, suggestion: suggestion))
                }
                wordBefore = true
                position = last + 1
            }
        }
        return found
    }

    /// Whether word `position` is a word of the dictionary written in capitals, not one of the style's accepted words.
    private func isOrdinaryInCapitals(_ position: Int, in message: AnalyzedMessage) -> Bool {
        let token = message.text.tokens[position]
        guard token.kind == .word, isCapitals(token, in: message.text),
            let form = message.forms[position], let stem = message.stems[position], !accepted.contains(form: form, stem: stem)
        else { return false }
        return speller.isCorrect(message.text.text(of: token).lowercased())
    }

    private func isCapitals(_ token: Token, in text: MessageText) -> Bool {
        isShouting(text.scalars[token.offset..<(token.offset + token.length)], minLetters: 1)
    }

    /// The run as written, with its ordinary words in lower case (the first one capitalised when
    /// it starts the sentence) and its abbreviations kept.
    private func lowered(_ run: ClosedRange<Int>, ordinary: [Int], startsSentence: Bool, in message: AnalyzedMessage) -> String {
        let text = message.text
        var result = ""
        var nextOrdinary = 0
        for position in run {
            if position > run.lowerBound { result += text.between(position - 1, position) }
            let word = text.text(of: text.tokens[position])
            guard nextOrdinary < ordinary.count, ordinary[nextOrdinary] == position else {
                result += word
                continue
            }
            nextOrdinary += 1
            let lower = word.lowercased()
            result += position == run.lowerBound && startsSentence ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
        }
        return result
    }

    /// Whether the scalars are letters in capitals only, at least `minLetters` of them, without digits.
    private func isShouting(_ word: ArraySlice<Unicode.Scalar>, minLetters: Int) -> Bool {
        var letters = 0
        for scalar in word {
            switch scalar.value {
            case 0x410...0x42F, 0x401, 0x41...0x5A: letters += 1
            case 0x430...0x44F, 0x451, 0x61...0x7A, 0x30...0x39: return false
            default:
                let properties = scalar.properties
                if properties.isLowercase || properties.numericType != nil { return false }
                if properties.isAlphabetic { letters += 1 }
            }
        }
        return letters >= minLetters
    }
}

/// Fires on an ordinary word written in capitals (shouting): `ВНИМАНИЕ`, `ОБЯЗАТЕЛЬНО`.
/// An abbreviation or code of any length is not shouting, and telling them apart needs no list:
/// a word is ordinary when the dictionary knows its lower-case form (`внимание`), while
/// `СНИЛС`, `ОСАГО`, `HTTPS` or a surname in a document (`ИВАНОВ`) have none. Words with digits
/// and the style's accepted words are left alone too.
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
            for (position, token) in message.text.tokens.enumerated() where token.kind == .word {
                guard token.length >= minLetters, isShouting(message.text.scalars[token.offset..<(token.offset + token.length)]),
                    let form = message.forms[position], let stem = message.stems[position], !accepted.contains(form: form, stem: stem)
                else { continue }
                let lower = message.text.text(of: token).lowercased()
                guard speller.isCorrect(lower) else { continue }
                found.append(info.finding(in: message, at: index, tokens: position...position, suggestion: lower))
            }
        }
        return found
    }

    private func isShouting(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
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

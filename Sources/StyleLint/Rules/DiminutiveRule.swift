/// Diminutives in an agent's message (`style.diminutive`): words `Diminutives` finds by their
/// suffix over a plain word, and the style's own `tokens` for those no suffix rule reaches
/// (`денежки`, `номерок`). The fix is the plain word in the same form, when the dictionary has it.
public struct DiminutiveRule: StyleRule {
    public let info: RuleInfo
    private let listed: PhraseSearch?
    private let diminutives: Diminutives

    public init(info: RuleInfo, listed: PhraseSearch?, diminutives: Diminutives) {
        self.info = info
        self.listed = listed
        self.diminutives = diminutives
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var listedWords = Set<[Int]>()
        var found: [Finding] = []
        for (index, match) in listed?.matches(in: draft) ?? [] {
            let message = draft.messages[index]
            let tokens = match.tokens
            listedWords.insert([index, tokens.lowerBound])
            let plain = tokens.count == 1 ? diminutives.diminutive(message.text.text(of: tokens.lowerBound...tokens.lowerBound))?.plain : nil
            found.append(info.finding(in: message, at: index, tokens: tokens, suggestion: plain))
        }
        // Each distinct word is looked at once per draft: a reply repeats its words.
        var seen: [WordKey: Diminutives.Diminutive?] = [:]
        for (index, message) in draft.messages.enumerated() {
            let tokens = message.text.tokens
            // Made only for a message with a word that may be a diminutive: most have none.
            var quoted: [Bool]?
            // The sentence whose first word has been seen.
            var sentenceBegun: Int?
            for position in tokens.indices where tokens[position].isWordLike {
                let startsSentence = sentenceBegun != tokens[position].sentence
                sentenceBegun = tokens[position].sentence
                guard tokens[position].kind == .word, let form = message.forms[position], Diminutives.mayBeDiminutive(form.text),
                    !message.quotesClient[position], !listedWords.contains([index, position])
                else {
                    continue
                }
                if quoted == nil { quoted = message.insideShortQuotes(maxWords: SpellingRule.longestQuotedTerm) }
                if quoted?[position] == true { continue }
                // A capital inside a sentence starts a name (`Балтика`, a hotel), not a diminutive.
                guard startsSentence || !message.text.startsWithCapital(tokens[position]) else { continue }
                let text = message.text.text(of: position...position)
                let key = WordKey(text)
                let diminutive = seen[key] ?? diminutives.diminutive(text)
                seen[key] = .some(diminutive)
                guard let diminutive else { continue }
                found.append(info.finding(in: message, at: index, tokens: position...position, suggestion: diminutive.plain))
            }
        }
        return found.sorted { ($0.messageIndex, $0.line, $0.column) < ($1.messageIndex, $1.line, $1.column) }
    }
}

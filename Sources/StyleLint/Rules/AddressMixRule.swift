/// Fires when one reply speaks to the client both informally and formally: `ты`/`твой` and
/// `вы`/`ваш`, or verb forms (`зайди` and `нажмите`). The first form sets the tone; each form
/// of the other kind is a finding.
public struct AddressMixRule: StyleRule {
    public let info: RuleInfo
    private let informal: Set<WordKey>
    private let formal: Set<WordKey>
    private let verbs: VerbPerson?

    public init(info: RuleInfo, informal: [String], formal: [String], verbs: VerbPerson?) throws(RuleError) {
        guard !informal.isEmpty, !formal.isEmpty else {
            throw RuleError("an address-mix rule needs the informal forms in 'informal' and the formal ones in 'formal'")
        }
        self.info = info
        self.informal = Set(informal.map { WordKey(Stemmer.comparable($0)) })
        self.formal = Set(formal.map { WordKey(Stemmer.comparable($0)) })
        self.verbs = verbs
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var uses: [(message: Int, token: Int, formal: Bool)] = []
        for (index, message) in draft.messages.enumerated() {
            for (position, form) in message.forms.enumerated() {
                guard let form, message.text.tokens[position].kind == .word, !message.quotesClient[position] else { continue }
                if informal.contains(form) {
                    uses.append((index, position, false))
                } else if formal.contains(form) {
                    uses.append((index, position, true))
                } else if let verbs, let isFormal = verbs.isFormal(form.text, after: Self.previousWord(before: position, in: message)) {
                    uses.append((index, position, isFormal))
                }
            }
        }
        guard let first = uses.first, uses.contains(where: { $0.formal != first.formal }) else { return [] }
        return uses.filter { $0.formal != first.formal }.map { use in
            info.finding(in: draft.messages[use.message], at: use.message, tokens: use.token...use.token)
        }
    }

    /// The word before `position` in its clause: nil at the start of a sentence or after a comma,
    /// colon, dash or bracket.
    private static func previousWord(before position: Int, in message: AnalyzedMessage) -> String? {
        let tokens = message.text.tokens
        guard position > 0, tokens[position - 1].sentence == tokens[position].sentence, tokens[position - 1].isWordLike else { return nil }
        return message.forms[position - 1]?.text
    }
}

/// Tells the second person of Russian verbs apart with the dictionary, with no word list: a
/// singular imperative (`добавь`, `зайди`, `открой`) has a plural made by adding `-те`
/// (`добавьте`), and a singular present (`можешь`) pairs with a plural in `-те` (`можете`), and the
/// other way round. Many nouns and prepositions also pass the imperative test (`случай` →
/// `случайте`, `при` → `прите`), so an imperative counts only where a command starts: at the
/// start of a clause or after a conjunction (`и нажмите`). A singular present after `не` is the
/// generic "you" of idioms (`ничего не поделаешь`). Forms ending in `-ли` are left out, as most
/// are past tenses (`пришли`), and so are the words in `not-verbs`.
public struct VerbPerson: Sendable {
    private let speller: Speller
    private let notVerbs: Set<String>

    public init(speller: Speller, notVerbs: [String]) {
        self.speller = speller
        self.notVerbs = Set(notVerbs.map { Stemmer.comparable($0) })
    }

    /// Words after which an imperative may start a command.
    private static let commandStarts: Set<String> = ["и", "а", "но", "или", "потом", "затем", "тогда", "теперь", "сначала", "просто", "пожалуйста", "лучше", "сразу", "снова", "ещё", "еще", "также", "тоже"]

    /// True for a formal (plural) form, false for an informal one, nil for anything else.
    /// `form` is lower-case with `ё` as `е`; `previous` is the word before it in its clause.
    public func isFormal(_ form: String, after previous: String?) -> Bool? {
        // Every second-person form ends in one of these letters; most words are out at once.
        guard let last = form.unicodeScalars.last, "ийьея".unicodeScalars.contains(last),
            form.unicodeScalars.count >= 3, !notVerbs.contains(form)
        else { return nil }
        let (base, reflexive) = Self.splitReflexive(form)
        let startsCommand = previous.map(Self.commandStarts.contains) ?? true
        if base.hasSuffix("те") {
            let stem = String(base.dropLast(2))
            if startsCommand, Self.isImperativeEnding(stem), speller.isCorrect(stem + (reflexive ? "сь" : "")), speller.isCorrect(form) {
                return true
            }
            if stem.hasSuffix("е") || stem.hasSuffix("и"), speller.isCorrect(stem + "шь" + (reflexive ? "ся" : "")), speller.isCorrect(form) {
                return true
            }
            return nil
        }
        if base.hasSuffix("шь"), base.count >= 5 {
            guard previous != "не" else { return nil }
            let stem = String(base.dropLast(2))
            if speller.isCorrect(stem + "те" + (reflexive ? "сь" : "")), speller.isCorrect(form) { return false }
            return nil
        }
        if startsCommand, Self.isImperativeEnding(base), !base.hasSuffix("ли"), !isAdjective(base), speller.isCorrect(base + "те" + (reflexive ? "сь" : "")),
            speller.isCorrect(form)
        {
            return false
        }
        return nil
    }

    /// `простой`, `другой`: an adjective whose feminine `-ая` the dictionary knows; an imperative
    /// (`открой`, `настрой`) has none.
    private func isAdjective(_ word: String) -> Bool {
        guard word.hasSuffix("ой") || word.hasSuffix("ый") || word.hasSuffix("ий") else { return false }
        return speller.isCorrect(String(word.dropLast(2)) + "ая")
    }

    private static func isImperativeEnding(_ word: String) -> Bool {
        word.hasSuffix("и") || word.hasSuffix("й") || word.hasSuffix("ь")
    }

    /// `свяжитесь` → (`свяжите`, true), `свяжись` → (`свяжи`, true), `можешься`→(`можешь`, true).
    private static func splitReflexive(_ form: String) -> (String, Bool) {
        if form.hasSuffix("сь") || form.hasSuffix("ся") {
            let base = String(form.dropLast(2))
            if base.hasSuffix("те") || base.hasSuffix("шь") || isImperativeEnding(base) { return (base, true) }
        }
        return (form, false)
    }
}

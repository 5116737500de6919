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
                } else if let verbs, let isFormal = verbs.isFormal(form, after: Self.previousWord(before: position, in: message)) {
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
    private static func previousWord(before position: Int, in message: AnalyzedMessage) -> WordKey? {
        let tokens = message.text.tokens
        guard position > 0, tokens[position - 1].sentence == tokens[position].sentence, tokens[position - 1].isWordLike else { return nil }
        return message.forms[position - 1]
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
    private let notVerbs: Set<WordKey>

    public init(speller: Speller, notVerbs: [String]) {
        self.speller = speller
        self.notVerbs = Set(notVerbs.map { WordKey(Stemmer.comparable($0)) })
    }

    /// Words after which an imperative may start a command.
    private static let commandStarts = Set(
        ["и", "а", "но", "или", "потом", "затем", "тогда", "теперь", "сначала", "просто", "пожалуйста", "лучше", "сразу", "снова", "еще",
            "также", "тоже"].map(WordKey.init))

    /// True for a formal (plural) form, false for an informal one, nil for anything else.
    /// `form` is lower-case with `ё` as `е`; `previous` is the word before it in its clause.
    public func isFormal(_ form: WordKey, after previous: WordKey?) -> Bool? {
        // Every second-person form ends in one of these letters; most words are out at once.
        let word = form.text
        guard let last = word.unicodeScalars.last, "ийьея".unicodeScalars.contains(last),
            word.unicodeScalars.count >= 3, !notVerbs.contains(form)
        else { return nil }
        let (base, reflexive) = Self.splitReflexive(word)
        let startsCommand = previous.map(Self.commandStarts.contains) ?? true
        if Self.ends(base, "те") {
            let stem = Self.dropLastTwo(base)
            if startsCommand, Self.isImperativeEnding(stem), speller.isCorrect(stem + (reflexive ? "сь" : "")), speller.isCorrect(word) {
                return true
            }
            if Self.ends(stem, "е") || Self.ends(stem, "и"), speller.isCorrect(stem + "шь" + (reflexive ? "ся" : "")), speller.isCorrect(word) {
                return true
            }
            return nil
        }
        if Self.ends(base, "шь"), base.unicodeScalars.count >= 5 {
            guard previous?.text != "не" else { return nil }
            let stem = Self.dropLastTwo(base)
            if speller.isCorrect(stem + "те" + (reflexive ? "сь" : "")), speller.isCorrect(word) { return false }
            return nil
        }
        if startsCommand, Self.isImperativeEnding(base), !Self.ends(base, "ли"), !isAdjective(base),
            speller.isCorrect(base + "те" + (reflexive ? "сь" : "")), speller.isCorrect(word)
        {
            return false
        }
        return nil
    }

    /// `простой`, `другой`: an adjective whose feminine `-ая` the dictionary knows; an imperative
    /// (`открой`, `настрой`) has none.
    private func isAdjective(_ word: String) -> Bool {
        guard Self.ends(word, "ой") || Self.ends(word, "ый") || Self.ends(word, "ий") else { return false }
        return speller.isCorrect(Self.dropLastTwo(word) + "ая")
    }

    private static func isImperativeEnding(_ word: String) -> Bool {
        ends(word, "и") || ends(word, "й") || ends(word, "ь")
    }

    /// `свяжитесь` → (`свяжите`, true), `свяжись` → (`свяжи`, true), `можешься`→(`можешь`, true).
    private static func splitReflexive(_ form: String) -> (String, Bool) {
        if ends(form, "сь") || ends(form, "ся") {
            let base = dropLastTwo(form)
            if ends(base, "те") || ends(base, "шь") || isImperativeEnding(base) { return (base, true) }
        }
        return (form, false)
    }

    /// Suffix tests by bytes: the forms are lower case and composed, so bytes decide, and
    /// `String.hasSuffix` would compare by Unicode canonical equivalence.
    private static func ends(_ word: String, _ suffix: String) -> Bool {
        word.utf8.count >= suffix.utf8.count && word.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The word without its last two letters (all the endings above are two Cyrillic letters).
    private static func dropLastTwo(_ word: String) -> String {
        String(word.unicodeScalars.dropLast(2))
    }
}

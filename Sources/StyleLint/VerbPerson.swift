/// Tells the second person of Russian verbs apart with the dictionary, with no word list: a
/// singular imperative (`добавь`, `зайди`, `открой`) has a plural made by adding `-те`
/// (`добавьте`), and a singular present (`можешь`) pairs with a plural in `-те` (`можете`), and the
/// other way round. Many nouns and adjectives also pass that test (`гости` → `гостите`, `жаль` →
/// `жальте`, `мой` → `мойте`), so a form counts only when Hunspell derives it and its counterpart
/// from verbs alone (`проверь` ← `проверить`; not `гости` ← `гость`, `гостить`), which holds an
/// imperative anywhere in its clause (`Перед выездом включи…`, `не ешь`). A singular present after
/// `не` is the generic "you" of idioms (`ничего не поделаешь`). Forms ending in `-ли` are left
/// out, as most are past tenses (`пришли`), and so are adjectives (`простой`, `нашей`). Words the
/// dictionary gives as verbs too (`три` → `трите`) are each rule's `not-verbs`.
///
/// One per style, shared by its rules: `LintContext` reads each agent word once
/// (`AnalyzedMessage.secondPerson`) for every rule that tells address forms apart.
public struct VerbPerson: Sendable {
    /// A second-person verb form: whether it is the formal (plural) one, and the same verb in the
    /// other person (`можешь` ↔ `можете`, `нажми` ↔ `нажмите`, `свяжись` ↔ `свяжитесь`), lower case.
    public struct Form: Sendable, Hashable {
        public let isFormal: Bool
        public let counterpart: String
        /// A singular present (`можешь`), which after `не` is the generic "you" of idioms.
        let isSingularPresent: Bool
    }

    private let speller: Speller
    /// What each word was found to be, shared by every draft: the tests above take several
    /// dictionary look-ups, and replies repeat the same few thousand words.
    private let memory = AnswerMemory<Form?>(limit: 100_000)

    public init(speller: Speller) {
        self.speller = speller
    }

    /// Tells readers apart, for memories that keep their answers.
    var identity: ObjectIdentifier { ObjectIdentifier(memory) }

    /// The second-person form `form` is, with its counterpart; nil for anything else. `form` is
    /// lower-case with `ё` as `е`; `previous` is the word before it in its clause.
    public func form(of form: WordKey, after previous: WordKey?) -> Form? {
        guard let found = self.form(of: form) else { return nil }
        return Self.isIdiom(found, after: previous) ? nil : found
    }

    /// The form whatever comes before it: what a memory of words may keep.
    func form(of form: WordKey) -> Form? {
        guard Self.mayBeSecondPerson(form) else { return nil }
        if let known = memory.answer(for: form) { return known }
        let found = analyse(form.text) ?? prefixed(form.text)
        memory.remember(found, for: form)
        return found
    }

    private func analyse(_ word: String) -> Form? {
        let (base, reflexive) = Self.splitReflexive(word)
        return analyse(word, base: base, reflexive: reflexive)
    }

    /// Verb prefixes, longest first. Russian makes new verbs with them freely, and the dictionary
    /// lacks many such forms (`перезайди`, `дозаполни`, `переподключись`).
    private static let prefixes = ["пере", "недо", "пона", "раз", "рас", "под", "над", "при", "про", "пре", "вы", "до", "за", "от", "об", "по"]

    /// A form the dictionary does not know, read as a prefix before a form it does: `перезайди`
    /// is `пере` + `зайди`, and its counterpart `перезайдите`.
    private func prefixed(_ word: String) -> Form? {
        guard !speller.isCorrect(word) else { return nil }
        for prefix in Self.prefixes where Self.starts(word, prefix) {
            let rest = String(word.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            guard rest.unicodeScalars.count >= 4, let found = analyse(rest) else { continue }
            return Form(isFormal: found.isFormal, counterpart: prefix + found.counterpart, isSingularPresent: found.isSingularPresent)
        }
        return nil
    }

    private static func starts(_ word: String, _ prefix: String) -> Bool {
        word.utf8.starts(with: prefix.utf8)
    }

    /// The generic "you" of idioms: `ничего не поделаешь`.
    static func isIdiom(_ form: Form, after previous: WordKey?) -> Bool {
        form.isSingularPresent && previous?.text == "не"
    }

    /// Every second-person form ends in `и`, `й`, `ь`, `е` or `я` and has three letters or more:
    /// told by the last bytes, as most words are out at once.
    static func mayBeSecondPerson(_ form: WordKey) -> Bool {
        let bytes = form.text.utf8
        guard bytes.count >= 4, let last = bytes.last else { return false }
        let lead = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        // и й е (D0 B8, D0 B9, D0 B5), ь я (D1 8C, D1 8F).
        guard (lead == 0xD0 && (last == 0xB8 || last == 0xB9 || last == 0xB5)) || (lead == 0xD1 && (last == 0x8C || last == 0x8F))
        else { return false }
        return form.text.unicodeScalars.count >= 3
    }

    private func analyse(_ word: String, base: String, reflexive: Bool) -> Form? {
        var found: Form?
        if Self.ends(base, "те") {
            let stem = Self.dropLastTwo(base)
            let singular = stem + (reflexive ? Self.reflexiveEnding(after: stem) : "")
            let present = stem + "шь" + (reflexive ? "ся" : "")
            if Self.isImperativeEnding(stem), speller.isCorrect(singular), speller.isCorrect(word) {
                found = Form(isFormal: true, counterpart: singular, isSingularPresent: false)
            } else if Self.ends(stem, "е") || Self.ends(stem, "и"), speller.isCorrect(present), speller.isCorrect(word) {
                found = Form(isFormal: true, counterpart: present, isSingularPresent: false)
            }
        } else if Self.ends(base, "шь"), base.unicodeScalars.count >= 5 {
            let plural = Self.dropLastTwo(base) + "те" + (reflexive ? "сь" : "")
            if speller.isCorrect(plural), speller.isCorrect(word) { found = Form(isFormal: false, counterpart: plural, isSingularPresent: true) }
        } else if Self.isImperativeEnding(base), !Self.ends(base, "ли"), !isAdjective(base) {
            let plural = base + "те" + (reflexive ? "сь" : "")
            if speller.isCorrect(plural), speller.isCorrect(word) { found = Form(isFormal: false, counterpart: plural, isSingularPresent: false) }
        }
        guard let found, isVerb(word, found.counterpart) else { return nil }
        return found
    }

    /// Whether the dictionary derives `form` and `other` (the same verb in the other person) from
    /// verbs only. Regular forms come from an infinitive (`проверь` ← `проверить`): a vowel and
    /// `-ть`, or `-ти`, `-чь`, reflexive or not (nouns in `-сть`, `часть`, `гость`, are not verbs).
    /// Irregular imperatives are entries of their own that give the plural too (`нажмите` ←
    /// `нажми`), and some present forms are entries each (`идешь`, `идете`). Any other word the
    /// dictionary derives either from is another part of speech: `гости` ← `гость`, `жаль` (whose
    /// `жальте` comes from `жалить` alone), `мой` ← `мой`.
    private func isVerb(_ form: String, _ other: String) -> Bool {
        let lemmas = speller.lemmas(of: form).map(Stemmer.comparable), otherLemmas = speller.lemmas(of: other).map(Stemmer.comparable)
        guard !lemmas.isEmpty, !otherLemmas.isEmpty else { return false }
        let selfEntries = lemmas.contains(form) && otherLemmas.contains(other)
        return (lemmas + otherLemmas).allSatisfy { lemma in
            Self.isInfinitive(lemma) || (lemmas.contains(lemma) && otherLemmas.contains(lemma))
                || (selfEntries && (lemma == form || lemma == other))
        }
    }

    private static func isInfinitive(_ lemma: String) -> Bool {
        var infinitive = lemma
        if ends(infinitive, "ся") || ends(infinitive, "сь") { infinitive = dropLastTwo(infinitive) }
        if ends(infinitive, "ти") || ends(infinitive, "чь") { return true }
        guard ends(infinitive, "ть"), let before = dropLastTwo(infinitive).unicodeScalars.last else { return false }
        return "аеиоуыэюя".unicodeScalars.contains(before)
    }

    /// The reflexive ending of a singular imperative: `-сь` after a vowel (`свяжись`), `-ся` after
    /// `й` or `ь` (`устройся`, `готовься`).
    private static func reflexiveEnding(after stem: String) -> String {
        ends(stem, "й") || ends(stem, "ь") ? "ся" : "сь"
    }

    /// `простой`, `другой`: an adjective whose feminine `-ая` the dictionary knows; an imperative
    /// (`открой`, `настрой`) has none. `нашей`, `хорошей`: a feminine case of an adjective or
    /// possessive, whose masculine `-его` the dictionary knows; an imperative (`налей`) has none.
    private func isAdjective(_ word: String) -> Bool {
        if Self.ends(word, "ей") { return speller.isCorrect(Self.dropLastTwo(word) + "его") }
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

/// Fires when one reply speaks to the client both informally and formally: `ты`/`твой` and
/// `вы`/`ваш`, or verb forms (`зайди` and `нажмите`). The first form sets the tone; each form
/// of the other kind is a finding.
public struct AddressMixRule: StyleRule {
    public let info: RuleInfo
    private let informal: Set<String>
    private let formal: Set<String>
    private let verbs: VerbPerson?

    public init(info: RuleInfo, informal: [String], formal: [String], verbs: VerbPerson?) throws(RuleError) {
        guard !informal.isEmpty, !formal.isEmpty else {
            throw RuleError("an address-mix rule needs the informal forms in 'informal' and the formal ones in 'formal'")
        }
        self.info = info
        self.informal = Set(informal.map { Stemmer.normalise($0.lowercased()) })
        self.formal = Set(formal.map { Stemmer.normalise($0.lowercased()) })
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
                } else if let verbs, let isFormal = verbs.isFormal(form) {
                    uses.append((index, position, isFormal))
                }
            }
        }
        guard let first = uses.first, uses.contains(where: { $0.formal != first.formal }) else { return [] }
        return uses.filter { $0.formal != first.formal }.map { use in
            info.finding(in: draft.messages[use.message], at: use.message, tokens: use.token...use.token)
        }
    }
}

/// Tells the second person of Russian verbs apart with the dictionary, with no word list: a
/// singular imperative (`добавь`, `зайди`, `открой`) has a plural made by adding `-те`
/// (`добавьте`), and a singular present (`можешь`) pairs with a plural in `-те` (`можете`), and the
/// other way round. Forms ending in `-ли` are left out, as most are past tenses (`пришли`), and
/// so are the words in `not-verbs` (`мой`, whose `мойте` is a different verb).
public struct VerbPerson: Sendable {
    private let speller: Speller
    private let notVerbs: Set<String>

    public init(speller: Speller, notVerbs: [String]) {
        self.speller = speller
        self.notVerbs = Set(notVerbs.map { Stemmer.normalise($0.lowercased()) })
    }

    /// True for a formal (plural) form, false for an informal one, nil for anything else.
    /// `form` is lower-case with `ё` as `е`.
    public func isFormal(_ form: String) -> Bool? {
        guard form.count >= 3, !notVerbs.contains(form) else { return nil }
        let (base, reflexive) = Self.splitReflexive(form)
        if base.hasSuffix("те") {
            let stem = String(base.dropLast(2))
            if Self.isImperativeEnding(stem), speller.isCorrect(stem + (reflexive ? "сь" : "")), speller.isCorrect(form) { return true }
            if stem.hasSuffix("е") || stem.hasSuffix("и"), speller.isCorrect(stem + "шь" + (reflexive ? "ся" : "")), speller.isCorrect(form) {
                return true
            }
            return nil
        }
        if base.hasSuffix("шь"), base.count >= 5 {
            let stem = String(base.dropLast(2))
            if speller.isCorrect(stem + "те" + (reflexive ? "сь" : "")), speller.isCorrect(form) { return false }
            return nil
        }
        if Self.isImperativeEnding(base), !base.hasSuffix("ли"), speller.isCorrect(base + "те" + (reflexive ? "сь" : "")),
            speller.isCorrect(form)
        {
            return false
        }
        return nil
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

/// How a team addresses its clients: `address` in a style's `style.yml`.
public enum ClientAddress: String, Sendable, Hashable, CaseIterable {
    /// «вы» (the default).
    case formal
    /// «ты».
    case informal
    /// Either: the rules that hold replies to the team's form stay silent.
    case any
}

/// Fires on each word that addresses the client in the form the team does not use: `ты`,
/// `тебе`, `твоего`, `можешь`, `проверь` when the style says `address: formal` (`address.ty`).
/// Pronouns are looked up in `swap`, which gives each its replacement (`тебе` → `вам`); verbs are
/// told apart by `VerbPerson` with the dictionary (`verbs: true`), which gives the same verb in the other
/// person (`можешь` → `можете`), so every finding carries a fix in the case it was written in.
///
/// Words the agent does not say to the client are left alone: between quotation marks (a
/// button, a slogan, the client's own words) and a pronoun written with a capital inside a
/// sentence, which names something (a show, an app).
public struct AddressFormRule: StyleRule {
    public let info: RuleInfo
    /// The forms this rule reports.
    private let catches: ClientAddress
    /// False when the team uses the forms the rule reports, or any form.
    private let isActive: Bool
    /// Pronoun forms (lower case, `ё` as `е`) and what to write instead.
    private let swap: [WordKey: String]
    /// Whether verbs count too (`verbs: true`), but not the words in `not-verbs`, which the
    /// dictionary gives as verbs too (`три` → `трите`).
    public let readsVerbForms: Bool
    private let notVerbs: Set<WordKey>

    public init(
        info: RuleInfo, catches: ClientAddress, teamAddress: ClientAddress, swap: [(form: String, replacement: String)],
        readsVerbs: Bool, notVerbs: [String] = []
    ) throws(RuleError) {
        guard catches != .any else { throw RuleError("'catches' is the form the rule reports: informal or formal", key: "catches") }
        guard !swap.isEmpty else { throw RuleError("an address rule needs the pronoun forms it catches and their replacements in 'swap'") }
        if let phrase = swap.first(where: { MessageText($0.form).tokens.count != 1 || MessageText($0.replacement).tokens.count != 1 }) {
            throw RuleError("'\(phrase.form): \(phrase.replacement)': 'swap' pairs single words", key: "swap")
        }
        self.info = info
        self.catches = catches
        isActive = teamAddress != .any && teamAddress != catches
        var table: [WordKey: String] = [:]
        for pair in swap { table[WordKey(Stemmer.comparable(pair.form))] = pair.replacement }
        self.swap = table
        readsVerbForms = readsVerbs
        self.notVerbs = Set(notVerbs.map { WordKey(Stemmer.comparable($0)) })
    }

    public func findings(in draft: LintContext) -> [Finding] {
        guard isActive else { return [] }
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() {
            let tokens = message.text.tokens
            // Computed at the first candidate: most messages have none.
            var quoted: [Bool]?
            for (position, form) in message.forms.enumerated() {
                guard let form, tokens[position].kind == .word, !message.quotesClient[position] else { continue }
                let replacement: String
                if let pronoun = swap[form] {
                    if message.isCapitalisedInsideSentence(position) { continue }
                    replacement = pronoun
                } else if readsVerbForms, let verb = message.secondPerson(at: position), verb.isFormal == (catches == .formal),
                    !notVerbs.contains(form)
                {
                    replacement = verb.counterpart
                } else {
                    continue
                }
                if quoted == nil { quoted = message.quotedTokens() }
                guard quoted?[position] == false else { continue }
                let written = message.text.text(of: tokens[position])
                found.append(
                    info.finding(in: message, at: index, tokens: position...position, suggestion: Speller.withCase(of: written, replacement)))
            }
        }
        return found
    }
}

/// Fires when one reply speaks to the client both informally and formally: `ты`/`твой` and
/// `вы`/`ваш`, or verb forms (`зайди` and `нажмите`). Which words carry the findings is `marks`:
/// by default the first form sets the tone and each form of the other kind is a finding. Words
/// between quotation marks and a `ты` capitalised inside a sentence (a name) do not count.
public struct AddressMixRule: StyleRule {
    /// The words a mix is reported at.
    public enum Marks: String, Sendable, CaseIterable {
        /// The forms of the kind that did not come first.
        case second
        /// Always the formal forms (`нажмите` in `зайди … нажмите`): where a rule of kind `address`
        /// reports the informal ones with their fix, no word gets two findings.
        case formal
        /// Always the informal forms.
        case informal
    }

    public let info: RuleInfo
    private let informal: Set<WordKey>
    private let formal: Set<WordKey>
    /// Whether verbs count too (`verbs: true`), but not the words in `not-verbs`, which the
    /// dictionary gives as verbs too (`три` → `трите`).
    public let readsVerbForms: Bool
    private let notVerbs: Set<WordKey>
    private let marks: Marks

    public init(
        info: RuleInfo, informal: [String], formal: [String], readsVerbs: Bool, notVerbs: [String] = [], marks: Marks = .second
    ) throws(RuleError) {
        guard !informal.isEmpty, !formal.isEmpty else {
            throw RuleError("an address-mix rule needs the informal forms in 'informal' and the formal ones in 'formal'")
        }
        self.info = info
        self.informal = Set(informal.map { WordKey(Stemmer.comparable($0)) })
        self.formal = Set(formal.map { WordKey(Stemmer.comparable($0)) })
        readsVerbForms = readsVerbs
        self.notVerbs = Set(notVerbs.map { WordKey(Stemmer.comparable($0)) })
        self.marks = marks
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var uses: [(message: Int, token: Int, formal: Bool)] = []
        for (index, message) in draft.messages.enumerated() {
            // Words between quotation marks are not said to the client (a button, a slogan).
            var quoted: [Bool]?
            for (position, form) in message.forms.enumerated() {
                guard let form, message.text.tokens[position].kind == .word, !message.quotesClient[position] else { continue }
                let isFormal: Bool
                if informal.contains(form) {
                    if message.isCapitalisedInsideSentence(position) { continue }
                    isFormal = false
                } else if formal.contains(form) {
                    isFormal = true
                } else if readsVerbForms, let verb = message.secondPerson(at: position), !notVerbs.contains(form) {
                    isFormal = verb.isFormal
                } else {
                    continue
                }
                if quoted == nil { quoted = message.quotedTokens() }
                if quoted?[position] == false { uses.append((index, position, isFormal)) }
            }
        }
        guard let first = uses.first, uses.contains(where: { $0.formal != first.formal }) else { return [] }
        let marked = switch marks {
        case .second: !first.formal
        case .formal: true
        case .informal: false
        }
        return uses.filter { $0.formal == marked }.map { use in
            info.finding(in: draft.messages[use.message], at: use.message, tokens: use.token...use.token)
        }
    }
}

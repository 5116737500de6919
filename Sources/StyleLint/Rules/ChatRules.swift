/// Fires when the first message of a reply is only a greeting, a pleasantry or a pause
/// (`Добрый день!`, `Здравствуйте! Минутку.`, `Сейчас посмотрю`) while the client asked about
/// something: the client waits for a second message to learn anything. A pause that states a
/// time (`проверю и отвечу через 10 минут`) is an answer of its own. Names after a greeting
/// (`Здравствуйте, Светлана!`) count as part of it. With no client message, or one that is
/// itself only a greeting, it does not fire.
public struct EmptyGreetingRule: StyleRule {
    public let info: RuleInfo
    private let greetings: PhraseMatcher
    private let pauses: PhraseMatcher?
    private let times: PhraseMatcher?
    private let minContextWords: Int

    public init(info: RuleInfo, greetings: PhraseMatcher, pauses: PhraseMatcher?, times: PhraseMatcher?, minContextWords: Int) throws(RuleError) {
        guard minContextWords >= 1 else { throw RuleError("'min-context-words' must be 1 or more") }
        self.info = info
        self.greetings = greetings
        self.pauses = pauses
        self.times = times
        self.minContextWords = minContextWords
    }

    public func findings(in draft: LintContext) -> [Finding] {
        let clientWords = draft.context.reduce(0) { $0 + uncoveredWords(in: $1, countPauses: false).count }
        guard clientWords >= minContextWords, let first = draft.messages.first, !first.text.tokens.isEmpty,
            uncoveredWords(in: first, countPauses: true).isEmpty
        else { return [] }
        return [info.finding(in: first, at: 0, tokens: 0...(first.text.tokens.count - 1))]
    }

    /// Punctuation that closes a clause.
    private func endsClause(_ token: Token, in message: AnalyzedMessage) -> Bool {
        token.kind == .punctuation && [",", ";", ":", "—", "–"].contains(message.text.firstScalar(of: token))
    }

    /// The word positions of `message` that are not greeting, name or (when `countPauses`) pause.
    private func uncoveredWords(in message: AnalyzedMessage, countPauses: Bool) -> [Int] {
        let tokens = message.text.tokens
        var covered = Array(repeating: false, count: tokens.count)
        for match in greetings.matches(in: message) { covered.replaceSubrange(match.tokens, with: repeatElement(true, count: match.tokens.count)) }
        if countPauses, let pauses {
            // A pause covers its clause, not its sentence: in «Анализы ещё в лаборатории, ждите
            // СМС» the first clause answers.
            let timed = Set((times?.matches(in: message) ?? []).map { tokens[$0.tokens.lowerBound].sentence })
            for match in pauses.matches(in: message) where !timed.contains(tokens[match.tokens.lowerBound].sentence) {
                var start = match.tokens.lowerBound, end = match.tokens.upperBound
                while start > 0, !endsClause(tokens[start - 1], in: message), tokens[start - 1].sentence == tokens[start].sentence { start -= 1 }
                while end + 1 < tokens.count, !endsClause(tokens[end + 1], in: message), tokens[end + 1].sentence == tokens[end].sentence { end += 1 }
                covered.replaceSubrange(start...end, with: repeatElement(true, count: end - start + 1))
            }
        }
        var sentenceStart = true
        return tokens.indices.filter { position in
            defer { sentenceStart = position + 1 < tokens.count && tokens[position + 1].sentence != tokens[position].sentence }
            guard tokens[position].isWordLike, !covered[position] else { return false }
            // Inside a sentence a capital starts a name; at its start, a word before a comma is
            // the client's name called out («Светлана, добрый день»).
            let beforeComma = position + 1 < tokens.count && message.text.firstScalar(of: tokens[position + 1]) == ","
            let isName = (!sentenceStart || beforeComma) && message.text.startsWithCapital(tokens[position])
            sentenceStart = false
            return !isName
        }
    }
}

/// Fires on a лесенка: a thought sent as several short messages in a row (`Добрый день` /
/// `Сейчас посмотрю` / `Секунду`), each one a notification for the client. Consecutive
/// messages that each say something whole (an answer, then a follow-up with new facts) do not
/// fire; a message of at most `max` words next to another one is a fragment. A message that
/// holds only a link, an e-mail or a code (a tracking number, a booking code `7QPLMX`, a policy
/// number `ОБ-КС-2026-0418877`) is no fragment: it is sent alone so that the client can open or
/// copy it, as the handbook advises.
public struct LadderRule: StyleRule {
    public let info: RuleInfo
    private let maxWords: Int

    public init(info: RuleInfo, maxWords: Int) throws(RuleError) {
        guard maxWords >= 1 else { throw RuleError("'max' (the most words of a fragment) must be 1 or more") }
        self.info = info
        self.maxWords = maxWords
    }

    public func findings(in draft: LintContext) -> [Finding] {
        // The word count first: it rules out most messages without reading their letters.
        let isFragment = draft.messages.map { $0.text.tokens.count(where: \.isWordLike) <= maxWords && !Self.holdsOnlyWhatIsCopied($0.text) }
        var found: [Finding] = []
        var index = 1
        while index < draft.messages.count {
            guard isFragment[index - 1] || isFragment[index] else {
                index += 1
                continue
            }
            let message = draft.messages[index]
            if !message.text.tokens.isEmpty {
                found.append(info.finding(in: message, at: index, tokens: 0...(message.text.tokens.count - 1)))
            }
            // One finding per run of fragments.
            while index < draft.messages.count, isFragment[index - 1] || isFragment[index] { index += 1 }
        }
        return found
    }

    /// Whether the message is only links, e-mails and codes (words with a digit or without a
    /// lower-case letter), with punctuation between them, or a link, an e-mail or a code with a
    /// digit with a short label («Вот ссылка для отслеживания: …», «Трек-номер: …»).
    static func holdsOnlyWhatIsCopied(_ text: MessageText) -> Bool {
        var copied = false, linkOrCode = false
        var labelWords = 0
        for token in text.tokens {
            switch token.kind {
            case .url, .email:
                copied = true
                linkOrCode = true
            case .number: copied = true
            case .punctuation: continue
            case .word:
                let letters = text.scalars[token.offset..<(token.offset + token.length)]
                let hasDigit = letters.contains(where: { $0.properties.numericType != nil })
                if hasDigit || !letters.contains(where: \.properties.isLowercase) {
                    copied = true
                    // A word in capitals alone may be one said loudly («ОК»), not a code to copy.
                    linkOrCode = linkOrCode || hasDigit
                } else {
                    labelWords += 1
                    if labelWords > longestLabel { return false }
                }
            }
        }
        return copied && (labelWords == 0 || (linkOrCode && labelWords <= longestLabel))
    }

    /// The most words a label beside a link or a code has.
    static let longestLabel = 4
}

/// Fires when a mark or word is repeated too much: back to back (`!!`) or too often in one message
/// (a fourth `!`). Made for `tone.exclamation`; any single token works.
public struct OccurrenceRule: StyleRule {
    public let info: RuleInfo
    /// The token counted: a mark (`!`) or a URL as written, a word or number by its lower-case form.
    private let token: String
    private let kind: Token.Kind
    private let form: WordKey?
    private let mark: Unicode.Scalar?
    /// The longest run allowed, if runs are limited.
    private let maxRun: Int?
    /// The most allowed in one message, if the count is limited.
    private let maxPerMessage: Int?

    public init(info: RuleInfo, token: String, maxRun: Int?, maxPerMessage: Int?) throws(RuleError) {
        guard MessageText(token).tokens.count == 1 else { throw RuleError("'token' must be one word or one mark, not '\(token)'") }
        guard maxRun != nil || maxPerMessage != nil else { throw RuleError("an occurrence rule needs 'max-run', 'max' or both") }
        if let maxRun, maxRun < 1 { throw RuleError("'max-run' must be 1 or more") }
        if let maxPerMessage, maxPerMessage < 0 { throw RuleError("'max' must be 0 or more") }
        self.info = info
        self.token = token
        kind = MessageText(token).tokens[0].kind
        form = kind == .word || kind == .number ? WordKey(Stemmer.comparable(token)) : nil
        mark = kind == .punctuation ? token.unicodeScalars.first : nil
        self.maxRun = maxRun
        self.maxPerMessage = maxPerMessage
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() { add(findingsIn: message, at: index, to: &found) }
        return found
    }

    private func add(findingsIn message: AnalyzedMessage, at index: Int, to found: inout [Finding]) {
        let tokens = message.text.tokens
        var runStart: Int?
        var runLength = 0
        var seen = 0
        var reportedCount = false
        func closeRun(before end: Int) {
            if let start = runStart, let maxRun, runLength > maxRun {
                found.append(info.finding(in: message, at: index, tokens: start...(end - 1)))
            }
            runStart = nil
            runLength = 0
        }
        for (position, current) in tokens.enumerated() {
            let isToken = switch current.kind {
            case .word, .number: form != nil && message.forms[position] == form
            case .punctuation: mark != nil && message.text.firstScalar(of: current) == mark
            case .url, .email: current.kind == kind && message.text.text(of: current) == token
            }
            let adjacent = runStart != nil && tokens[position - 1].offset + tokens[position - 1].length == current.offset
            guard isToken else {
                closeRun(before: position)
                continue
            }
            if !adjacent { closeRun(before: position) }
            if runStart == nil { runStart = position }
            runLength += 1
            seen += 1
            if let maxPerMessage, seen > maxPerMessage, !reportedCount, maxRun.map({ runLength <= $0 }) ?? true {
                found.append(info.finding(in: message, at: index, tokens: position...position))
                reportedCount = true
            }
        }
        closeRun(before: tokens.count)
    }
}

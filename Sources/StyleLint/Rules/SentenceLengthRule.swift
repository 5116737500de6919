/// Fires on a sentence of more than `maxWords` words (`style.long-sentence`). Words, numbers,
/// URLs and e-mails count one each; punctuation does not.
public struct SentenceLengthRule: StyleRule {
    public let info: RuleInfo
    private let maxWords: Int

    public init(info: RuleInfo, maxWords: Int) throws(RuleError) {
        guard maxWords >= 1 else { throw RuleError("'max' must be 1 or more") }
        self.info = info
        self.maxWords = maxWords
    }

    public func findings(in draft: LintContext) -> [Finding] {
        draft.messages.enumerated().flatMap { index, message in
            message.text.sentences.compactMap { sentence -> Finding? in
                let words = message.text.tokens[sentence].count { $0.kind != .punctuation }
                guard words > maxWords else { return nil }
                return info.finding(in: message, at: index, tokens: sentence.lowerBound...(sentence.upperBound - 1), count: words)
            }
        }
    }
}

/// A message with the stem of every word, computed once and shared by every rule.
public struct AnalyzedMessage: Sendable {
    public let text: MessageText
    /// One entry per token: the lower-case stem of a word or number, nil for anything else.
    public let stems: [String?]

    public init(_ text: MessageText, stemmer: Stemmer) {
        self.text = text
        stems = text.tokens.map { $0.isWordLike ? stemmer.stem($0.text.lowercased()) : nil }
    }
}

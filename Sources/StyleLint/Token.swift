/// One unit of a message: a word, a number, a URL or e-mail (one token each, never split), or a
/// single punctuation mark or symbol. White space is not a token.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case url
        case email
        case punctuation
    }

    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Offset of the first Unicode scalar in the message, 0-based.
    public var offset: Int
    /// Length in Unicode scalars.
    public var length: Int
    /// Offset of the first UTF-8 byte in the message, and the length in bytes.
    public var utf8Offset: Int
    public var utf8Length: Int
    /// 1-based line and column (in Unicode scalars) within the message.
    public var line: Int
    public var column: Int
    /// Index of the sentence the token belongs to.
    public var sentence: Int

    /// Words and numbers: what phrase matching looks at.
    public var isWordLike: Bool { kind == .word || kind == .number }
}

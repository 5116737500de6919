/// One unit of a message: a word, a number, a URL or e-mail (one token each, never split), or a
/// single punctuation mark or symbol. White space is not a token. A token is only positions
/// (its text is `MessageText.text(of:)`): no allocation to make one and no reference counting to
/// copy one, as hostile drafts have hundreds of thousands.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case word
        case number
        case url
        case email
        case punctuation
    }

    public let kind: Kind
    // Positions are stored in 32 bits, so a token takes 32 bytes: a message is far below 4 GB
    // (`MessageText.largestMessage`).
    private let offset32, length32, utf8Offset32, utf8Length32, line32, column32, sentence32: UInt32

    /// Offset of the first Unicode scalar in the message, 0-based.
    public var offset: Int { Int(offset32) }
    /// Length in Unicode scalars.
    public var length: Int { Int(length32) }
    /// Offset of the first UTF-8 byte in the message, and the length in bytes.
    public var utf8Offset: Int { Int(utf8Offset32) }
    public var utf8Length: Int { Int(utf8Length32) }
    /// 1-based line and column (in Unicode scalars) within the message.
    public var line: Int { Int(line32) }
    public var column: Int { Int(column32) }
    /// Index of the sentence the token belongs to.
    public var sentence: Int { Int(sentence32) }

    /// Words and numbers: what phrase matching looks at.
    public var isWordLike: Bool { kind == .word || kind == .number }

    init(kind: Kind, offset: Int, length: Int, utf8Offset: Int, utf8Length: Int, line: Int, column: Int, sentence: Int) {
        self.kind = kind
        offset32 = UInt32(offset)
        length32 = UInt32(length)
        utf8Offset32 = UInt32(utf8Offset)
        utf8Length32 = UInt32(utf8Length)
        line32 = UInt32(line)
        column32 = UInt32(column)
        sentence32 = UInt32(sentence)
    }
}

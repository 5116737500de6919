/// One message of a draft, split into tokens and sentences in one pass over its scalars, so the
/// time to read a message grows linearly with its length whatever it holds.
public struct MessageText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Token index ranges, one per sentence.
    public let sentences: [Range<Int>]

    /// The most UTF-8 bytes of a message that are read; the rest is left out. `handbook lint`
    /// refuses inputs this large, so only a library caller can reach it.
    public static let largestMessage = 1 << 30

    public init(_ text: String) {
        var text = text
        if text.utf8.count > Self.largestMessage {
            text = String(decoding: text.utf8.prefix(Self.largestMessage), as: UTF8.self)
        }
        // Native UTF-8, so a token's text is sliced by byte offsets in constant time.
        text.makeContiguousUTF8()
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var reader = Reader(scalars: scalars)
        tokens = reader.readTokens()
        sentences = Self.sentenceRanges(tokens)
    }

    /// The text of tokens `range`, from the first one's start to the last one's end.
    public func text(of range: ClosedRange<Int>) -> String {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound]
        return text(utf8: first.utf8Offset..<(last.utf8Offset + last.utf8Length))
    }

    /// The token as written.
    public func text(of token: Token) -> String {
        text(utf8: token.utf8Offset..<(token.utf8Offset + token.utf8Length))
    }

    /// What stands between tokens `one` and `other` (white space, as a rule).
    func between(_ one: Int, _ other: Int) -> String {
        let end = tokens[one].utf8Offset + tokens[one].utf8Length
        return text(utf8: end..<tokens[other].utf8Offset)
    }

    /// The first scalar of a token: all of a punctuation token.
    public func firstScalar(of token: Token) -> Unicode.Scalar {
        scalars[token.offset]
    }

    /// Whether a token starts with a capital letter (`Москва`, `Вы`).
    public func startsWithCapital(_ token: Token) -> Bool {
        Self.isCapital(scalars[token.offset])
    }

    /// Latin and Russian letters by their code, the rest by their Unicode properties, which
    /// cost a table look-up each.
    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x410...0x42F, 0x401: true
        case 0...0x7F, 0x430...0x44F, 0x451: false
        default: scalar.properties.isUppercase
        }
    }

    private func text(utf8 range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(decoding: utf8[start..<utf8.index(start, offsetBy: range.count)], as: UTF8.self)
    }

    /// The words of sentence `index` (numbers included).
    public func words(inSentence index: Int) -> [Token] {
        tokens[sentences[index]].filter(\.isWordLike)
    }

    private static func sentenceRanges(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, token) in tokens.enumerated() where index + 1 == tokens.count || tokens[index + 1].sentence != token.sentence {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        return ranges
    }
}

/// The tokenizer: a cursor over the scalars that never looks back more than one scalar.
private struct Reader {
    let scalars: [Unicode.Scalar]
    var index = 0
    /// A scalar offset and its UTF-8 offset; moves forward only, as tokens come in text order.
    var byteCursor = (scalar: 0, byte: 0)
    var line = 1
    var lineStart = 0
    var sentence = 0
    /// Set by sentence-ending punctuation; the next word that starts a sentence begins a new one.
    var sentenceMayEnd = false
    var tokens: [Token] = []
    /// Where the last failed e-mail look stopped reading.
    var noEmailBefore = 0

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func readTokens() -> [Token] {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                // A line break in a chat message ends the thought as a full stop would.
                if !tokens.isEmpty, tokens.last?.sentence == sentence { sentenceMayEnd = true }
                index += 1
                line += 1
                lineStart = index
                continue
            }
            if Self.isSpace(scalar) {
                index += 1
                continue
            }
            if let end = urlEnd(at: index) {
                emit(.url, from: index, to: end)
            } else if let end = emailEnd(at: index) {
                emit(.email, from: index, to: end)
            } else if Self.isWordScalar(scalar) {
                let (end, isNumber) = wordEnd(at: index)
                emit(isNumber ? .number : .word, from: index, to: end)
            } else {
                emit(.punctuation, from: index, to: index + 1)
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" { sentenceMayEnd = true }
            }
        }
        return tokens
    }

    private mutating func emit(_ kind: Token.Kind, from start: Int, to end: Int) {
        if sentenceMayEnd, kind != .punctuation, startsSentence(at: start, kind: kind) {
            sentence += 1
            sentenceMayEnd = false
        } else if kind != .punctuation {
            sentenceMayEnd = false
        }
        let byteStart = byteOffset(of: start), byteEnd = byteOffset(of: end)
        tokens.append(Token(
            kind: kind, offset: start, length: end - start,
            utf8Offset: byteStart, utf8Length: byteEnd - byteStart, line: line, column: start - lineStart + 1, sentence: sentence))
        index = end
    }

    private mutating func byteOffset(of scalar: Int) -> Int {
        while byteCursor.scalar < scalar {
            byteCursor.byte += UTF8.width(scalars[byteCursor.scalar])
            byteCursor.scalar += 1
        }
        return byteCursor.byte
    }

    /// After `.`, `!`, `?` or a line break, a capital letter, a digit or a URL starts a sentence;
    /// a lower-case word (`т. е. так`) does not.
    private func startsSentence(at start: Int, kind: Token.Kind) -> Bool {
        if kind != .word { return true }
        let first = scalars[start]
        let brokeLine = tokens.last.map { $0.line < line } ?? false
        return brokeLine || MessageText.isCapital(first)
    }

    // MARK: Words and numbers

    /// White space, with the common scripts answered without a Unicode table lookup.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: true
        case 0x21...0x7F, 0x400...0x4FF: false
        default: scalar.properties.isWhitespace
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x4FF: true
        // ASCII and Latin-1 punctuation (« »), general punctuation (— … “ ”) and arrows.
        case 0...0x7F, 0x80...0xA9, 0xAB...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x2190...0x21FF: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// A run of letters and digits; a hyphen, apostrophe or combining mark inside letters keeps the
    /// word together (`из-за`, `колл-центр`), and `.`, `,` or `:` between digits keep a number
    /// together (`1,5`, `18:00`, `10.11.2025`).
    private func wordEnd(at start: Int) -> (end: Int, isNumber: Bool) {
        var end = start
        var onlyDigits = true
        while end < scalars.count {
            let scalar = scalars[end]
            if Self.isWordScalar(scalar) || (scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark) {
                if !Self.isDigit(scalar) { onlyDigits = false }
                end += 1
                continue
            }
            let hasNext = end + 1 < scalars.count
            if hasNext, scalar == "-" || scalar == "'" || scalar == "’", Self.isWordScalar(scalars[end + 1]), !Self.isDigit(scalars[end - 1]) {
                end += 1
                continue
            }
            if hasNext, scalar == "." || scalar == "," || scalar == ":", Self.isDigit(scalars[end - 1]), Self.isDigit(scalars[end + 1]) {
                end += 1
                continue
            }
            break
        }
        return (end, onlyDigits)
    }

    // MARK: URLs and e-mails

    private static let urlPrefixes: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }

    private func urlEnd(at start: Int) -> Int? {
        // Every prefix starts with h or w: other tokens, most of them, are out at once.
        switch scalars[start] {
        case "h", "H", "w", "W": break
        default: return nil
        }
        let startsURL = Self.urlPrefixes.contains { prefix in
            start + prefix.count <= scalars.count
                && zip(prefix, scalars[start...]).allSatisfy { $0 == Self.asciiLowercased($1) }
        }
        return startsURL ? trimmedRunEnd(from: start) : nil
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// `name@domain.tld`, looked for where a word starts. A failed look remembers how far it read,
    /// so the words of one long run (`a.a.a.a…`) are not each read to its end again.
    private mutating func emailEnd(at start: Int) -> Int? {
        guard start >= noEmailBefore, Self.isWordScalar(scalars[start]) else { return nil }
        var end = start
        var at: Int?
        while end < scalars.count, !Self.isSpace(scalars[end]) {
            let scalar = scalars[end]
            if scalar == "@" {
                if at != nil { break }
                at = end
            } else if !(Self.isWordScalar(scalar) || scalar == "." || scalar == "-" || scalar == "_" || scalar == "+") {
                break
            }
            end += 1
        }
        noEmailBefore = end
        guard let at, at > start else { return nil }
        while end > at, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
        let domain = scalars[(at + 1)..<end]
        guard domain.contains("."), let last = domain.last, Self.isWordScalar(last) else { return nil }
        return end
    }

    /// The end of a run of non-space scalars, without trailing punctuation that belongs to the text.
    private func trimmedRunEnd(from start: Int) -> Int {
        var end = start
        while end < scalars.count, !Self.isSpace(scalars[end]) { end += 1 }
        while end > start, ".,;:!?)»\"'”".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        return end
    }
}

internal import Yams

/// Where a key or value stands in YAML: 1-based line, and 1-based column counted in Unicode
/// scalars, as Yams' marks count them.
struct YAMLPlace: Sendable {
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}

/// The YAML of most front matter read without a YAML parser: nothing but `key: value` lines,
/// each value a plain scalar on its line. Parsing and composing a chapter's two or three lines
/// with Yams (libyaml's events, then a tree hashed for duplicate keys) cost more than the rest of
/// reading the chapter but cmark-gfm's parse.
///
/// Anything this reading might take differently from a YAML parser is refused, and the caller
/// gives that YAML to Yams: lines that are indented or start with an indicator, a key that is
/// not a simple name or is given twice, a value that is empty, quoted, starts with an
/// indicator, holds `: ` or ` #`, ends with `:`, or holds a tab, a carriage return, or a
/// character YAML does not allow or reads as a line break.
struct FlatMapping {
    struct Entry {
        let key: String
        let value: String
        let keyPlace: YAMLPlace
        let valuePlace: YAMLPlace
    }

    let entries: [Entry]

    init?(_ yaml: String) {
        var yaml = yaml
        guard let entries = yaml.withUTF8(Self.entries) else { return nil }
        self.entries = entries
    }

    private static func entries(of bytes: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        var entries: [Entry] = []
        var keys: Set<String> = []
        var line = 0
        var start = 0
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            defer { start = end + 1 }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard let first = text.first, first != UInt8(ascii: "#") else { continue }
            guard let entry = self.entry(text, line: line), keys.insert(entry.key).inserted else { return nil }
            entries.append(entry)
        }
        return entries.isEmpty ? nil : entries
    }

    /// One `key: value` line, or nil when the line is anything else.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>, line number: Int) -> Entry? {
        var index = 0
        while index < line.count, isNameByte(line[index]) { index += 1 }
        // A name that starts with a digit or a hyphen could be read as a number or be an indicator.
        guard index > 0, index <= 64, index + 1 < line.count, line[index] == UInt8(ascii: ":"),
            line[index + 1] == UInt8(ascii: " "), isLetter(line[0])
        else { return nil }
        let keyEnd = index
        index += 1
        while index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
        var valueEnd = line.count
        while valueEnd > index, line[valueEnd - 1] == UInt8(ascii: " ") { valueEnd -= 1 }
        let value = UnsafeBufferPointer(rebasing: line[index..<valueEnd])
        guard let first = value.first, !isIndicator(first), value.last != UInt8(ascii: ":"), isPlain(value) else { return nil }
        return Entry(
            key: String(decoding: UnsafeBufferPointer(rebasing: line[..<keyEnd]), as: UTF8.self),
            value: String(decoding: value, as: UTF8.self),
            keyPlace: YAMLPlace(line: number, column: 1),
            // Everything before the value is ASCII: its bytes are its columns.
            valuePlace: YAMLPlace(line: number, column: index + 1))
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        default: false
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// The characters that give a scalar's first place a meaning of its own in YAML.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        "-?:,[]{}#&*!|>'\"%@`".utf8.contains(byte)
    }

    /// Whether a plain scalar on one line reads as these very bytes: no comment or mapping
    /// inside, and only characters YAML allows (`c-printable`) that it does not take for a line
    /// break (U+0085, U+2028, U+2029) or a byte-order mark.
    private static func isPlain(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte < 0x80 {
                guard byte >= 0x20, byte != 0x7F else { return false }
                if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") { return false }
                if byte == UInt8(ascii: " "), previous == UInt8(ascii: ":") { return false }
                previous = byte
                index += 1
                continue
            }
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard index + length <= value.count else { return false }
            var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { scalar = scalar << 6 | UInt32(value[index + offset] & 0x3F) }
            switch scalar {
            case 0xA0...0xD7FF where scalar != 0x2028 && scalar != 0x2029, 0xE000...0xFFFD where scalar != 0xFEFF, 0x10000...0x10FFFF:
                break
            default:
                return false
            }
            previous = byte
            index += length
        }
        return true
    }
}

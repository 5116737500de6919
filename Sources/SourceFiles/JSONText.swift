/// Somewhere bytes are written: a byte array, or a report that hands its bytes on as they pile up.
public protocol ByteSink {
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence)
    mutating func write(_ text: String)
    mutating func write(_ byte: UInt8)
}

/// A set of bytes, each looked up in one step.
public struct ByteSet: Sendable {
    private let members: [Bool]

    public init(_ bytes: some Sequence<UInt8>) {
        var members = [Bool](repeating: false, count: 256)
        for byte in bytes { members[Int(byte)] = true }
        self.members = members
    }

    public func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }
}

extension ByteSink {
    /// Writes `text` with the bytes for which `escape` gives a replacement replaced; the runs
    /// between them are copied whole. `escape` is asked only at the bytes of `triggers` (the
    /// rest, most of any text, are passed over at once); it sees the text's bytes and an offset,
    /// and returns the replacement and how many bytes it stands for.
    public mutating func write(
        _ text: String, escaping triggers: ByteSet, with escape: (UnsafeBufferPointer<UInt8>, Int) -> (String, width: Int)?
    ) {
        var text = text
        text.withUTF8 { write(utf8: $0, escaping: triggers, with: escape) }
    }

    /// `write(_:escaping:with:)` for text that is UTF-8 bytes already.
    public mutating func write(
        utf8 bytes: UnsafeBufferPointer<UInt8>, escaping triggers: ByteSet, with escape: (UnsafeBufferPointer<UInt8>, Int) -> (String, width: Int)?
    ) {
        var plainStart = 0, offset = 0
        while offset < bytes.count {
            guard triggers.contains(bytes[offset]), let (replacement, width) = escape(bytes, offset) else {
                offset += 1
                continue
            }
            write(bytes[plainStart..<offset])
            write(replacement)
            offset += width
            plainStart = offset
        }
        write(bytes[plainStart..<bytes.count])
    }
}

extension Array: ByteSink where Element == UInt8 {
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) { append(contentsOf: bytes) }
    public mutating func write(_ text: String) { append(contentsOf: text.utf8) }
    public mutating func write(_ byte: UInt8) { append(byte) }
}

/// The one JSON writer, for every JSON the tool prints or publishes (lint findings, the rule
/// list, the site's scripts): values written straight as bytes, since a bulk lint run prints tens
/// of thousands of findings and the generic encoder costs more than linting them.
public enum JSONText {
    /// A string in quotes, or `null`. Escaped: the quote, the backslash, C0 and C1 controls
    /// (a terminal showing the JSON must not obey them), and U+2028 and U+2029, which JavaScript
    /// before ES2019 does not allow in a string, so the text is safe inside a script too.
    public static func write(_ text: String?, to out: inout some ByteSink) {
        guard let text else {
            out.write("null")
            return
        }
        out.write(UInt8(ascii: "\""))
        out.write(text, escaping: escaped, with: escape)
        out.write(UInt8(ascii: "\""))
    }

    /// A string given as its UTF-8 bytes, in quotes and escaped as `write(_:to:)` escapes.
    public static func write(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout some ByteSink) {
        out.write(UInt8(ascii: "\""))
        out.write(utf8: bytes, escaping: escaped, with: escape)
        out.write(UInt8(ascii: "\""))
    }

    public static func write(_ number: Int, to out: inout some ByteSink) {
        out.write(String(number))
    }

    /// An object of strings, keys in the order given.
    public static func write(_ fields: KeyValuePairs<String, String?>, to out: inout some ByteSink) {
        out.write(UInt8(ascii: "{"))
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { out.write(UInt8(ascii: ",")) }
            write(key, to: &out)
            out.write(UInt8(ascii: ":"))
            write(value, to: &out)
        }
        out.write(UInt8(ascii: "}"))
    }

    /// The bytes `escape` may replace: controls, the quote, the backslash, and the lead bytes of
    /// C1 controls and of U+2028/U+2029.
    private static let escaped = ByteSet(Array(0..<0x20) + [0x22, 0x5C, 0x7F, 0xC2, 0xE2])

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (String, width: Int)? {
        let byte = bytes[offset]
        switch byte {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0..<0x20, 0x7F: return ("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16), 1)
        case 0xC2 where offset + 1 < bytes.count && (0x80...0x9F).contains(bytes[offset + 1]):
            return ("\\u00" + String(bytes[offset + 1], radix: 16), 2)
        case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] | 1) == 0xA9:
            return (bytes[offset + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        default: return nil
        }
    }
}

/// Percent-encoding of URL parts, on bytes: links are encoded and decoded for every page of a
/// build, and Foundation's versions go through NSString and CharacterSet for each one.
public enum PercentEncoding {
    /// The text with every `%XX` escape decoded; nil when an escape is malformed or the bytes it
    /// gives are not UTF-8 (as Foundation's `removingPercentEncoding`).
    public static func decoded(_ text: some StringProtocol) -> String? {
        guard text.containsBytes("%") else { return String(text) }
        var bytes = Array(text.utf8)
        var written = 0
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else { return nil }
                byte = high << 4 | low
                index += 2
            }
            bytes[written] = byte
            written += 1
            index += 1
        }
        return String(validating: bytes[..<written], as: UTF8.self)
    }

    /// The text with every byte that `keep` refuses written as `%XX` (upper-case hex digits).
    public static func encoded(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !keep($0) }) else { return text }
        var bytes = Array(utf8[..<first])
        bytes.reserveCapacity(utf8.count * 3)
        for byte in utf8[first...] {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

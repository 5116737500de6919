/// The book's `dc:identifier`: a UUID drawn from what names the handbook (title, author,
/// language), so every build of the same handbook is the same book to a reader's library, and a
/// different handbook is another. RFC 9562 version 8 (a custom hash) fits it.
enum BookIdentifier {
    static func make(title: String, author: String?, language: String) -> String {
        let name = Array([title, author ?? "", language].joined(separator: "\u{1F}").utf8)
        var high = fnv1a(name, basis: 0xCBF2_9CE4_8422_2325)
        var low = fnv1a(name, basis: 0x6C62_272E_07BB_0142)
        high = (high & ~0xF000) | 0x8000  // version 8
        low = (low & ~(0xC << 60)) | (0x8 << 60)  // variant 10
        let hex = hexDigits(high, 16) + hexDigits(low, 16)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return "urn:uuid:" + groups.joined(separator: "-")
    }

    /// 64-bit FNV-1a from the given offset basis; two bases give 128 bits.
    private static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hexDigits(_ value: UInt64, _ count: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: count - digits.count) + digits
    }
}

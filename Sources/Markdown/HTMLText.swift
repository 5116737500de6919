/// Escaping for text put into HTML by hand (templates and hooks), matching what cmark-gfm does
/// for its own output.
public enum HTMLText {
    /// Escapes `& < > " '`: safe in element content and in quoted attributes alike.
    public static func escape(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension HTMLText {
    /// `html` without the characters an HTML page may not hold, whatever they came from (a title,
    /// a heading, a code block): C0 controls other than tab, line feed, form feed and carriage
    /// return, DEL, C1 controls, and the non-characters U+FFFE and U+FFFF. Most pages have none,
    /// and are given back as they are after one pass.
    public static func removingUnshowable(_ html: [UInt8]) -> [UInt8] {
        var html = html
        removeUnshowable(in: &html, from: 0)
        return html
    }

    /// Removes the unshowable characters (see `removingUnshowable`) from `html[start...]`, in
    /// place; `start` is where a character begins.
    public static func removeUnshowable(in html: inout [UInt8], from start: Int) {
        guard let first = html.withUnsafeBufferPointer({ firstUnshowable(in: $0, from: start) }) else { return }
        let kept = html.withUnsafeMutableBufferPointer { bytes in
            var read = first, write = first
            while read < bytes.count {
                let length = unshowableLength(at: read, in: UnsafeBufferPointer(bytes))
                if length == 0 {
                    bytes[write] = bytes[read]
                    write += 1
                    read += 1
                } else {
                    read += length
                }
            }
            return write
        }
        html.removeLast(html.count - kept)
    }

    /// Where the first unshowable character of `bytes[start...]` begins.
    private static func firstUnshowable(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        // Eight bytes at a time where none of them can start an unshowable character: the
        // page of the whole book is megabytes.
        var index = start
        while index < bytes.count {
            if index + 8 <= bytes.count {
                // `«`, `»` and the no-break space start with 0xC2, as C1 controls do: Russian
                // text has them every few words, so a word that may hold one is read byte by
                // byte once, not again from each of its bytes.
                if mayStartUnshowable(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    for offset in index..<(index + 8) where unshowableLength(at: offset, in: bytes) > 0 { return offset }
                }
                index += 8
                continue
            }
            if unshowableLength(at: index, in: bytes) > 0 { return index }
            index += 1
        }
        return nil
    }

    /// Whether any of the eight bytes is a control character, DEL, or the first byte of a C1
    /// control (0xC2) or of U+FFFE and U+FFFF (0xEF): bit tricks that test every byte at once.
    private static func mayStartUnshowable(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) || hasZero(word ^ (ones &* 0xEF))
    }

    /// How many bytes the unshowable character at `index` takes; 0 when it is showable.
    private static func unshowableLength(at index: Int, in html: UnsafeBufferPointer<UInt8>) -> Int {
        switch html[index] {
        case 0x09, 0x0A, 0x0C, 0x0D: 0
        case 0x00..<0x20, 0x7F: 1
        case 0xC2 where index + 1 < html.count && (0x80...0x9F).contains(html[index + 1]): 2
        case 0xEF where index + 2 < html.count && html[index + 1] == 0xBF && html[index + 2] >= 0xBE: 3
        default: 0
        }
    }
}

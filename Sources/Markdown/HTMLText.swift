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
        func unshowable(at index: Int) -> Int {
            let byte = html[index]
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D: return 0
            case 0x00..<0x20, 0x7F: return 1
            case 0xC2 where index + 1 < html.count && (0x80...0x9F).contains(html[index + 1]): return 2
            case 0xEF where index + 2 < html.count && html[index + 1] == 0xBF && html[index + 2] >= 0xBE: return 3
            default: return 0
            }
        }
        guard let first = html.indices.first(where: { unshowable(at: $0) > 0 }) else { return html }
        var kept = Array(html[..<first])
        kept.reserveCapacity(html.count)
        var index = first
        while index < html.count {
            let length = unshowable(at: index)
            if length == 0 {
                kept.append(html[index])
                index += 1
            } else {
                index += length
            }
        }
        return kept
    }
}

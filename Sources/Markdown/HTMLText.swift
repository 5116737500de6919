import SourceFiles

/// Escaping for text put into HTML by hand (templates and hooks), matching what cmark-gfm does
/// for its own output.
public enum HTMLText {
    /// Escapes `& < > " '`: safe in element content and in quoted attributes alike.
    public static func escape(_ text: String) -> String {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        // Titles and headings, most of them with nothing to escape, are read from their storage:
        // stepping through a `String`'s UTF-8 view costs several times more per byte.
        let needsWork = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? text.utf8.contains(where: isSpecial)
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
    /// place; `start` is where a character begins. `«`, `»` and the no-break space start with
    /// 0xC2, as C1 controls do: Russian text has them every few words, so a word that may hold
    /// one is read byte by byte once, not again from each of its bytes.
    public static func removeUnshowable(in html: inout [UInt8], from start: Int) {
        html.removeCharacters(from: start, skippingWords: { word in
            ByteWord.containsByte(below: 0x20, in: word) || ByteWord.contains(0x7F, in: word) || ByteWord.contains(0xC2, in: word)
                || ByteWord.contains(0xEF, in: word)
        }, length: unshowableLength)
    }

    /// How many bytes the unshowable character at `index` takes; 0 when it is showable.
    private static func unshowableLength(in html: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch html[index] {
        case 0x09, 0x0A, 0x0C, 0x0D: 0
        case 0x00..<0x20, 0x7F: 1
        case 0xC2 where index + 1 < html.count && (0x80...0x9F).contains(html[index + 1]): 2
        case 0xEF where index + 2 < html.count && html[index + 1] == 0xBF && html[index + 2] >= 0xBE: 3
        default: 0
        }
    }
}

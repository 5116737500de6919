import HandbookKit
import SourceFiles

/// Non-breaking spaces where a careful Russian typesetter puts them, so a line never ends on a
/// one- or two-letter word, never starts with a dash, and a number stays with what it counts.
/// Quotes are left as the author wrote them («ёлочки» stay «ёлочки»).
enum Typography {
    /// The language's typography for the strings of blocks and pages.
    static func transform(for language: HandbookLanguage) -> (@Sendable (String) -> String)? {
        switch language {
        case .ru: russian
        case .en: nil
        }
    }

    /// The language's typography for the texts of a Markdown document, as its `transformText`.
    static func rewrite(for language: HandbookLanguage) -> (@Sendable (UnsafeBufferPointer<UInt8>) -> [UInt8]?)? {
        switch language {
        case .ru: russian
        case .en: nil
        }
    }

    static func russian(_ text: String) -> String {
        var source = text
        return source.withUTF8 { russian($0) }.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The text with its spaces glued; nil when it has no space. One byte more than twice the
    /// input is room for the text (a space may become a two-byte no-break space) and the 0 byte
    /// a Markdown literal is ended with.
    static func russian(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard bytes.contains(space) else { return nil }
        return [UInt8](unsafeUninitializedCapacity: bytes.count * 2 + 1) { output, count in
            count = glue(bytes, into: output)
        }
    }

    /// Copies `bytes` to `output`, turning the spaces that should not break into U+00A0; returns
    /// how many bytes were written.
    private static func glue(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        // The run of letters (or of digits) that ends right before the current character.
        var runLength = 0
        var runIsNumber = false
        var index = 0
        func count(_ kind: Kind) {
            switch kind {
            case .letter:
                runLength = runIsNumber ? 1 : runLength + 1
                runIsNumber = false
            case .number:
                runLength = runIsNumber ? runLength + 1 : 1
                runIsNumber = true
            case .other:
                runLength = 0
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == space {
                let dashFollows = index + 3 < bytes.count && bytes[index + 1] == 0xE2 && bytes[index + 2] == 0x80
                    && (bytes[index + 3] == 0x94 || bytes[index + 3] == 0x93)
                if dashFollows || (runLength > 0 && (runIsNumber || runLength <= 2)) {
                    output[written] = 0xC2
                    output[written + 1] = 0xA0
                    written += 2
                } else {
                    output[written] = space
                    written += 1
                }
                runLength = 0
                index += 1
                continue
            }
            // ASCII and Russian letters, most of the text, without the general path's work.
            if byte < 0x80 {
                output[written] = byte
                written += 1
                index += 1
                count(classify(ascii: byte))
                continue
            }
            if byte == 0xD0 || byte == 0xD1, index + 1 < bytes.count {
                output[written] = byte
                output[written + 1] = bytes[index + 1]
                written += 2
                index += 2
                count(.letter)
                continue
            }
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let end = min(index + length, bytes.count)
            for position in index..<end {
                output[written] = bytes[position]
                written += 1
            }
            count(classify(UnsafeBufferPointer(rebasing: bytes[index..<end])))
            index = end
        }
        return written
    }

    private static let space = UInt8(ascii: " ")

    private enum Kind { case letter, number, other }

    private static func classify(ascii byte: UInt8) -> Kind {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        default: return .other
        }
    }

    /// What one UTF-8 encoded character beyond ASCII and Cyrillic is.
    private static func classify(_ character: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let scalar = String(decoding: character, as: UTF8.self).unicodeScalars.first else { return .other }
        if scalar == "№" || scalar.properties.numericType != nil { return .number }
        return scalar.properties.isAlphabetic ? .letter : .other
    }
}

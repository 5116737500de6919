import SourceFiles

/// Text as XML 1.0 can hold it.
enum XMLText {
    /// The bytes without what XML cannot hold at all: C0 controls other than tab and line breaks,
    /// and U+FFFE and U+FFFF; cmark-gfm passes them through from the Markdown.
    static func removingUnholdable(_ bytes: [UInt8]) -> [UInt8] {
        var kept = bytes
        kept.removeCharacters(from: 0, skippingWords: { ByteWord.containsByte(below: 0x20, in: $0) || ByteWord.contains(0xEF, in: $0) }, length: unholdableLength)
        return kept
    }

    /// How many bytes the character at `index` takes when XML cannot hold it; 0 when it can.
    private static func unholdableLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x09, 0x0A, 0x0D: 0
        case 0x00..<0x20: 1
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: 3
        default: 0
        }
    }
}

extension Unicode.Scalar {
    /// Whether XML 1.0 can hold it: not a C0 control other than tab and line breaks, not U+FFFE or U+FFFF.
    var isXMLCharacter: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

extension String {
    /// Escaped for XML text and double-quoted attributes, without the characters XML cannot hold
    /// at all (a control character in a title from handbook.yml would break the whole book).
    var escapedForXML: String {
        guard utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0xEF })
        else {
            return self
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".utf8)
            case "<": result.append(contentsOf: "&lt;".utf8)
            case ">": result.append(contentsOf: "&gt;".utf8)
            case "\"": result.append(contentsOf: "&quot;".utf8)
            default: if scalar.isXMLCharacter { result.append(contentsOf: UTF8.encode(scalar)!) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// An attribute name XML accepts and HTML gives meaning to: `[a-z_][a-z0-9_.-]*`, or `xml:lang`.
    var isXMLAttributeName: Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return self == "xml:lang" || utf8.allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }
}

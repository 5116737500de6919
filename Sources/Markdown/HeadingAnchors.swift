import SourceFiles

/// Gives each heading of one page a unique anchor, the way GitHub does, so that links written
/// for GitHub's preview (`#расплывчато-и-конкретно`) work on the site too: letters of any script
/// are kept and lower-cased, spaces become hyphens, other punctuation is dropped, and repeats get
/// `-1`, `-2`, ….
public struct HeadingAnchors: Sendable {
    /// How many times each anchor was given, by its bytes: hashing a non-ASCII `String` first
    /// checks its normalisation, several times the work of hashing the bytes.
    private var used: [ExactString: Int] = [:]

    public init() {}

    public mutating func anchor(for text: String) -> String {
        var base = Self.asciiOrRussianAnchor(text) ?? Array(Self.anyAnchor(text).utf8)
        if base.isEmpty { base = Array("section".utf8) }
        let baseText = String(decoding: base, as: UTF8.self)
        var candidate = ExactString(baseText)
        while let count = used[candidate] {
            used[candidate] = count + 1
            candidate = ExactString(baseText + "-\(count)")
        }
        used[candidate] = 1
        return candidate.string
    }

    /// The anchor of a heading written in ASCII and Russian letters, most of a handbook's, made
    /// from its UTF-8 bytes; nil for any other letter.
    private static func asciiOrRussianAnchor(_ text: String) -> [UInt8]? {
        RussianLetter.anchor(text, dropsOtherASCII: true, noBreakSpaceIsSpace: false)
    }

    private static func anyAnchor(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in Self.lowercased(text) {
            switch scalar.value {
            case 0x20: kept.append("-")
            case 0x2D, 0x5F, 0x30...0x39, 0x61...0x7A, 0x430...0x44F, 0x451: kept.append(scalar)
            case 0...0x7F: continue
            default:
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                    kept.append(scalar)
                }
            }
        }
        return String(kept)
    }

    /// The text in lower case, as `String.lowercased()` has it. A heading in ASCII and Russian
    /// letters, most of a handbook's, is lowered letter by letter, several times faster; a
    /// heading with any other letter is left to `lowercased()` whole.
    private static func lowercased(_ text: String) -> String.UnicodeScalarView {
        var lowered = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x410...0x42F: lowered.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x401: lowered.append("\u{451}")
            case 0...0x7F, 0x430...0x44F, 0x451: lowered.append(scalar)
            default: return text.lowercased().unicodeScalars
            }
        }
        return lowered
    }
}

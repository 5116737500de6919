/// Gives each heading of one page a unique anchor, the way GitHub does, so that links written
/// for GitHub's preview (`#расплывчато-и-конкретно`) work on the site too: letters of any script
/// are kept and lower-cased, spaces become hyphens, other punctuation is dropped, and repeats get
/// `-1`, `-2`, ….
public struct HeadingAnchors: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func anchor(for text: String) -> String {
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
        var base = String(kept)
        if base.isEmpty { base = "section" }
        var candidate = base
        while let count = used[candidate] {
            used[candidate] = count + 1
            candidate = "\(base)-\(count)"
        }
        used[candidate] = 1
        return candidate
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

/// How text is cut into words for search, the same way the page script cuts a query: a word is
/// a run of letters and digits (Unicode's L and N), marks inside it (a stress mark) are dropped,
/// and it is compared in lower case with `ё` as `е`.
enum SearchWords {
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch kind(of: scalar) {
            case .letter:
                word.append(scalar)
            case .mark:
                continue
            case .other:
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    private enum Kind { case letter, mark, other }

    /// ASCII and Russian letters, most of a handbook's, are told by their code; others by Unicode's category.
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x401, 0x410...0x44F, 0x451: return .letter
        case 0...0x7F: return .other
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                return .letter
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return .mark
            default:
                return .other
            }
        }
    }
}

/// How text is cut into words for search, the same way the page script cuts a query: a word is
/// a run of letters and digits (Unicode's L and N), marks inside it (a stress mark) are dropped,
/// and it is compared in lower case with `ё` as `е`.
enum SearchWords {
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                word.append(scalar)
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }
}

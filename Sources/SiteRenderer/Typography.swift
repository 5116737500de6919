import HandbookKit

/// Non-breaking spaces where a careful Russian typesetter puts them, so a line never ends on a
/// one- or two-letter word, never starts with a dash, and a number stays with what it counts.
/// Quotes are left as the author wrote them («ёлочки» stay «ёлочки»).
enum Typography {
    static func transform(for language: HandbookLanguage) -> ((String) -> String)? {
        switch language {
        case .ru: russian
        case .en: nil
        }
    }

    private static let nbsp: Character = "\u{00A0}"

    static func russian(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        // The run of letters (or of digits) that ends right before the current character.
        var runLength = 0
        var runIsNumber = false
        for (index, character) in characters.enumerated() {
            if character == " " {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let glue = next == "—" || next == "–" || (runLength > 0 && (runIsNumber || runLength <= 2))
                result.append(glue ? nbsp : " ")
                runLength = 0
                continue
            }
            result.append(character)
            let isNumber = character.isNumber || character == "№"
            if character.isLetter || isNumber {
                runLength = runIsNumber == isNumber ? runLength + 1 : 1
                runIsNumber = isNumber
            } else {
                runLength = 0
            }
        }
        return result
    }
}

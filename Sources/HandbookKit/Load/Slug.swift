import Foundation

/// File and folder names turned into the stable, ASCII path segments of the site's URLs.
public enum Slug {
    /// `02-Стандарты работы.md` → `standarty-raboty`: numeric prefix and extension dropped,
    /// Cyrillic transliterated, anything else that is not a letter or digit made a hyphen.
    public static func make(_ name: String) -> String {
        if let ascii = asciiSlug(name) { return ascii }
        var slug = ""
        var pendingHyphen = false
        for character in name.lowercased() {
            let ascii: String
            if let mapped = cyrillic[character] {
                ascii = mapped
            } else if character.isASCII, character.isLetter || character.isNumber {
                ascii = String(character)
            } else if let folded = character.asciiFolded {
                ascii = folded
            } else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if ascii.isEmpty { continue }
            if pendingHyphen { slug += "-" }
            pendingHyphen = false
            slug += ascii
        }
        return slug
    }

    /// `make` for a name of ASCII alone, most file names, read as bytes: letters (lower-cased)
    /// and digits stay, runs of anything else between them become one hyphen. Nil otherwise.
    private static func asciiSlug(_ name: String) -> String? {
        var slug: [UInt8] = []
        var pendingHyphen = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingHyphen { slug.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                slug.append(lower)
            } else {
                pendingHyphen = !slug.isEmpty
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Splits `03-standards` into (3, "standards"); names without a numeric prefix have no number.
    /// Digits are a prefix only before a separator (or as the whole name, `404`): in `18f` or
    /// `2fa` they are part of the name.
    public static func splitPrefix(_ name: String) -> (number: Int?, rest: Substring) {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return (nil, name[...]) }
        let after = name.dropFirst(digits.count)
        guard after.isEmpty || separators.contains(after.first!) else { return (nil, name[...]) }
        let rest = after.drop { separators.contains($0) }
        return rest.isEmpty ? (number, digits) : (number, rest)
    }

    private static let separators: Set<Character> = ["-", "_", ".", " "]

    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    ]
}

extension Character {
    /// `é` → `e`: a Latin letter with marks, reduced to its ASCII base.
    fileprivate var asciiFolded: String? {
        guard let base = String(self).decomposedStringWithCanonicalMapping.unicodeScalars.first,
            base.isASCII, base.properties.isAlphabetic || base.properties.numericType != nil
        else { return nil }
        return String(base).lowercased()
    }
}

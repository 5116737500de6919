/// Russian diminutives told by their suffix over a word the dictionary knows, rather than by a
/// list: `анализик` is `анализ` with `-ик`, `справочку` is `справку` with `-оч-`, `квиточек` is
/// `квиток` with `-оч-`. The plain word comes in the diminutive's own case and number when the
/// two decline alike, so a finding can offer it as the fix.
///
/// Suffixes that also make ordinary words are held back: `-чик` counts only after н, л, р
/// (`талончик`; after д, т, з, с it names a person: `заказчик`, `счётчик`), `-ок`/`-ек` not at all
/// (`звонок`, `срок`), and a word whose own meaning has moved away from its base (`карточка`,
/// `галочка`) is named by the style (`lexicalised`). A word the dictionary knows counts only when
/// its dictionary form has the suffix too (`клиник` is a form of `клиника`, not `клин` + `-ик`).
public struct Diminutives: Sendable {
    private let speller: Speller
    /// Dictionary forms, in lower case with `ё` as `е`, that are not diminutives in use.
    private let lexicalised: Set<String>
    /// Answers by word as written, shared by every draft: the analysis asks the dictionary about
    /// several forms, and replies repeat the same words.
    private let memory = AnswerMemory<Diminutive?>(limit: 50_000)

    public init(speller: Speller, lexicalised: [String]) {
        self.speller = speller
        self.lexicalised = Set(lexicalised.map(Self.normalised))
    }

    /// What a diminutive is made of, and how its plain word is made.
    private struct Suffix {
        /// The suffix in the word, before the ending.
        let infix: String
        /// What stands for it in the plain word (`справ|оч|ку` → `справ|к|у` needs `к`), and what
        /// follows the base in the plain word's dictionary form (`справ|ка`, `звон|ок` under
        /// `звоночка`): the form offered must be one of its forms, not a word of another
        /// declension that happens to be spelt so (`платёж|у`).
        let replacements: [(text: String, lemmaEndings: [String])]
        /// Endings the word may have after the suffix.
        let endings: [String]
        /// The letters the base may end in; any when empty.
        let baseEnds: Set<Character>
        /// The ending a dictionary form with this suffix has (`ик` for `-ик`).
        let lemmaEndings: [String]
    }

    private static let masculine = ["", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"]
    /// After `-очк-`: a feminine (`справочка`), neuter (`местечко`) or masculine (`звоночка`) ending.
    private static let afterK = ["а", "и", "е", "у", "ой", "ою", "ом", "ам", "ами", "ах", "о", "ов"]

    private static let suffixes = [
        Suffix(infix: "чик", replacements: [("", [""])], endings: masculine, baseEnds: ["н", "л", "р"], lemmaEndings: ["чик"]),
        Suffix(infix: "ик", replacements: [("", [""])], endings: masculine, baseEnds: [], lemmaEndings: ["ик"]),
        Suffix(infix: "очек", replacements: [("ок", ["ок"]), ("", ["а", "о"])], endings: [""], baseEnds: [], lemmaEndings: ["очек", "очка", "очко"]),
        Suffix(infix: "ечек", replacements: [("ек", ["ек"]), ("", ["а", "о"])], endings: [""], baseEnds: [], lemmaEndings: ["ечек", "ечка", "ечко"]),
        // The word without a suffix first: `минуточку` is `минуту` before it is `минутку`.
        Suffix(infix: "очк", replacements: [("", ["а", "о"]), ("к", ["ка", "ок"])], endings: afterK, baseEnds: [], lemmaEndings: ["очка", "очко", "очек"]),
        Suffix(infix: "ечк", replacements: [("", ["а", "о"]), ("к", ["ка", "ек"])], endings: afterK, baseEnds: [], lemmaEndings: ["ечка", "ечко", "ечек"]),
    ]

    /// The shortest base a suffix is looked for after: shorter ones are mostly parts of other
    /// words (`т|очка`, `м|едик`); a word the dictionary does not know may have a base of three (`код|ик`).
    private static let shortestKnownBase = 4
    private static let shortestUnknownBase = 3

    /// A word found to be a diminutive.
    public struct Diminutive: Sendable, Equatable {
        /// The plain word in the diminutive's form and case (`Справочку` → `Справку`), when the
        /// dictionary has that form.
        public let plain: String?
    }

    /// Every suffix with every ending it takes, as the letters a word ends in.
    private static let tails: [(suffix: Suffix, ending: String, letters: [Unicode.Scalar])] = suffixes.flatMap { suffix in
        suffix.endings.map { (suffix, $0, Array((suffix.infix + $0).unicodeScalars)) }
    }

    /// Whether a word, lower case (`ё` may be `е`), ends as a diminutive can: the only test most
    /// words of a draft need, with no string made and no dictionary asked.
    public static func mayBeDiminutive(_ form: String) -> Bool {
        // Every tail has к in its last five letters, and most words have neither к nor ч there:
        // looked for in the last ten bytes (к is D0 BA, ч is D1 87 in UTF-8), with no scalar decoded.
        var previous: UInt8 = 0
        guard form.utf8.suffix(10).contains(where: { byte in
            defer { previous = byte }
            return (previous == 0xD0 && byte == 0xBA) || (previous == 0xD1 && byte == 0x87)
        }) else { return false }
        var letterCount: Int?
        return tails.contains { tail in
            guard form.unicodeScalars.reversed().starts(with: tail.letters.reversed()) else { return false }
            letterCount = letterCount ?? form.unicodeScalars.count
            return letterCount! > tail.letters.count + 2
        }
    }

    /// `word` as a diminutive, or nil when it is not one.
    public func diminutive(_ word: String) -> Diminutive? {
        let key = WordKey(word)
        if let known = memory.answer(for: key) { return known }
        let found = analyse(word)
        memory.remember(found, for: key)
        return found
    }

    private func analyse(_ word: String) -> Diminutive? {
        let lower = word.lowercased()
        guard lower.count > 4, Self.mayBeDiminutive(lower), lower.unicodeScalars.allSatisfy({ (0x430...0x44F).contains($0.value) || $0 == "ё" })
        else { return nil }
        // The word's shape first, the dictionary only for the few words a suffix fits.
        let letters = Array(lower)
        var shapes: [(suffix: Suffix, ending: String, base: [Character])] = []
        for (suffix, ending, tail) in Self.tails {
            guard letters.count > tail.count + 2, letters.suffix(tail.count).map({ $0.unicodeScalars.first! }).elementsEqual(tail) else { continue }
            let base = Array(letters.dropLast(tail.count))
            guard suffix.baseEnds.isEmpty || suffix.baseEnds.contains(base.last!), !(suffix.infix == "ик" && ["ч", "щ", "н"].contains(base.last!))
            else { continue }
            shapes.append((suffix, ending, base))
        }
        guard !shapes.isEmpty else { return nil }
        let known = speller.isCorrect(lower)
        let lemmas = known ? speller.lemmas(of: lower).map(Self.normalised) : []
        if lexicalised.contains(Self.normalised(lower)) || lemmas.contains(where: lexicalised.contains) { return nil }
        for (suffix, ending, base) in shapes where base.count >= (known ? Self.shortestKnownBase : Self.shortestUnknownBase) {
            if known, !lemmas.contains(where: { lemma in suffix.lemmaEndings.contains { lemma.hasSuffix($0) } }) { continue }
            // `график` and `техник` belong with `графика` and `техника`, not with a base word.
            if known, suffix.lemmaEndings.contains("ик") || suffix.lemmaEndings.contains("чик"),
                lemmas.contains(where: { lemma in speller.lemmas(of: lemma + "а").contains(lemma + "а") }) {
                continue
            }
            if let found = diminutive(base: String(base), suffix: suffix, ending: ending) {
                return Diminutive(plain: found.plain.map { Speller.withCase(of: word, $0) })
            }
        }
        return nil
    }

    /// The diminutive over `base` when the plain word is in the dictionary, in the form with the
    /// diminutive's ending when it is there too.
    private func diminutive(base: String, suffix: Suffix, ending: String) -> Diminutive? {
        for (replacement, lemmaEndings) in suffix.replacements {
            let lemmas = Set(lemmaEndings.map { Self.normalised(base + $0) })
            for plainEnding in Self.plainEndings(for: ending) {
                let form = base + replacement + plainEnding
                if form.count >= 3, speller.lemmas(of: form).contains(where: { lemmas.contains(Self.normalised($0)) }) { return Diminutive(plain: form) }
            }
        }
        // The plain word declines otherwise (`платёж` under `платёжечку`, had the dictionary no
        // `платёжка`): a diminutive, but no form to offer.
        return base.count >= Self.shortestKnownBase && speller.lemmas(of: base).map(Self.normalised).contains(Self.normalised(base)) ? Diminutive(plain: nil) : nil
    }

    /// A plural after `-ик` ends in и, after the plain word's hard consonant in ы (`документики` → `документы`).
    private static func plainEndings(for ending: String) -> [String] {
        ending == "и" ? ["и", "ы"] : [ending]
    }

    private static func normalised(_ word: String) -> String {
        String(word.lowercased().map { $0 == "ё" ? "е" : $0 })
    }
}

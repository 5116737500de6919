import Foundation
import SourceFiles

/// One entry of a rule's phrase list, compiled: a sequence of word slots and gaps.
///
/// The syntax stays close to plain text, so most entries are just the phrase:
/// - `данный` — any form with the same Snowball stem (`данного`, `данной`);
/// - `=скоро` — exactly this form (case and ё/е do not matter);
/// - `осуществ*` — any word starting so; `*ость` — any word ending so;
/// - `(обратитесь|обращайтесь)` — one of several words, each written as above;
/// - `#` — any number (`5`, `1,5`, `18:00`, `10.11.2025`);
/// - `...` — up to three other words in between, within the sentence.
public struct PhrasePattern: Sendable, Hashable {
    public enum Word: Sendable, Hashable {
        /// A stem's id in the style's vocabulary.
        case stem(Int32)
        /// An exact form's id in the style's vocabulary.
        case form(Int32)
        case prefix(WordKey)
        case suffix(WordKey)
        case number
        case anyOf([Word])

        /// `form` is the word's lower-case form, `ids` its ids in the vocabulary.
        func matches(_ ids: WordIDs, form: WordKey, isNumber: Bool) -> Bool {
            switch self {
            case .stem(let expected): ids.stem == expected
            case .form(let expected): ids.form == expected
            case .prefix(let start): !isNumber && form.hasPrefix(start)
            case .suffix(let end): !isNumber && form.hasSuffix(end)
            case .number: isNumber
            case .anyOf(let words): words.contains { $0.matches(ids, form: form, isNumber: isNumber) }
            }
        }
    }

    public enum Slot: Sendable, Hashable {
        case word(Word)
        /// Up to this many words of the same sentence may stand here.
        case gap(Int)
    }

    /// The most words `...` stands for.
    public static let gapWords = 3

    public let slots: [Slot]

    /// Compiles `source`, adding its stems and forms to the vocabulary of `lexicon`; throws when
    /// it is empty, starts or ends with a gap, or has an unclosed `(`.
    public init(_ source: String, lexicon: Lexicon) throws(RuleError) {
        var slots: [Slot] = []
        for piece in try Self.pieces(of: source) {
            if piece == "..." || piece == "…" {
                guard !slots.isEmpty else { throw RuleError("'\(source)' starts with '...'; a phrase starts with a word") }
                slots.append(.gap(Self.gapWords))
            } else {
                slots.append(.word(try Self.word(piece, in: source, lexicon: lexicon)))
            }
        }
        guard let last = slots.last else { throw RuleError("an empty phrase; write at least one word") }
        if case .gap = last { throw RuleError("'\(source)' ends with '...'; a phrase ends with a word") }
        self.slots = slots
    }

    /// Splits at white space and punctuation, keeping `(a|b)` groups and `...` whole; other
    /// punctuation is dropped, as matching skips it anyway (`в связи с тем, что`).
    private static func pieces(of source: String) throws(RuleError) -> [String] {
        // Most phrases have no gap; Foundation's replacing takes longer than the rest of compiling one.
        let hasGap = source.containsBytes("…") || source.containsBytes("...")
        let spaced = hasGap ? source.replacingOccurrences(of: "…", with: " ... ").replacingOccurrences(of: "...", with: " ... ") : source
        var pieces: [String] = []
        var current = ""
        var inGroup = false
        func flush() {
            if !current.isEmpty { pieces.append(current) }
            current = ""
        }
        // A character's ASCII code, when it has one, is compared and classified without the
        // Unicode look-ups `Character`'s comparisons make: a style has hundreds of phrases.
        for character in spaced {
            // Not `asciiValue`, which compares every character with "\r\n" first.
            let utf8 = character.utf8
            let ascii = utf8.count == 1 ? utf8.first : nil
            if inGroup {
                let isWhitespace = ascii.map { $0 == 0x20 || (0x09...0x0D).contains($0) } ?? character.isWhitespace
                guard ascii != UInt8(ascii: "(") else { throw RuleError("'\(source)' nests '(' inside '('; list single words in a group") }
                // Spaces are kept, so that a choice of several words is reported, not read as one word.
                current.append(isWhitespace ? " " : character)
                if ascii == UInt8(ascii: ")") {
                    inGroup = false
                    flush()
                }
            } else if ascii == UInt8(ascii: "(") {
                flush()
                inGroup = true
                current = "("
            } else if ascii == UInt8(ascii: ")") {
                throw RuleError("'\(source)' has ')' without '('")
            } else if ascii == UInt8(ascii: "?"), pieces.last?.hasPrefix("(") == true, current.isEmpty {
                throw RuleError("'\(source)': a group cannot be optional ('?'); write the phrase with it and without it")
            } else if ascii == UInt8(ascii: ".") {
                if !current.isEmpty, current.utf8.contains(where: { $0 != UInt8(ascii: ".") }) { flush() }
                current.append(character)
            } else if Self.isWordCharacter(character, ascii: ascii) {
                if current.utf8.first == UInt8(ascii: ".") { flush() }
                current.append(character)
            } else {
                flush()
            }
        }
        guard !inGroup else { throw RuleError("'\(source)' has '(' without ')'") }
        flush()
        return pieces.filter { $0 == "..." || $0.first != "." }
    }

    /// A letter, a digit, or `*=#-'’`, which a phrase's words are written with.
    private static func isWordCharacter(_ character: Character, ascii: UInt8?) -> Bool {
        guard let ascii else { return character.isLetter || character.isNumber || character == "’" }
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return "*=#-'".utf8.contains(ascii)
        }
    }

    private static func word(_ piece: String, in source: String, lexicon: Lexicon) throws(RuleError) -> Word {
        if piece.hasPrefix("(") {
            let inner = piece.dropFirst().dropLast()
            let choices = inner.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { choice in
                var trimmed = Substring(choice)
                while trimmed.first?.isWhitespace == true { trimmed = trimmed.dropFirst() }
                while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
                return String(trimmed)
            }
            guard choices.count > 1, choices.allSatisfy({ !$0.isEmpty && !$0.utf8.contains(UInt8(ascii: " ")) }) else {
                throw RuleError(
                    "'\(piece)' in '\(source)' must list single words separated by '|', like '(обратитесь|обращайтесь)'; "
                        + "write a choice of several words as phrases of their own")
            }
            return .anyOf(try choices.map { (choice: String) throws(RuleError) -> Word in try word(choice, in: source, lexicon: lexicon) })
        }
        if piece == "#" { return .number }
        let lower = Stemmer.comparable(piece)
        if lower.hasPrefix("=") {
            let form = String(lower.dropFirst())
            guard !form.isEmpty, !form.utf8.contains(UInt8(ascii: "*")) else { throw RuleError("'\(piece)' in '\(source)': write the exact form after '='") }
            return .form(lexicon.register(form: WordKey(form)))
        }
        if lower.count > 1, lower.hasSuffix("*"), !lower.dropLast().utf8.contains(UInt8(ascii: "*")) {
            return .prefix(WordKey(String(lower.dropLast())))
        }
        if lower.count > 1, lower.hasPrefix("*"), !lower.dropFirst().utf8.contains(UInt8(ascii: "*")) {
            return .suffix(WordKey(String(lower.dropFirst())))
        }
        guard !lower.utf8.contains(UInt8(ascii: "*")), !lower.utf8.contains(UInt8(ascii: "#")) else {
            throw RuleError("'\(piece)' in '\(source)': '*' goes at the start or the end of a word, '#' stands alone")
        }
        return .stem(lexicon.register(stem: WordKey(lexicon.stem(lower))))
    }
}

import Foundation
import SourceFiles

/// Words a style accepts as correctly spelled and not shouting: product names, abbreviations,
/// everyday words the dictionary lacks. An entry accepts its inflected forms too (same stem),
/// so `промокод` covers `промокоды` and `промокодом`.
public struct AcceptedWords: Sendable {
    private let forms: Set<WordKey>
    private let stems: Set<WordKey>
    private let lexicon: Lexicon

    public init(_ words: [String], lexicon: Lexicon) {
        let forms = words.map { Stemmer.comparable($0) }
        self.forms = Set(forms.map(WordKey.init))
        stems = Set(forms.map { WordKey(lexicon.stem($0)) })
        self.lexicon = lexicon
    }

    /// `word` as written.
    public func contains(_ word: String) -> Bool {
        let form = Stemmer.comparable(word)
        return contains(form: WordKey(form), stem: WordKey(lexicon.stem(form)))
    }

    /// `form` is lower-case with `ё` as `е`.
    public func contains(form: WordKey, stem: WordKey) -> Bool {
        forms.contains(form) || stems.contains(stem)
    }

    public var isEmpty: Bool { forms.isEmpty }
}

/// What the rules of one style share while they are built.
public struct RuleResources: Sendable {
    public let lexicon: Lexicon
    /// Present when a rule of the style needs it (spelling, capitals, verb forms).
    public var speller: Speller? {
        didSet { verbs = speller.map(VerbPerson.init) }
    }
    /// The style's one reader of verb forms, over `speller`, shared by its rules and its drafts.
    public private(set) var verbs: VerbPerson?
    public let accepted: AcceptedWords
    /// Whether the style's language is written in Cyrillic (the spelling rule's script).
    public let cyrillic: Bool
    /// How the team addresses clients (`address` in style.yml).
    public let address: ClientAddress
    /// Shared phrase lists by name, from `lists/NAME.txt`.
    let lists: [String: [String]]

    public init(
        lexicon: Lexicon, speller: Speller? = nil, accepted: [String] = [], lists: [String: [String]] = [:], cyrillic: Bool = true,
        address: ClientAddress = .formal
    ) {
        self.address = address
        self.lexicon = lexicon
        self.cyrillic = cyrillic
        self.speller = speller
        verbs = speller.map(VerbPerson.init)
        self.accepted = AcceptedWords(accepted, lexicon: lexicon)
        self.lists = lists
    }

    /// `entries` with every `@NAME` replaced by the phrases of list NAME.
    func phrases(_ entries: [String]) throws(RuleError) -> [String] {
        var phrases: [String] = []
        for entry in entries {
            guard entry.hasPrefix("@") else {
                phrases.append(entry)
                continue
            }
            let name = String(entry.dropFirst())
            guard let list = lists[name] else {
                let known = lists.keys.sorted()
                let hint = closestCandidate(to: name, in: known).map { " Did you mean '@\($0)'?" } ?? ""
                throw RuleError("there is no list '\(name)' (lists/\(name).txt) for '\(entry)'.\(hint)")
            }
            phrases += list
        }
        return phrases
    }

    /// A matcher for `entries` of setting `key`, lists expanded; nil for no entries.
    func matcher(_ entries: [String]?, key: String) throws(RuleError) -> PhraseMatcher? {
        guard let entries, !entries.isEmpty else { return nil }
        do throws(RuleError) {
            return try PhraseMatcher(phrases: phrases(entries), lexicon: lexicon)
        } catch {
            throw RuleError(error.description, key: key)
        }
    }

    /// The speller, which the kinds that check words against the dictionary require.
    func requireSpeller(for kind: String) throws(RuleError) -> Speller {
        guard let speller else { throw RuleError("a \(kind) rule needs the style's Hunspell dictionary, which did not load") }
        return speller
    }
}

/// Reads the lines of a word or phrase file: one entry per line, blank lines and lines starting
/// with `//` left out (`#` stands for a number in phrases, so it cannot start a comment).
enum WordFile {
    static func entries(_ source: SourceText) -> [String] {
        source.text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("//") ? nil : entry
        }
    }

    /// Every `NAME.txt` of `names` in the style's `folder`, by NAME.
    static func lists(in files: StyleFiles, folder: String, names: [String], diagnostics: inout Diagnostics) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for name in names where name.hasSuffix(".txt") {
            do {
                lists[String(name.dropLast(4))] = try entries(files.read(folder + "/" + name))
            } catch {
                diagnostics.append(error)
            }
        }
        return lists
    }
}

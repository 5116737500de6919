internal import CHunspell
public import Foundation
import Synchronization

/// Spelling by Hunspell with a dictionary such as Debian's `hunspell-ru`, loaded once per style.
/// The words a style accepts on top (`AcceptedWords`) are matched by stem, not added here.
///
/// The dictionary is read on first use, or in the background from ``startLoading()``: reading
/// it costs more than everything else a style needs, and a build whose handbook has no
/// examples or dialogues never looks a word up.
public final class Speller: @unchecked Sendable {
    private let affixPath: String
    private let wordsPath: String
    // Hunspell keeps scratch state per object, so calls are serialised; the lock also guards
    // `handle` and its loading.
    private let hunspellLock = NSLock()
    private var handle: OpaquePointer?
    // Under the lock: Hunspell is created once, even if creating it fails.
    private var creationTried = false
    private let loadStarted = Atomic(false)
    private let loaded = Atomic(false)

    /// Where Debian installs Hunspell dictionaries.
    public static let systemFolder = URL(fileURLWithPath: "/usr/share/hunspell")

    /// The dictionary `NAME.aff` and `NAME.dic` in `folder`; nil when either is missing.
    public init?(dictionary name: String, in folder: URL = Speller.systemFolder) {
        affixPath = folder.appendingPathComponent(name + ".aff").path
        wordsPath = folder.appendingPathComponent(name + ".dic").path
        guard FileManager.default.isReadableFile(atPath: affixPath), FileManager.default.isReadableFile(atPath: wordsPath) else { return nil }
    }

    deinit {
        if let handle { Hunspell_destroy(handle) }
    }

    /// Starts reading the dictionary on a thread of its own (not one of Dispatch's workers, which
    /// on Linux run Swift's tasks: a task that looks a word up would wait behind itself), so that
    /// it is ready by the first lookup. Later calls do nothing.
    public func startLoading() {
        guard !loadStarted.exchange(true, ordering: .relaxed) else { return }
        let thread = Thread { [self] in waitUntilLoaded() }
        thread.name = "Hunspell dictionary"
        thread.start()
    }

    /// Whether the dictionary has been read; false while it is being read.
    public var isLoaded: Bool {
        loaded.load(ordering: .acquiring)
    }

    /// Reads the dictionary now, if no one has; returns once it is read.
    public func waitUntilLoaded() {
        withHandle { _ in }
    }

    /// Runs `body` with Hunspell, reading the dictionary first if no one has; nil only if
    /// Hunspell could not be created.
    private func withHandle<Result>(_ body: (OpaquePointer) -> Result) -> Result? {
        hunspellLock.withLock {
            if !creationTried {
                creationTried = true
                handle = Hunspell_create(affixPath, wordsPath)
                loaded.store(true, ordering: .releasing)
            }
            return handle.map(body)
        }
    }

    /// Answers already given, shared by every draft: replies repeat the same few thousand words,
    /// and a lookup is a fraction of Hunspell's time. Each table is emptied when it grows past
    /// `cacheLimit`. Under their own lock, not Hunspell's: a thread that finds its answer here
    /// does not wait while another tries hundreds of edits of a misspelt word.
    private struct Answers {
        var known: [WordKey: Bool] = [:]
        var corrections: [WordKey: String?] = [:]
        var lemmas: [WordKey: [String]] = [:]
    }
    private let answers = Mutex(Answers())
    private static let cacheLimit = 100_000

    private static func remember<Value>(_ value: Value, for key: WordKey, in table: inout [WordKey: Value]) {
        if table.count >= cacheLimit { table.removeAll(keepingCapacity: true) }
        table[key] = value
    }

    public func isCorrect(_ word: String) -> Bool {
        let key = WordKey(word)
        if let answer = answers.withLock({ $0.known[key] }) { return answer }
        let answer = isSpelledByDictionary(word)
        answers.withLock { Self.remember(answer, for: key, in: &$0.known) }
        return answer
    }

    /// The dictionary words `word` is a form of, as Hunspell's affix rules derive it (`справочку`
    /// → `справочка`; `гости` → `гость`, `гостить`); empty for a word the dictionary does not know.
    public func lemmas(of word: String) -> [String] {
        let key = WordKey(word)
        if let cached = answers.withLock({ $0.lemmas[key] }) { return cached }
        let lemmas: [String] = withHandle { handle in
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Int(Hunspell_stem(handle, &list, word))
            defer { Hunspell_free_list(handle, &list, Int32(count)) }
            return (0..<count).compactMap { list?[$0].map { String(cString: $0) } }
        } ?? []
        answers.withLock { Self.remember(lemmas, for: key, in: &$0.lemmas) }
        return lemmas
    }

    /// The likeliest correct spelling one edit away, or nil. Hunspell's own suggestion search
    /// takes 50–100 ms a word for Russian and often proposes a rarer word ("Извените" →
    /// "Звените"), so edits are tried here in the order writers make them: a vowel that sounds
    /// alike (е/и, о/а), a doubled or single consonant, a letter too many, a letter missing,
    /// two letters swapped, any other wrong letter, a space left out after a short word
    /// («тоесть» → «то есть»). The first letter is changed only for one that sounds alike:
    /// writers rarely get it wrong, and dropping it turns a word the dictionary lacks into an
    /// unrelated one («списаниями» → «писаниями»). Case is kept as written.
    public func correction(for word: String) -> String? {
        let key = WordKey(word)
        if let cached = answers.withLock({ $0.corrections[key] }) { return cached }
        let correction = findCorrection(for: word)
        answers.withLock { Self.remember(correction, for: key, in: &$0.corrections) }
        return correction
    }

    private func findCorrection(for word: String) -> String? {
        // A UTF-8 scalar is at most 4 bytes: a longer word is out before it is read.
        guard word.utf8.count <= Self.longestCorrected * 4 else { return nil }
        let lower = Array(word.lowercased())
        guard (2...Self.longestCorrected).contains(lower.count) else { return nil }
        let alphabet = lower.contains(where: { $0.isCyrillic }) ? Self.cyrillic : Self.latin
        for candidate in Self.edits(of: lower, alphabet: alphabet) where isSpelledByDictionary(String(candidate)) {
            return Self.withCase(of: word, String(candidate))
        }
        // Two words run together: the first a preposition, particle or conjunction.
        for split in 1...2 where lower.count - split >= 2 {
            let first = String(lower[..<split]), rest = String(lower[split...])
            if isSpelledByDictionary(first), isSpelledByDictionary(rest) { return Self.withCase(of: word, first + " " + rest) }
        }
        return nil
    }

    /// Hunspell without the cache, for the hundreds of candidate edits of one word.
    private func isSpelledByDictionary(_ word: String) -> Bool {
        // Without Hunspell every word passes: better no findings than every word flagged.
        withHandle { Hunspell_spell($0, word) != 0 } ?? true
    }

    /// Longer words get no correction: trying every edit of them costs more than it helps.
    static let longestCorrected = 24

    private struct Alphabet {
        let letters: [Character]
        let vowels: Set<Character>
        /// Vowels that sound alike, so one is written for the other.
        let soundAlike: [Character: [Character]]
    }

    private static let cyrillic = Alphabet(
        letters: Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"), vowels: Set("аеёиоуыэюя"),
        soundAlike: ["а": ["о", "я"], "о": ["а", "ё"], "е": ["и", "я", "ё", "э"], "и": ["е", "ы"], "я": ["е", "а"], "ы": ["и"],
            "ё": ["о", "е"], "э": ["е"], "ю": ["у"], "у": ["ю"]])
    private static let latin = Alphabet(
        letters: Array("abcdefghijklmnopqrstuvwxyz"), vowels: Set("aeiouy"),
        soundAlike: ["a": ["e", "o"], "e": ["a", "i"], "i": ["e", "y"], "o": ["a", "u"], "u": ["o"], "y": ["i"]])

    private static func edits(of word: [Character], alphabet: Alphabet) -> [[Character]] {
        var edits: [[Character]] = []
        for index in word.indices {
            for vowel in alphabet.soundAlike[word[index]] ?? [] {
                var edit = word
                edit[index] = vowel
                edits.append(edit)
            }
        }
        for index in word.indices.dropFirst() where !alphabet.vowels.contains(word[index]) {
            var doubled = word
            doubled.insert(word[index], at: index)
            edits.append(doubled)
        }
        for index in word.indices.dropFirst() {
            var shorter = word
            shorter.remove(at: index)
            edits.append(shorter)
        }
        for index in 1...word.count {
            for letter in alphabet.letters {
                var longer = word
                longer.insert(letter, at: index)
                edits.append(longer)
            }
        }
        for index in word.indices.dropLast() where word[index] != word[index + 1] {
            var swapped = word
            swapped.swapAt(index, index + 1)
            edits.append(swapped)
        }
        for index in word.indices.dropFirst() {
            for letter in alphabet.letters where letter != word[index] {
                var edit = word
                edit[index] = letter
                edits.append(edit)
            }
        }
        return edits
    }

    /// `candidate` in the case `original` is written in: all capitals, a capital first, or as it is.
    static func withCase(of original: String, _ candidate: String) -> String {
        if original.count > 1, original.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return candidate.uppercased() }
        if original.first?.isUppercase == true { return candidate.prefix(1).uppercased() + candidate.dropFirst() }
        return candidate
    }
}

extension Character {
    var isCyrillic: Bool { unicodeScalars.first.map { (0x400...0x4FF).contains($0.value) } ?? false }
}

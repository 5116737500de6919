import Foundation
public import SourceFiles

/// How a style reads words: Snowball stems, and the vocabulary of its rules, numbered. Every
/// stem, exact form and prefix a phrase is written with gets an id when the style loads; each
/// word of a draft is looked up once, and from then on the phrases of every rule compare ids.
/// Most words of a reply are in no rule, so most words are dismissed by one array read per rule.
///
/// The words a worker has read are remembered in a `WordMemory` of its own (with its own
/// stemmer), so a bulk run stems each distinct word about once per thread and the threads do
/// not wait for each other.
public final class Lexicon: @unchecked Sendable {
    public let language: HandbookLanguage
    private let lock = NSLock()
    /// Guarded by `lock`: the stemmer of the style's own words, the vocabulary, idle memories.
    private let stemmer: Stemmer
    private var stemIDs: [WordKey: Int32] = [:]
    private var formIDs: [WordKey: Int32] = [:]
    private var letterIDs: [UInt64: Int32] = [:]
    /// Changes with every new id, so a memory filled before knows its ids are out of date.
    private var generation = 0
    private var idle: [WordMemory] = []

    /// A lexicon for `language`; nil when its Snowball stemmer is missing.
    public init?(language: HandbookLanguage) {
        guard let stemmer = Stemmer(language: language.stemmerAlgorithm) else { return nil }
        self.language = language
        self.stemmer = stemmer
    }

    /// The stem of a word of the style's own files (lower case, `ё` as `е`).
    public func stem(_ word: String) -> String {
        lock.withLock { stemmer.stem(word) }
    }

    // MARK: The vocabulary

    func register(stem: WordKey) -> Int32 { lock.withLock { Self.id(of: stem, in: &stemIDs, generation: &generation) } }
    func register(form: WordKey) -> Int32 { lock.withLock { Self.id(of: form, in: &formIDs, generation: &generation) } }
    /// A prefix pattern is found through the first two letters of the words it may start.
    func register(firstLettersOf prefix: WordKey) -> Int32 {
        lock.withLock { Self.id(of: prefix.firstLettersHash, in: &letterIDs, generation: &generation) }
    }

    private static func id<Key: Hashable>(of key: Key, in table: inout [Key: Int32], generation: inout Int) -> Int32 {
        if let id = table[key] { return id }
        let id = Int32(table.count)
        table[key] = id
        generation += 1
        return id
    }

    /// The ids of a word read from a draft; -1 for the parts no rule mentions.
    fileprivate func ids(form: WordKey, stem: WordKey) -> WordIDs {
        lock.withLock {
            WordIDs(stem: stemIDs[stem] ?? -1, form: formIDs[form] ?? -1, firstLetters: letterIDs[form.firstLettersHash] ?? -1)
        }
    }

    // MARK: Memories

    /// Runs `body` with a memory no other thread uses meanwhile.
    func withMemory<Result>(_ body: (WordMemory) -> Result) -> Result {
        let memory: WordMemory = lock.withLock {
            let memory = idle.popLast() ?? WordMemory(stemmer: Stemmer(language: language.stemmerAlgorithm)!)
            if memory.generation != generation { memory.forget(generation: generation) }
            return memory
        }
        defer { lock.withLock { idle.append(memory) } }
        return body(memory)
    }
}

/// A word's ids in the vocabulary; -1 where the vocabulary has no such stem, form or prefix.
public struct WordIDs: Sendable, Hashable {
    public var stem: Int32
    public var form: Int32
    public var firstLetters: Int32
}

/// What one worker remembers of the words it has read, by the word as written. Used by one
/// thread at a time (the lexicon lends it out); forgets everything when it grows past `limit`,
/// which bounds the memory a stream of made-up words can take.
final class WordMemory {
    struct Entry {
        /// Lower case, `ё` as `е`, combining marks composed.
        var form: WordKey
        var stem: WordKey
        var ids: WordIDs
    }

    private let stemmer: Stemmer
    private var entries: [WordKey: Entry] = [:]
    /// `VerbPerson`'s answers without a lock, for the reader they came from.
    private var secondPersonForms: [WordKey: VerbPerson.Form?] = [:]
    private var secondPersonReader: ObjectIdentifier?
    fileprivate private(set) var generation = -1
    static let limit = 50_000

    fileprivate init(stemmer: Stemmer) {
        self.stemmer = stemmer
    }

    fileprivate func forget(generation: Int) {
        entries.removeAll(keepingCapacity: true)
        self.generation = generation
    }

    func read(_ written: String, lexicon: Lexicon) -> Entry {
        let key = WordKey(written)
        if let entry = entries[key] { return entry }
        let form = WordKey(Stemmer.comparable(Self.composed(written)))
        let stem = WordKey(stemmer.stem(form.text))
        let entry = Entry(form: form, stem: stem, ids: lexicon.ids(form: form, stem: stem))
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
        return entry
    }

    func secondPerson(of form: WordKey, verbs: VerbPerson) -> VerbPerson.Form? {
        guard VerbPerson.mayBeSecondPerson(form) else { return nil }
        if secondPersonReader != verbs.identity || secondPersonForms.count >= Self.limit {
            secondPersonForms.removeAll(keepingCapacity: true)
            secondPersonReader = verbs.identity
        }
        if let known = secondPersonForms[form] { return known }
        let found = verbs.form(of: form)
        secondPersonForms[form] = .some(found)
        return found
    }

    /// A word with combining marks composed (`и` + U+0306 → `й`), so equal words have equal bytes.
    private static func composed(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { (0x300..<0x370).contains($0.value) }) else { return word }
        return word.precomposedStringWithCanonicalMapping
    }
}

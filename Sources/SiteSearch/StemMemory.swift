import SourceFiles
import StyleLint
import Synchronization

/// The stems of the words a worker has met, so that a word is stemmed once per worker, not once
/// per place it is on. Words are looked up by their bytes in a table of their own (a `String`
/// per word, hashed with normalisation, was most of the cost of indexing); stems are numbered
/// per memory. One worker uses a memory at a time: `StemMemories` lends them out, `inout`. A
/// value, not an object: each access to an object's properties is checked for exclusivity at
/// run time, and a book's every word made several.
struct StemMemory: @unchecked Sendable {
    /// Which of its indexing's memories it is: they are numbered from 0 as they are made.
    let id: Int
    private let stemmer: Stemmer
    /// Every stem met, by its number in this memory.
    private(set) var stems: [WordKey] = []
    private var stemNumbers: [WordKey: Int32] = [:]

    /// The words met: their bytes one after another, where each starts, its hash and stem.
    private var wordBytes: [UInt8] = []
    private var wordStarts: [Int] = [0]
    private var wordHashes: [UInt64] = []
    private var wordStems: [Int32] = []
    /// Open addressing: each slot holds a word's number plus one, or zero when free.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    /// By stem number, how often the section being indexed has it: `SearchPage`'s scratch,
    /// all zero between sections.
    var tally: [SearchPage.Occurrences] = []

    fileprivate init(id: Int, stemmer: Stemmer) {
        self.id = id
        self.stemmer = stemmer
    }

    /// The number of the stem of the word written as `bytes` (see `SearchWords`).
    mutating func stem(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let word = Int(slots[slot] - 1)
            if wordHashes[word] == hash, sameBytes(word, bytes) { return wordStems[word] }
            slot = (slot + 1) & mask
        }
        let stem = number(of: WordKey(stemmer.stem(Stemmer.comparable(String(decoding: bytes, as: UTF8.self)))))
        wordBytes.append(contentsOf: bytes)
        wordStarts.append(wordBytes.count)
        wordHashes.append(hash)
        wordStems.append(stem)
        slots[slot] = Int32(wordStems.count)
        if wordStems.count * 2 > slots.count { grow() }
        return stem
    }

    private func sameBytes(_ word: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = wordStarts[word], end = wordStarts[word + 1]
        guard end - start == bytes.count else { return false }
        return wordBytes.withUnsafeBufferPointer { stored in
            UnsafeBufferPointer(rebasing: stored[start..<end]).sameBytes(as: bytes)
        }
    }

    private mutating func number(of stem: WordKey) -> Int32 {
        if let number = stemNumbers[stem] { return number }
        let number = Int32(stems.count)
        stems.append(stem)
        stemNumbers[stem] = number
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for word in wordHashes.indices {
            var slot = Int(truncatingIfNeeded: wordHashes[word]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(word + 1)
        }
    }
}

/// The memories of one indexing, each lent to one worker at a time.
final class StemMemories: Sendable {
    private let language: HandbookLanguage
    private let idle = Mutex<(memories: [StemMemory], made: Int)>(([], 0))

    init(language: HandbookLanguage) {
        self.language = language
    }

    func with<Result>(_ body: (inout StemMemory) -> Result) -> Result {
        var memory = idle.withLock { $0.memories.popLast() } ?? newMemory()
        let result = body(&memory)
        idle.withLock { [memory] in $0.memories.append(memory) }
        return result
    }

    private func newMemory() -> StemMemory {
        let id = idle.withLock { idle -> Int in
            idle.made += 1
            return idle.made - 1
        }
        return StemMemory(id: id, stemmer: Stemmer(language: language.stemmerAlgorithm)!)
    }

    /// Every memory made, by its `id`; called when none is lent out.
    func all() -> [StemMemory] {
        idle.withLock { $0.memories.sorted { $0.id < $1.id } }
    }
}

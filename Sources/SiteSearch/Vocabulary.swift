import StyleLint

/// Every stem the index has met, numbered as met and kept from update to update, so a page that
/// did not change keeps its postings coded by number; only the stems of the memories that stemmed
/// pages again are looked up, once per memory, not once per section. The index then merges
/// numbers, not strings.
struct Vocabulary: Sendable {
    private(set) var terms: [String] = []
    private var numbers = WordNumbers()
    /// Every term's number, in the order JavaScript sorts the terms (by UTF-16 code units), so the
    /// page script can search them by halves.
    private(set) var sorted: [UInt32] = []
    private var added: [UInt32] = []

    /// The number of each of `stems`, giving the next numbers to those it did not have.
    mutating func numbers(of stems: [WordKey]) -> [UInt32] {
        stems.map { numbers.number(of: $0) ?? add($0) }
    }

    private mutating func add(_ stem: WordKey) -> UInt32 {
        let number = UInt32(terms.count)
        terms.append(stem.text)
        numbers.append(stem)
        added.append(number)
        return number
    }

    /// Puts the terms added since the last time in their places in `sorted`.
    mutating func sortAdded() {
        guard !added.isEmpty else { return }
        let terms = self.terms
        func precedes(_ one: UInt32, _ other: UInt32) -> Bool {
            terms[Int(one)].utf16.lexicographicallyPrecedes(terms[Int(other)].utf16)
        }
        if added.count > sorted.count / 16 {
            sorted += added
            sorted.sort(by: precedes)
        } else {
            for number in added {
                var low = 0, high = sorted.count
                while low < high {
                    let middle = (low + high) / 2
                    if precedes(sorted[middle], number) { low = middle + 1 } else { high = middle }
                }
                sorted.insert(number, at: low)
            }
        }
        added = []
    }
}

/// Stems numbered in the order they were added, looked up in a table probed by the hash each
/// `WordKey` carries: a `Dictionary` hashes it again (SipHash) on every look-up, and coding an
/// index looks up every stem of every section, one page after another.
struct WordNumbers: Sendable {
    private var keys: [WordKey] = []
    /// Open addressing: each slot holds a stem's number plus one, or zero when free.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)

    func number(of key: WordKey) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hashValue64) & mask
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            if keys[Int(number)] == key { return number }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Gives `key`, which has no number yet, the next one.
    mutating func append(_ key: WordKey) {
        keys.append(key)
        if keys.count * 2 > slots.count {
            slots = [UInt32](repeating: 0, count: slots.count * 2)
            for number in keys.indices { place(UInt32(number)) }
        } else {
            place(UInt32(keys.count - 1))
        }
    }

    private mutating func place(_ number: UInt32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: keys[Int(number)].hashValue64) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = number + 1
    }
}

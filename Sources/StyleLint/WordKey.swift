import SourceFiles

/// A lower-case word form or stem as the rules compare it: by its UTF-8 bytes, with the hash
/// computed once. Swift's `String` compares and hashes by canonical equivalence, which for
/// Cyrillic means normalising on every lookup; the tokenizer composes combining marks
/// instead (`й` written as `и` + U+0306), so bytes are enough and every dictionary lookup of
/// the linter costs one integer hash.
public struct WordKey: Hashable, Sendable, CustomStringConvertible {
    public let text: String
    /// FNV-1a of the UTF-8 bytes: a table of its own can probe by it without hashing again.
    public let hashValue64: UInt64
    /// The hash of the first two scalars' bytes: the key of prefix patterns (`эскалир*`).
    let firstLettersHash: UInt64

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var firstLetters = hash
        var scalarsSeen = 0
        for byte in text.utf8 {
            // A byte that does not continue a UTF-8 sequence starts a scalar.
            if byte & 0xC0 != 0x80 {
                scalarsSeen += 1
                if scalarsSeen == 3 { firstLetters = hash }
            }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hashValue64 = hash
        firstLettersHash = scalarsSeen >= 3 ? firstLetters : hash
    }

    public static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        guard lhs.hashValue64 == rhs.hashValue64, lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        // Over contiguous bytes: the generic comparison of two UTF-8 views walks them scalar by
        // scalar, and was a tenth of a dictionary look-up's cost.
        let equal = lhs.text.utf8.withContiguousStorageIfAvailable { left in
            rhs.text.utf8.withContiguousStorageIfAvailable { right in left.sameBytes(as: right) }
        }
        return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hashValue64)
    }

    public func hasPrefix(_ prefix: WordKey) -> Bool {
        text.utf8.starts(with: prefix.text.utf8)
    }

    public func hasSuffix(_ suffix: WordKey) -> Bool {
        let bytes = text.utf8, end = suffix.text.utf8
        return bytes.count >= end.count && bytes.suffix(end.count).elementsEqual(end)
    }

    public var description: String { text }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Whether the text holds `needle`, byte for byte in UTF-8. Foundation's `contains` compares
    /// as Unicode text with a locale and takes about a hundred times longer; reading every page
    /// of a handbook for a few ASCII markers with it cost a third of a whole build.
    public func containsBytes(_ needle: StaticString) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { text in
            needle.withUTF8Buffer { pattern in Self.find(pattern, in: text) }
        }
        if let found { return found }
        // A bridged string keeps no UTF-8 of its own; a copy made contiguous does.
        var copy = String(self)
        return copy.withUTF8 { text in needle.withUTF8Buffer { pattern in Self.find(pattern, in: text) } }
    }

    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.firstIndex(of: pattern, from: 0) != nil
    }
}

/// Tests on eight bytes at once, for scans of megabytes for a byte that is rare there: a word
/// the test rules out is passed over whole, and only the others are read byte by byte.
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes of `word` is `byte`.
    @inlinable public static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highs != 0
    }

    /// Whether any of the eight bytes of `word` is below `limit` (at most 0x80).
    @inlinable public static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The first index at or after `start` where `matches` holds, skipping every eight bytes
    /// for which `mayMatch` (see `ByteWord`) is false.
    @inlinable public func firstIndex(from start: Int, skippingWords mayMatch: (UInt64) -> Bool, where matches: (Int) -> Bool) -> Int? {
        guard let base = baseAddress else { return nil }
        var index = Swift.max(start, 0)
        while index + 8 <= count {
            if mayMatch(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                for offset in index..<(index + 8) where matches(offset) { return offset }
            }
            index += 8
        }
        while index < count {
            if matches(index) { return index }
            index += 1
        }
        return nil
    }

    /// Where `pattern` first stands at or after `start`: memchr for one of its bytes, then
    /// memcmp. The byte looked for is its first that is no space, letter or digit (`=` of
    /// ` id="`), which text has far more rarely: a search led by a space stopped at every word.
    public func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !pattern.isEmpty else { return start <= count ? start : nil }
        guard let base = baseAddress, let patternBase = pattern.baseAddress, start >= 0, count >= pattern.count else { return nil }
        let key = pattern.firstIndex { byte in
            switch byte {
            case 0x20, 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...: false
            default: true
            }
        } ?? 0
        let last = count - pattern.count
        var index = start
        while index <= last {
            guard let hit = memchr(base + index + key, Int32(pattern[key]), last - index + 1) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - key
            if memcmp(base + found, patternBase, pattern.count) == 0 { return found }
            index = found + 1
        }
        return nil
    }

    /// Whether both hold the same bytes: one `memcmp`, where the generic `elementsEqual` walks
    /// two iterators byte by byte (the search index compares every word of a book so).
    public func sameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }
}

extension Array where Element == UInt8 {
    /// Removes in place, from `start` on (where a character begins), every character `length`
    /// tells how many bytes to drop for (0 keeps it), reading first with `firstIndex(from:
    /// skippingWords:where:)`: an array that holds none is only read, never copied or written.
    @inlinable public mutating func removeCharacters(
        from start: Int, skippingWords mayStart: (UInt64) -> Bool, length: (UnsafeBufferPointer<UInt8>, Int) -> Int
    ) {
        guard let first = withUnsafeBufferPointer({ bytes in bytes.firstIndex(from: start, skippingWords: mayStart, where: { length(bytes, $0) > 0 }) })
        else { return }
        let kept = withUnsafeMutableBufferPointer { bytes in
            var read = first, write = first
            while read < bytes.count {
                let dropped = length(UnsafeBufferPointer(bytes), read)
                if dropped == 0 {
                    bytes[write] = bytes[read]
                    write += 1
                    read += 1
                } else {
                    read += dropped
                }
            }
            return write
        }
        removeLast(count - kept)
    }

    /// Whether both hold the same bytes, with one `memcmp` (see `UnsafeBufferPointer.sameBytes`).
    public func sameBytes(as other: [UInt8]) -> Bool {
        withUnsafeBufferPointer { first in other.withUnsafeBufferPointer { first.sameBytes(as: $0) } }
    }
}

/// A `String` as a dictionary key, hashed and compared by its UTF-8 bytes. `String` hashes a
/// non-ASCII text in its normalised form, checking every scalar first; for keys one program
/// writes and reads back (link destinations, paths) the bytes are what tells them apart.
public struct ExactString: Hashable, Sendable {
    public let string: String

    public init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    public func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (one: ExactString, other: ExactString) -> Bool {
        var one = one.string, other = other.string
        return one.withUTF8 { first in other.withUTF8 { first.sameBytes(as: $0) } }
    }
}

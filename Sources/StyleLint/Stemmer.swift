internal import CStemmer
import Foundation

/// Snowball's Russian stemmer: `данного`, `данной`, `данный` all become `дан`, so one entry of a
/// rule catches every inflected form. Snowball keeps state per stemmer, so each instance is used
/// by one thread at a time (the lock makes sharing safe, not fast; give each worker its own).
public final class Stemmer: @unchecked Sendable {
    private let stemmer: OpaquePointer
    private let lock = NSLock()

    /// A stemmer for `language` (a Snowball algorithm name: `russian`, `english`…); nil if unknown.
    public init?(language: String) {
        guard let stemmer = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    /// `ё` written as `е`, so both spellings compare equal.
    public static func normalise(_ word: String) -> String {
        word.contains("ё") ? word.replacingOccurrences(of: "ё", with: "е") : word
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a lower-case word. `ё` is spelled `е` first, as most writers do.
    public func stem(_ word: String) -> String {
        let normalised = Self.normalise(word)
        lock.lock()
        defer { lock.unlock() }
        var utf8 = Array(normalised.utf8)
        return utf8.withUnsafeMutableBufferPointer { buffer in
            guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else { return normalised }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}

internal import CStemmer
import Foundation

/// Snowball's Russian stemmer: `данного`, `данной`, `данный` all become `дан`, so one entry of a
/// rule catches every inflected form. Snowball keeps state per stemmer, so an instance serves one
/// thread at a time: the `Lexicon` gives each worker its own.
public final class Stemmer {
    private let stemmer: OpaquePointer

    /// A stemmer for `language` (a Snowball algorithm name: `russian`, `english`…); nil if unknown.
    public init?(language: String) {
        guard let stemmer = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    /// A word as rules compare it: lower case, `ё` as `е`. Russian and ASCII letters are mapped
    /// directly, which is several times faster than `lowercased()`; other scripts use it.
    public static func comparable(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x410...0x42F: view.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x401, 0x451, 0x415: view.append("е")
            case 0x0...0x7F, 0x430...0x44F: view.append(scalar)
            default: return normalise(word.lowercased())
            }
        }
        return String(view)
    }

    /// `ё` written as `е`, so both spellings compare equal.
    public static func normalise(_ word: String) -> String {
        guard word.unicodeScalars.contains("ё") else { return word }
        var view = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { view.append(scalar == "ё" ? "е" : scalar) }
        return String(view)
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a lower-case word. `ё` is spelled `е` first, as most writers do.
    public func stem(_ word: String) -> String {
        let normalised = Self.normalise(word)
        var utf8 = Array(normalised.utf8)
        return utf8.withUnsafeMutableBufferPointer { buffer in
            guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else { return normalised }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}

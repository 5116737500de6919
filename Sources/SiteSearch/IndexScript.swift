import Foundation
import ParallelMap
import SourceFiles

/// `search/index.js`: `handbookSearch.addIndex({...})` with
///
/// - `pages`: `[id, parent page's number or -1, title, number of sections]`; a page's file is its
///   id + `.html`;
/// - `sections`, page by page: `[title or 0 for the page's title, anchor, length in words]`, and
///   for an `h3` the number among its page's sections of the `h2` it is under; the anchor is `""`
///   for the top of the page and 0 when it is the title in lower case with hyphens for spaces
///   (`SearchPage` writes a page's sections once, as they depend on nothing else);
/// - `terms`: the stems, sorted as JavaScript compares strings, in one string: each is a letter
///   (`A` + how many UTF-16 units it shares with the one before, at most 25) and the rest of it,
///   then a space;
/// - `postings`: per stem, a string of numbers, each the section's distance from the previous
///   posting's times 16, plus 8 when the stem is in the section's title, plus its occurrences in
///   the text (at most 7); a number is written in base 32, its last digit from `digits`' first
///   half and the others from its second.
///
/// The index is the part of search every reader loads, so it is kept small: in the bundled
/// handbook it is under a third of the text it indexes.
struct IndexScript {
    static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)
    static let sharedLimit = 25

    let data: Data

    init(language: HandbookLanguage, pages: [SearchPage], vocabulary: Vocabulary) {
        var out: [UInt8] = []
        out.write("handbookSearch.addIndex({\"language\":")
        ScriptJSON.write(language.rawValue, to: &out)
        out.write(",\"pages\":[")
        let numbers = Dictionary(pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, page) in pages.enumerated() {
            if number > 0 { out.write(UInt8(ascii: ",")) }
            out.write(UInt8(ascii: "["))
            ScriptJSON.write(page.id, to: &out)
            out.write(",\(page.parent.flatMap { numbers[$0] } ?? -1),")
            ScriptJSON.write(page.title, to: &out)
            out.write(",\(page.sections.count)]")
        }
        out.write("],\"sections\":[")
        for (number, page) in pages.enumerated() {
            if number > 0 { out.write(UInt8(ascii: ",")) }
            out += page.sectionsScript
        }
        let postings = Self.postingsByTerm(pages, terms: vocabulary.terms.count)
        let terms = vocabulary.sorted.filter { postings.starts[Int($0)] < postings.starts[Int($0) + 1] }
        out.write("],\"terms\":")
        ScriptJSON.write(Self.frontCoded(terms.map { vocabulary.terms[Int($0)] }), to: &out)
        out.write(",\"postings\":[")
        // Written in parts on every core, then joined: the one-core tail of making the index.
        let parts = Self.parts(of: terms, postings: postings.starts, count: 16)
        for (number, part) in parts.concurrentMap({ Self.postingsScript(of: terms[$0], postings: postings) }).enumerated() {
            if number > 0 { out.write(UInt8(ascii: ",")) }
            out += part
        }
        out.write("]});\n")
        data = Data(out)
    }

    /// The anchor the script makes of a title when the index gives 0: the title in lower case with
    /// hyphens for spaces. Only for titles of Russian and ASCII letters, digits, spaces and hyphens,
    /// which every browser lowers alike; nil for others.
    static func simpleAnchor(_ title: String) -> String? {
        RussianLetter.anchor(title, dropsOtherASCII: false, noBreakSpaceIsSpace: true).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Each term as how much it shares with the one before and the rest of it.
    static func frontCoded(_ terms: [String]) -> String {
        var result = ""
        var previous: [Unicode.Scalar] = []
        for term in terms {
            let scalars = Array(term.unicodeScalars)
            var shared = 0, sharedUnits = 0
            while shared < min(scalars.count, previous.count), scalars[shared] == previous[shared],
                sharedUnits + scalars[shared].utf16.count <= sharedLimit {
                sharedUnits += scalars[shared].utf16.count
                shared += 1
            }
            result.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(sharedUnits)))
            result.unicodeScalars.append(contentsOf: scalars[shared...])
            result += " "
            previous = scalars
        }
        return result
    }

    /// Every term's postings, the section's number times 16 plus the flags, in one array: a
    /// term's are `all[starts[term]..<starts[term + 1]]`, in section order. Counted first, then
    /// placed, so no term has an array of its own.
    static func postingsByTerm(_ pages: [SearchPage], terms: Int) -> (all: [UInt32], starts: [Int]) {
        var starts = [Int](repeating: 0, count: terms + 1)
        for page in pages {
            for codes in page.postings {
                for code in codes { starts[Int(code >> 4) + 1] += 1 }
            }
        }
        for term in 0..<terms { starts[term + 1] += starts[term] }
        var next = starts
        let all = [UInt32](unsafeUninitializedCapacity: starts[terms]) { all, count in
            var section: UInt32 = 0
            for page in pages {
                for codes in page.postings {
                    for code in codes {
                        let term = Int(code >> 4)
                        all.initializeElement(at: next[term], to: section << 4 | code & 15)
                        next[term] += 1
                    }
                    section += 1
                }
            }
            count = starts[terms]
        }
        return (all, starts)
    }

    /// `terms` cut into up to `count` runs of about as many postings each.
    private static func parts(of terms: [UInt32], postings starts: [Int], count: Int) -> [Range<Int>] {
        let total = terms.reduce(0) { $0 + starts[Int($1) + 1] - starts[Int($1)] }
        var parts: [Range<Int>] = []
        var start = 0, sum = 0
        for (index, term) in terms.enumerated() {
            sum += starts[Int(term) + 1] - starts[Int(term)]
            if sum * count >= total * (parts.count + 1) || index == terms.count - 1 {
                parts.append(start..<(index + 1))
                start = index + 1
            }
        }
        return parts.isEmpty ? [0..<0] : parts
    }

    /// The `postings` entries of `terms`, each a string of base-32 numbers, joined by commas.
    private static func postingsScript(of terms: ArraySlice<UInt32>, postings: (all: [UInt32], starts: [Int])) -> [UInt8] {
        var out: [UInt8] = []
        digits.withUnsafeBufferPointer { digits in
            for (index, term) in terms.enumerated() {
                if index > 0 { out.write(UInt8(ascii: ",")) }
                out.write(UInt8(ascii: "\""))
                var previous: UInt32 = 0
                // A term's postings are in section order, so the distances are never negative.
                for posting in postings.all[postings.starts[Int(term)]..<postings.starts[Int(term) + 1]] {
                    writeNumber(Int((posting >> 4) - previous) << 4 | Int(posting & 15), digits: digits, to: &out)
                    previous = posting >> 4
                }
                out.write(UInt8(ascii: "\""))
            }
        }
        return out
    }

    private static func writeNumber(_ value: Int, digits: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var places = 1
        while value >> (5 * places) > 0 { places += 1 }
        // Most significant first; the last digit from the first half of `digits`.
        for place in stride(from: places - 1, through: 0, by: -1) {
            out.append(digits[(place == 0 ? 0 : 32) + ((value >> (5 * place)) & 31)])
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What differs between a document's targets is left as marks in one render of the tree, and
/// each target's HTML is that render with its own text put in at the marks: cmark-gfm renders a
/// page once instead of once per target, and headings need no render of their own for their id.
///
/// A mark is `%01%02`, a letter for its kind, a number and `%03`. cmark-gfm prints it as it is
/// where it stands (a link's destination, a custom block's or inline's markup), and text that
/// happens to print the same (a page about URL escapes) is caught by ``marks(in:expected:)``:
/// every mark set is printed exactly once (the caller sets none where cmark-gfm would print
/// nothing, in an image's description), so any text that looks like one makes a count that is
/// off, which sends the caller back to rendering per target.
enum TargetMarks {
    enum Kind: UInt8 {
        /// A link's or image's destination.
        case link = 0x4C
        /// The end of a heading's opening tag, where its id goes.
        case heading = 0x48
        /// A definition term's id.
        case term = 0x54
        /// A fenced block the targets render their own way.
        case block = 0x42
    }

    static func mark(_ kind: Kind, _ number: Int) -> String {
        "%01%02" + String(UnicodeScalar(kind.rawValue)) + String(number) + "%03"
    }

    private static let opening = Array("%01%02".utf8)
    private static let closing = Array("%03".utf8)

    struct Mark {
        let kind: Kind
        let number: Int
        /// The mark's bytes in the render; a block's take the line break after it too.
        let range: Range<Int>
    }

    /// The marks in `html`, in order, when each of `expected` (kind → how many were set) is
    /// there once and nothing else looks like a mark; nil otherwise.
    static func marks(in html: UnsafeBufferPointer<UInt8>, expected: [Kind: Int]) -> [Mark]? {
        var found: [Mark] = []
        var seen = expected.mapValues { [Bool](repeating: false, count: $0) }
        var index = 0
        while let start = find(opening, in: html, from: index) {
            var cursor = start + opening.count
            guard cursor < html.count, let kind = Kind(rawValue: html[cursor]) else { return nil }
            cursor += 1
            var number = 0
            let digits = cursor
            while cursor < html.count, (0x30...0x39).contains(html[cursor]), cursor - digits < 9 {
                number = number * 10 + Int(html[cursor] - 0x30)
                cursor += 1
            }
            guard cursor > digits, html[cursor...].starts(with: closing) else { return nil }
            cursor += closing.count
            guard number < seen[kind]?.count ?? 0, seen[kind]![number] == false else { return nil }
            seen[kind]![number] = true
            switch kind {
            case .heading:
                // Straight after the `<hN>` cmark-gfm opened the heading with.
                guard start >= 4, html[start - 4] == UInt8(ascii: "<"), html[start - 3] == UInt8(ascii: "h"),
                    (0x31...0x36).contains(html[start - 2]), html[start - 1] == UInt8(ascii: ">")
                else { return nil }
            case .block:
                guard cursor < html.count, html[cursor] == UInt8(ascii: "\n") else { return nil }
                cursor += 1
            case .link, .term:
                break
            }
            found.append(Mark(kind: kind, number: number, range: start..<cursor))
            index = cursor
        }
        guard seen.values.allSatisfy({ $0.allSatisfy { $0 } }) else { return nil }
        return found
    }

    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            guard let base = haystack.baseAddress,
                let hit = memchr(base + index, Int32(first), haystack.count - index - needle.count + 1)
            else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if needle.withUnsafeBufferPointer({ memcmp(base + position, $0.baseAddress!, needle.count) == 0 }) { return position }
            index = position + 1
        }
        return nil
    }

    /// A destination as cmark-gfm prints it in `href` and `src`: `&` and `'` as entities, bytes
    /// outside URL syntax as `%XX`, the rest as they are.
    static func writeHref(_ url: String, to out: inout [UInt8]) {
        for byte in url.utf8 {
            if hrefSafe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// cmark-gfm's `HREF_SAFE`: letters, digits and `-_.+!*(),%#@?=;:/$~`.
    private static let hrefSafe: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
    }
}

import Foundation

/// A part of a page a search result leads to: the page's text before its first `h2`, or the
/// text under one `h2` or `h3` heading.
struct SearchSection: Sendable, Equatable {
    /// The heading's id; empty for the top of the page.
    var anchor: String
    /// The heading's text, or the page's title for the top of the page.
    var title: String
    /// The number among the page's sections of the `h2` an `h3` is under, for the section's path.
    var parent: Int?
    /// The visible text, spaces collapsed, as UTF-8: it is only cut into words and written into
    /// a script, and a `String` would check every page's text as UTF-8 once more.
    var text: [UInt8]
}

/// The visible text of a rendered page body, cut at its `h2` and `h3` headings, after the page's
/// summary, which the contents lists show for it. The body is the renderer's own HTML (every
/// heading has its id), so a small scanner reads it; what a reader does not read as the page's
/// text is left out: scripts, buttons, forms (the gallery's filters), lists of pages (`nav`) and
/// the `h1`, which is the page's title.
enum PageText {
    static func sections(ofBody html: [UInt8], pageTitle: String, summary: String?) -> [SearchSection] {
        html.withUnsafeBufferPointer { sections(of: $0, pageTitle: pageTitle, summary: summary) }
    }

    private static func sections(of bytes: UnsafeBufferPointer<UInt8>, pageTitle: String, summary: String?) -> [SearchSection] {
        var sections = [SearchSection(anchor: "", title: pageTitle, parent: nil, text: Array((summary ?? "").utf8))]
        var heading: (level: Int, anchor: String)?
        var lastH2: Int?
        // The names of the skipped elements open around the scanner, innermost last.
        var skipping: [TagName] = []
        // The text read so far, white space collapsed as it is written: never longer than the
        // HTML it comes from (a tag or a reference is longer than what it leaves).
        var text = Text(capacity: bytes.count)

        func finishText() {
            let collapsed = text.take()
            if let heading {
                if heading.level == 2 { lastH2 = sections.count }
                let title = String(decoding: collapsed, as: UTF8.self)
                sections.append(SearchSection(anchor: heading.anchor, title: title, parent: heading.level == 3 ? lastH2 : nil, text: []))
            } else {
                let last = sections.count - 1
                if !sections[last].text.isEmpty, !collapsed.isEmpty { sections[last].text.append(UInt8(ascii: " ")) }
                sections[last].text += collapsed
            }
        }

        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = find(UInt8(ascii: ">"), in: bytes, from: index + 1) {
                let tag = Tag(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]))
                index = end + 1
                if let open = skipping.last {
                    if tag.name == open { if tag.closing { skipping.removeLast() } else { skipping.append(open) } }
                    continue
                }
                switch tag.name.kind {
                case .skipped where !tag.closing && !tag.selfClosing:
                    skipping.append(tag.name)
                case .heading(let level) where !tag.closing:
                    if let anchor = tag.id {
                        finishText()
                        heading = (level, anchor)
                    } else {
                        text.space()
                    }
                case .heading where heading != nil:
                    finishText()
                    heading = nil
                case .inline:
                    break
                default:
                    text.space()
                }
                continue
            }
            guard skipping.isEmpty else {
                index = find(UInt8(ascii: "<"), in: bytes, from: index + 1) ?? bytes.count
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, width) = Entity.decode(bytes, at: index) {
                for byte in decoded.utf8 { text.append(byte) }
                index += width
                continue
            }
            index = text.appendRun(of: bytes, from: index)
        }
        finishText()
        // The top of a page that starts with a heading has no text of its own: a result would only repeat the heading's.
        if sections.count > 1, sections[0].text.isEmpty {
            sections.removeFirst()
            for index in sections.indices { sections[index].parent = sections[index].parent.map { $0 - 1 } }
        }
        return sections
    }

    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress, let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// A piece of text being read: runs of white space become one space, none at the ends.
    private struct Text: ~Copyable {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private var count = 0
        private var start = 0
        private var pendingSpace = false

        init(capacity: Int) {
            buffer = .allocate(capacity: max(capacity, 1))
        }

        /// A space, written only if something follows it.
        mutating func space() {
            pendingSpace = count > start
        }

        /// Appends the text from `start` (whatever its first byte) up to the next tag or
        /// reference; returns where it stopped. One pass: most of a page's bytes come here.
        mutating func appendRun(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            append(bytes[start])
            var index = start + 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte > 0x26 {
                    if byte == UInt8(ascii: "<") { break }
                    write(byte)
                } else if byte == UInt8(ascii: "&") {
                    break
                } else {
                    append(byte)
                }
                index += 1
            }
            return index
        }

        mutating func append(_ byte: UInt8) {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { return space() }
            write(byte)
        }

        /// A byte that is no white space.
        private mutating func write(_ byte: UInt8) {
            if pendingSpace {
                buffer[count] = 0x20
                count += 1
                pendingSpace = false
            }
            buffer[count] = byte
            count += 1
        }

        /// The text since the last take.
        mutating func take() -> [UInt8] {
            let text = Array(UnsafeBufferPointer(rebasing: buffer[start..<count]))
            start = count
            pendingSpace = false
            return text
        }

        deinit {
            buffer.deallocate()
        }
    }
}

/// A tag's name, in lower case, its first eight bytes packed in a number: enough to tell the
/// names the scanner knows apart (none is longer) without making a `String` of every tag.
private struct TagName: Equatable {
    let packed: UInt64

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        var packed: UInt64 = 0
        for (index, byte) in bytes.prefix(8).enumerated() {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            packed |= UInt64(lower) << (8 * UInt64(index))
        }
        // A longer name is none the scanner knows, and is only ever compared with those it knows.
        self.packed = bytes.count > 8 ? .max : packed
    }

    init(_ name: StaticString) {
        self.init(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    enum Kind: Equatable {
        /// What a reader does not read as the page's text: scripts, buttons, forms (the
        /// gallery's filters), lists of pages (`nav`), and the `h1`, which is the page's title.
        case skipped
        /// Inside a line of text: its tags part no words.
        case inline
        case heading(level: Int)
        case other
    }

    private static let kinds: [(TagName, Kind)] =
        (["script", "style", "button", "form", "nav", "select", "template", "h1"] as [StaticString]).map { (TagName($0), .skipped) }
        + (["a", "abbr", "b", "code", "del", "em", "i", "kbd", "mark", "s", "small", "span", "strong", "sub", "sup", "u"] as [StaticString])
            .map { (TagName($0), .inline) }
        + [(TagName("h2"), .heading(level: 2)), (TagName("h3"), .heading(level: 3))]

    var kind: Kind {
        Self.kinds.first { $0.0 == self }?.1 ?? .other
    }
}

/// A tag's name and what the scanner needs of its attributes.
private struct Tag {
    let name: TagName
    let closing: Bool
    let selfClosing: Bool
    private let rest: Slice<UnsafeBufferPointer<UInt8>>

    init(_ inside: UnsafeBufferPointer<UInt8>) {
        closing = inside.first == UInt8(ascii: "/")
        selfClosing = inside.last == UInt8(ascii: "/")
        let start = inside.startIndex + (closing ? 1 : 0)
        let end = inside[start...].firstIndex { !($0.isASCIILetter || (0x30...0x39).contains($0)) } ?? inside.endIndex
        name = TagName(inside[start..<end])
        rest = inside[end...]
    }

    /// The `id` attribute's value, entities decoded.
    var id: String? { Self.attribute("id", in: rest) }

    /// A double-quoted attribute's value, entities decoded: the renderer quotes every attribute so.
    private static func attribute(_ name: String, in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let key = Array((" " + name + "=\"").utf8)
        var index = bytes.startIndex
        while index + key.count <= bytes.endIndex {
            if bytes[index..<(index + key.count)].elementsEqual(key) {
                let valueStart = index + key.count
                guard let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return Entity.decodeAll(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
            }
            index += 1
        }
        return nil
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}

/// The character references HTML output holds: the five the escaper writes, `&nbsp;` and numeric ones.
private enum Entity {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    /// The text `&…;` at `index` stands for and how many bytes it takes; nil when it is no reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, Int)? {
        let limit = min(bytes.count, index + 12)
        guard let end = bytes[(index + 1)..<limit].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        let width = end - index + 1
        if let text = named[name] { return (text, width) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (String(Character(scalar)), width)
    }

    static func decodeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result = ""
        var index = 0
        var plain = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (text, width) = decode(bytes, at: index) {
                result += String(decoding: bytes[plain..<index], as: UTF8.self) + text
                index += width
                plain = index
            } else {
                index += 1
            }
        }
        return result + String(decoding: bytes[plain..<bytes.count], as: UTF8.self)
    }
}

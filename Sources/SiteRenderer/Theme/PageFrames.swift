import HandbookKit
import Markdown
internal import Mustache
import Synchronization

/// What one page puts into the template, split into the parts that decide the page's structure
/// (which sections render) and the per-page text filled into it.
struct PageValues {
    var isHome: Bool
    var titleInBody: Bool
    /// Per-page text by template name; nil or empty values are part of the page's shape.
    var texts: [String: String?]
    /// Per-page `{url, title}` pairs (`previous`, `next`).
    var links: [String: [String: String]?]
}

/// Renders the page template once per page shape, with markers where per-page text goes, and
/// then only fills in text for each page. Pages of a book share a handful of shapes, so the
/// template engine runs a handful of times instead of once per page.
///
/// A marker holds `&`, which the template escapes in `{{name}}` and keeps in `{{{name}}}`, so
/// each value is filled in escaped or raw exactly as the template asked. Markers start with a
/// private-use character. A page's own texts are filled in after the frame is split at its
/// markers, so they cannot pass for one; what the template engine itself writes into the frame
/// could, so a book whose constants or template hold that character, and templates that apply
/// transforms to values (`{{uppercased(title)}}`), render page by page through the engine.
final class PageFrames: @unchecked Sendable {
    private let template: MustacheTemplate
    /// Values that are the same for every page (book title, interface words…).
    private let constants: [String: Any]
    /// Whether pages may be spliced into frames at all.
    private let splices: Bool
    private let frames = Mutex<[String: Frame]>([:])

    init(template: MustacheTemplate, source: String, constants: [String: Any]) {
        self.template = template
        self.constants = constants
        splices = !Self.hasTransform(source) && !source.unicodeScalars.contains(Self.leadScalar) && !Self.holdsLead(constants)
    }

    /// Slots 0 and 1 are the page's content and sidebar; text values follow.
    private enum Slot: Equatable {
        case literal(Range<Int>)
        case value(Int, escaped: Bool)
    }

    private struct Frame {
        var bytes: [UInt8]
        var slots: [Slot]
    }

    private static let leadScalar: Unicode.Scalar = "\u{F8FF}"  // a private-use character
    private static let lead: [UInt8] = [0xEF, 0xA3, 0xBF]
    private static func marker(_ index: Int) -> String { "\u{F8FF}\(index)&\u{F8FF}" }

    /// The page in its frame, without a character an HTML page may not hold (see
    /// `HTMLText.removingUnshowable`): `content` is a page body, showable already (see
    /// `PageBody`); the frame's own parts are made so here, so a body is never read again.
    func render(_ page: PageValues, content: [UInt8], sidebar: (inout [UInt8]) -> Void) -> [UInt8] {
        guard splices else { return HTMLText.removingUnshowable(renderWhole(page, content: content, sidebar: sidebar)) }
        let (frame, texts) = frameAndTexts(for: page)
        var html: [UInt8] = []
        html.reserveCapacity(frame.bytes.count + content.count + 64 * 1024)
        frame.bytes.withUnsafeBufferPointer { bytes in
            for slot in frame.slots {
                let start = html.count
                switch slot {
                case .literal(let range):
                    html.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                case .value(0, _):
                    html += content
                    continue
                case .value(1, _):
                    sidebar(&html)
                case .value(let index, let escaped):
                    let text = texts[index - 2]
                    html += (escaped ? HTMLText.escape(text) : text).utf8
                }
                HTMLText.removeUnshowable(in: &html, from: start)
            }
        }
        return html
    }

    /// The page through the template engine, with its content and sidebar as values.
    private func renderWhole(_ page: PageValues, content: [UInt8], sidebar: (inout [UInt8]) -> Void) -> [UInt8] {
        var context = constants
        context["isHome"] = page.isHome
        context["titleInBody"] = page.titleInBody
        context["content"] = String(decoding: content, as: UTF8.self)
        var sidebarBytes: [UInt8] = []
        sidebar(&sidebarBytes)
        context["sidebar"] = String(decoding: sidebarBytes, as: UTF8.self)
        for (name, value) in page.texts { context[name] = value }
        for (name, link) in page.links { context[name] = link }
        return Array(template.render(context).utf8)
    }

    /// The frame for this page's shape (made on first use) and the page's texts in slot order.
    private func frameAndTexts(for page: PageValues) -> (Frame, [String]) {
        var texts: [String] = []
        var shape = "\(page.isHome ? 1 : 0)\(page.titleInBody ? 1 : 0)"
        var context = constants
        context["isHome"] = page.isHome
        context["titleInBody"] = page.titleInBody
        context["content"] = Self.marker(0)
        context["sidebar"] = Self.marker(1)
        func slot(_ value: String?) -> String? {
            guard let value, !value.isEmpty else {
                shape += value == nil ? "n" : "e"
                return value
            }
            shape += "v"
            texts.append(value)
            return Self.marker(texts.count + 1)
        }
        for (name, value) in page.texts.sorted(by: { $0.key < $1.key }) {
            context[name] = slot(value)
        }
        for (name, link) in page.links.sorted(by: { $0.key < $1.key }) {
            guard let link else {
                shape += "-"
                continue
            }
            var filled: [String: String] = [:]
            for (field, value) in link.sorted(by: { $0.key < $1.key }) { filled[field] = slot(value) }
            context[name] = filled
        }
        if let frame = frames.withLock({ $0[shape] }) { return (frame, texts) }
        let frame = Self.parse(Array(template.render(context).utf8), valueCount: texts.count)
        frames.withLock { $0[shape] = frame }
        return (frame, texts)
    }

    /// Splits rendered output at the markers of the content, the sidebar and `valueCount` texts.
    private static func parse(_ bytes: [UInt8], valueCount: Int) -> Frame {
        var slots: [Slot] = []
        var literalStart = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == lead[0], let (slot, end) = markerAt(index, in: bytes), case .value(let number, _) = slot, number < valueCount + 2 else {
                index += 1
                continue
            }
            if literalStart < index { slots.append(.literal(literalStart..<index)) }
            slots.append(slot)
            index = end
            literalStart = end
        }
        if literalStart < bytes.count { slots.append(.literal(literalStart..<bytes.count)) }
        return Frame(bytes: bytes, slots: slots)
    }

    /// Reads `U+F8FF digits & U+F8FF` or `U+F8FF digits &amp; U+F8FF` at `start`.
    private static func markerAt(_ start: Int, in bytes: [UInt8]) -> (Slot, end: Int)? {
        guard bytes[start...].starts(with: lead) else { return nil }
        var position = start + lead.count
        var number = 0
        let digitsStart = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]), position - digitsStart < 6 {
            number = number * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position > digitsStart else { return nil }
        let raw: [UInt8] = Array("&".utf8) + lead
        let escaped: [UInt8] = Array("&amp;".utf8) + lead
        if bytes[position...].starts(with: raw) { return (.value(number, escaped: false), position + raw.count) }
        if bytes[position...].starts(with: escaped) { return (.value(number, escaped: true), position + escaped.count) }
        return nil
    }

    /// Whether a value (text, or a dictionary or list of them) holds the markers' first character.
    private static func holdsLead(_ value: Any) -> Bool {
        switch value {
        case let text as String: text.unicodeScalars.contains(leadScalar)
        case let dictionary as [String: Any]: dictionary.values.contains(where: holdsLead)
        case let list as [Any]: list.contains(where: holdsLead)
        default: false
        }
    }

    /// Whether any tag applies a transform, like `{{uppercased(title)}}`. A template that sets
    /// other delimiters (`{{=<% %>=}}`) counts as one: its tags are not read here.
    private static func hasTransform(_ source: String) -> Bool {
        var inTag = false
        var tagStart = true
        var previous: Character = " "
        for character in source {
            if !inTag, previous == "{", character == "{" {
                inTag = true
                tagStart = true
                previous = " "
                continue
            }
            if inTag, previous == "}", character == "}" { inTag = false }
            if inTag, character == "(" { return true }
            if inTag, tagStart, !character.isWhitespace {
                if character == "=" { return true }
                tagStart = false
            }
            previous = character
        }
        return false
    }
}

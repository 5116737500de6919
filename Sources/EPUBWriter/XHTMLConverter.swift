/// Rewrites an HTML fragment as XHTML that an e-reader's XML parser accepts and epubcheck
/// passes. cmark-gfm's own output needs little (`<br>`, valueless attributes, `align` on table
/// cells); raw HTML that a handbook lets through may be anything, so the converter parses it as
/// an HTML parser would (unclosed and stray tags, unquoted attributes, named entities), keeps the
/// elements and attributes an EPUB page may hold, and says what it had to leave out.
struct XHTMLConverter {
    /// What becomes of an address in the page.
    enum Address: Equatable {
        /// Kept, as written or rewritten.
        case keep(String)
        /// Outside the book: a link stays one; an image, which an EPUB may not load from outside,
        /// becomes a link to it.
        case external(String)
        /// Leads to nothing in the book: a link becomes plain text, an image its description.
        case missing
        /// An image in the book of a type readers need not show; its description stands in.
        case unsupportedImage
    }

    /// Decides about the `href` of a link (`isImage` false) and the `src` of an image.
    let address: (_ value: String, _ isImage: Bool) -> Address

    /// The ids the page ended up with, for checking links into it.
    private(set) var ids: Set<String> = []
    /// What had to change, in words for a diagnostic; each once.
    private(set) var problems: [String] = []
    private var problemsNoted: Set<String> = []

    private var input: [UInt8] = []
    private var position = 0
    private var output: [UInt8] = []
    private var open: [String] = []
    /// Where each open element's name stands in `open`, innermost last: finding the innermost
    /// open element of a kind takes a look per name, not a walk down the stack, so deeply nested
    /// lists and quotes convert in linear time.
    private var openPositions: [String: [Int]] = [:]

    init(address: @escaping (_ value: String, _ isImage: Bool) -> Address) {
        self.address = address
    }

    mutating func convert(_ html: String) -> String {
        input = Array(html.utf8)
        position = 0
        output = []
        output.reserveCapacity(input.count + input.count / 16)
        while position < input.count {
            let byte = input[position]
            switch byte {
            case UInt8(ascii: "<"): markup()
            case UInt8(ascii: "&"): output.append(contentsOf: entity(in: input, at: &position).escapedForXML.utf8)
            case UInt8(ascii: ">"):
                output.append(contentsOf: "&gt;".utf8)
                position += 1
            default:
                // Plain text runs are copied whole; `text` looks at the bytes XML may refuse.
                var end = position
                while end < input.count, !Self.needsLook(input[end]) { end += 1 }
                if end > position {
                    output.append(contentsOf: input[position..<end])
                    position = end
                } else {
                    text(byte)
                }
            }
        }
        close(downTo: 0)
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: Text

    private static func needsLook(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ">") || byte < 0x20 || byte == 0xEF
    }

    /// Copies a byte of text, leaving out what XML 1.0 forbids: C0 controls other than tab and
    /// line breaks, and the non-characters U+FFFE and U+FFFF.
    private mutating func text(_ byte: UInt8) {
        position += 1
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return }
        if byte == 0xEF, position + 1 < input.count, input[position] == 0xBF, input[position + 1] >= 0xBE {
            position += 2
            return
        }
        output.append(byte)
    }

    // MARK: Markup

    private mutating func markup() {
        let next = position + 1 < input.count ? input[position + 1] : 0
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            // Comments, doctypes and processing instructions carry nothing a reader shows.
            let end = starts(with: "<!--") ? find("-->", from: position + 4).map { $0 + 3 } : find(">", from: position).map { $0 + 1 }
            position = end ?? input.count
        } else if next == UInt8(ascii: "/") {
            endTag()
        } else if next.isASCIILetter, let tag = StartTag.parse(input, at: position) {
            position = tag.end
            startTag(tag)
        } else {
            output.append(contentsOf: "&lt;".utf8)
            position += 1
        }
    }

    private mutating func startTag(_ tag: StartTag) {
        let name = tag.name
        guard let element = XHTMLRules.table[name] else {
            note("<\(name)> is not an element of XHTML; only what is inside it is kept")
            return
        }
        // What a page hides until its script shows it (the site's copy buttons and filters) has
        // no place in a book without scripts.
        if tag.attributes.contains(where: { $0.name == "hidden" }) {
            if !element.isVoid { skipContent(of: name) }
            return
        }
        guard element.isKept else {
            note("<\(name)> is left out, with what is inside it: an e-book page cannot hold it")
            if !(tag.selfClosing && (name == "svg" || name == "math")) { skipContent(of: name) }
            return
        }
        closeImplied(by: name, element: element)
        var attributes: [(name: String, value: String)] = []
        var style = ""
        for (attribute, value) in tag.attributes where !attributes.contains(where: { $0.name == attribute }) {
            if attribute == "align", ["left", "right", "center", "justify"].contains(value.lowercased()) {
                style += "text-align: \(value.lowercased());"
            } else if attribute == "id" {
                let id = BookAddress.bookID(value)
                guard !id.isEmpty, !id.contains(where: \.isWhitespace), ids.insert(id).inserted else { continue }
                attributes.append((attribute, id))
            } else if element.keeps(attribute: attribute) {
                attributes.append((attribute, value))
            } else {
                note("the attribute '\(attribute)' of <\(name)> is left out: XHTML in an e-book does not allow it there")
            }
        }
        if !style.isEmpty {
            if let index = attributes.firstIndex(where: { $0.name == "style" }) {
                attributes[index].value = style + " " + attributes[index].value
            } else {
                attributes.append(("style", style))
            }
        }
        if name == "a", let index = attributes.firstIndex(where: { $0.name == "href" }) {
            switch address(attributes[index].value, false) {
            case .keep(let value), .external(let value): attributes[index].value = value
            case .missing, .unsupportedImage:
                note("the link to '\(attributes[index].value)' leads to nothing in the book; it is shown as plain text")
                attributes.remove(at: index)
            }
        }
        if name == "img" {
            let alt = attributes.first { $0.name == "alt" }?.value ?? ""
            guard let index = attributes.firstIndex(where: { $0.name == "src" }) else {
                note("an image without 'src' is left out")
                return
            }
            let decision = address(attributes[index].value, true)
            switch decision {
            case .keep(let value):
                attributes[index].value = value
                if !attributes.contains(where: { $0.name == "alt" }) { attributes.append(("alt", "")) }
            case .external(let value):
                note("the image '\(value)' is outside the book, which may not load it; it is shown as a link")
                output.append(contentsOf: "<a href=\"\(value.escapedForXML)\">\((alt.isEmpty ? value : alt).escapedForXML)</a>".utf8)
                return
            case .missing, .unsupportedImage:
                note(
                    "the image '\(attributes[index].value)' "
                        + (decision == .unsupportedImage
                            ? "is of a type e-readers need not show (they show PNG, JPEG, GIF, SVG and WebP)" : "is not in the book")
                        + "; its description is shown instead")
                output.append(contentsOf: "<span class=\"missing-image\">\(alt.escapedForXML)</span>".utf8)
                return
            }
        }
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        for (attribute, value) in attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.utf8)
            output.append(contentsOf: "=\"".utf8)
            output.append(contentsOf: value.escapedForXML.utf8)
            output.append(UInt8(ascii: "\""))
        }
        if element.isVoid {
            output.append(contentsOf: "/>".utf8)
        } else {
            output.append(UInt8(ascii: ">"))
            openPositions[name, default: []].append(open.count)
            open.append(name)
        }
    }

    private mutating func endTag() {
        let nameStart = position + 2
        var end = nameStart
        while end < input.count, input[end].isTagNameByte { end += 1 }
        guard end > nameStart, input[nameStart].isASCIILetter else {
            // `</>` and `</ 3` are no tags; an HTML parser drops them up to the next `>`.
            position = find(">", from: position).map { $0 + 1 } ?? input.count
            return
        }
        let name = String(decoding: input[nameStart..<end], as: UTF8.self).lowercased()
        position = find(">", from: end).map { $0 + 1 } ?? input.count
        guard let element = XHTMLRules.table[name], element.isKept, !element.isVoid else { return }
        let stops = XHTMLRules.tableParts.contains(name) ? [] : XHTMLRules.scopeBoundaries
        guard let index = openIndex(of: [name], stoppingAt: stops) else {
            note("</\(name)> closes nothing that is open; it is left out")
            return
        }
        close(downTo: index)
    }

    /// Closes what a new `name` element ends, as an HTML parser does, so the XHTML nests as the
    /// HTML was read: a block ends an open paragraph, a list item the item before it, and so on.
    private mutating func closeImplied(by name: String, element: XHTMLRules.Element) {
        guard !open.isEmpty else { return }
        let boundaries = XHTMLRules.scopeBoundaries
        var targets: (names: Set<String>, stops: Set<String>)?
        switch name {
        case "li": targets = (Self.listItems, XHTMLRules.listItemStops)
        case "dd", "dt": targets = (Self.definitions, XHTMLRules.definitionStops)
        case "tr": targets = (Self.rowParts, XHTMLRules.rowStops)
        case "td", "th": targets = (Self.cells, XHTMLRules.cellStops)
        case "tbody", "thead", "tfoot": targets = (Self.sectionParts, XHTMLRules.sectionStops)
        case "a": targets = (Self.links, boundaries)
        default: break
        }
        if let (names, stops) = targets, let index = openIndex(of: names, stoppingAt: stops) {
            // From the outermost of the run found, so a new row ends the cells of the last one too.
            close(downTo: firstIndex(of: names, above: index))
        }
        if element.closesParagraph, let index = openIndex(of: Self.paragraphs, stoppingAt: boundaries) {
            close(downTo: index)
        }
        if name.count == 2, name.first == "h", let last = open.last, last.count == 2, last.first == "h", last != "hr" {
            close(downTo: open.count - 1)
        }
    }

    private static let listItems: Set<String> = ["li"], definitions: Set<String> = ["dd", "dt"], rowParts: Set<String> = ["tr", "td", "th"]
    private static let cells: Set<String> = ["td", "th"], sectionParts = rowParts.union(["tbody", "thead", "tfoot"])
    private static let links: Set<String> = ["a"], paragraphs: Set<String> = ["p"]

    /// The innermost open element of `names`, unless an element of `stops` is open inside it.
    private func openIndex(of names: Set<String>, stoppingAt stops: Set<String>) -> Int? {
        func innermost(_ names: Set<String>) -> Int? { names.compactMap { openPositions[$0]?.last }.max() }
        guard let index = innermost(names) else { return nil }
        return (innermost(stops) ?? -1) <= index ? index : nil
    }

    /// The outermost element of `names` open from `index` up without leaving them.
    private func firstIndex(of names: Set<String>, above index: Int) -> Int {
        var first = index
        while first > 0, names.contains(open[first - 1]) { first -= 1 }
        return first
    }

    private mutating func close(downTo index: Int) {
        while open.count > index, let name = open.popLast() {
            openPositions[name]?.removeLast()
            closeTag(name)
        }
    }

    private mutating func closeTag(_ name: String) {
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: name.utf8)
        output.append(UInt8(ascii: ">"))
    }

    /// Skips to after the end tag of `name` that closes the element just opened (case-insensitive;
    /// the same element nested inside is counted, except in raw text such as a script), or to the
    /// end of the input.
    private mutating func skipContent(of name: String) {
        let opening = Array("<\(name)".utf8), closing = Array("</\(name)".utf8)
        let counted = !XHTMLRules.rawText.contains(name)
        var depth = 1
        var index = position
        func matches(_ bytes: [UInt8], at start: Int) -> Bool {
            let after = start + bytes.count
            return after <= input.count && zip(input[start..<after], bytes).allSatisfy { $0.lowercased == $1 }
                && (after == input.count || !input[after].isTagNameByte)
        }
        while index < input.count {
            if input[index] == UInt8(ascii: "<") {
                if matches(closing, at: index) {
                    depth -= 1
                    if depth == 0 {
                        position = find(">", from: index + closing.count).map { $0 + 1 } ?? input.count
                        return
                    }
                } else if counted, matches(opening, at: index) {
                    depth += 1
                }
            }
            index += 1
        }
        position = input.count
    }

    private func starts(with text: String) -> Bool {
        let bytes = Array(text.utf8)
        return position + bytes.count <= input.count && Array(input[position..<position + bytes.count]) == bytes
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let bytes = Array(text.utf8)
        var index = start
        while index + bytes.count <= input.count {
            if input[index] == bytes[0], Array(input[index..<index + bytes.count]) == bytes { return index }
            index += 1
        }
        return nil
    }

    private mutating func note(_ problem: String) {
        if problemsNoted.insert(problem).inserted { problems.append(problem) }
    }
}

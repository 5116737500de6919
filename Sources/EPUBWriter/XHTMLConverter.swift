internal import CLibXML2

/// Rewrites an HTML fragment as XHTML that an e-reader's XML parser accepts and epubcheck
/// passes. The fragment is read by libxml2's HTML parser, which mends what raw HTML a handbook
/// lets through may hold (unclosed and stray tags, unquoted attributes, named entities) by
/// HTML 4's rules; the tree is then written out as XML, keeping the elements and attributes an
/// EPUB page may hold (`XHTMLRules`), with blocks taken out of the phrases around them as HTML5
/// does, and saying what had to be left out.
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
    private var output: [UInt8] = []

    /// An element whose start tag is written and whose end tag is not yet.
    private struct Open {
        var node: xmlNodePtr
        var name: String
        var startTag: [UInt8]
    }

    /// The elements open where the output stands, outermost first.
    private var open: [Open] = []
    /// Formatting elements closed around a block, to open again before the next text, as an
    /// HTML5 parser reconstructs them: `<b>a<div>b</div>c</b>` is `<b>a</b><div>b</div><b>c</b>`.
    private var reopen: [Open] = []

    init(address: @escaping (_ value: String, _ isImage: Bool) -> Address) {
        self.address = address
    }

    /// libxml2 sets up its tables once, before any thread parses.
    private static let initialized: Void = xmlInitParser()

    mutating func convert(_ html: String) -> String {
        Self.initialized
        output = []
        open = []
        reopen = []
        // The body element is given, so the parser adds nothing around the fragment's first text.
        let document = Array("<html><body>\(html)</body></html>".utf8)
        // HUGE lifts libxml2's limit of 256 nested elements, past which it stops reading.
        let options = Int32(
            HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue
                | XML_PARSE_HUGE.rawValue)
        let parsed = document.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
        }
        guard let parsed else { return "" }
        defer { xmlFreeDoc(parsed) }
        output.reserveCapacity(document.count + document.count / 16)
        // What the fragment has after its own `</body>` or `</html>` the parser puts after the body.
        var node = parsed.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, Self.name(of: current) == "html" {
                var child = current.pointee.children
                while let inner = child {
                    switch Self.name(of: inner) {
                    case "body": walk(inner.pointee.children, within: inner, siblings: true)
                    case "head": break
                    default: walk(inner, within: current, siblings: false)
                    }
                    child = inner.pointee.next
                }
            } else {
                walk(current, within: nil, siblings: false)
            }
            node = current.pointee.next
        }
        close(downTo: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes `first` and what it holds, and with `siblings` the nodes after it too, walking the
    /// tree without recursion: a page may nest thousands of elements, more than a worker
    /// thread's stack holds frames for.
    private mutating func walk(_ first: xmlNodePtr?, within container: xmlNodePtr?, siblings: Bool) {
        var node = first
        while let current = node {
            if enter(current), let child = current.pointee.children {
                node = child
                continue
            }
            var done = current
            node = nil
            while true {
                leave(done)
                let isTop = done.pointee.parent == container
                if let next = done.pointee.next, !isTop || siblings {
                    node = next
                    break
                }
                guard !isTop, let parent = done.pointee.parent else { break }
                done = parent
            }
        }
    }

    /// Writes what comes before a node's content; true when its content is to be written too.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_ELEMENT_NODE: return element(node)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content, content.pointee != 0 { text(content) }
            return false
        default:
            // Comments, processing instructions and doctypes carry nothing a reader shows.
            return false
        }
    }

    /// Closes an element once its content is written, unless a block inside closed it already.
    private mutating func leave(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        reopen.removeAll { $0.node == node }
        if let index = open.lastIndex(where: { $0.node == node }) { close(downTo: index) }
    }

    private mutating func element(_ node: xmlNodePtr) -> Bool {
        let name = Self.name(of: node)
        guard let element = XHTMLRules.table[name] else {
            note("<\(name)> is not an element of XHTML; only what is inside it is kept")
            return true
        }
        let written = Self.attributes(of: node)
        // What a page hides until its script shows it has no place in a book without scripts.
        if written.contains(where: { $0.name == "hidden" }) { return false }
        guard element.isKept else {
            note("<\(name)> is left out, with what is inside it: an e-book page cannot hold it")
            return false
        }
        var attributes: [(name: String, value: String)] = []
        var style = ""
        for (attribute, value) in written where !attributes.contains(where: { $0.name == attribute }) {
            if attribute == "align", ["left", "right", "center", "justify"].contains(value.lowercased()) {
                style += "text-align: \(value.lowercased());"
            } else if attribute == "id" {
                let id = BookAddress.bookID(value)
                guard !id.isEmpty, !id.contains(where: \.isWhitespace), ids.insert(id).inserted else { continue }
                attributes.append((attribute, id))
            } else if element.keeps(attribute: attribute), attribute.isXMLAttributeName {
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
        if XHTMLRules.flowOnly.contains(name) {
            closePhrasing()
        } else {
            reopenFormatting()
        }
        if name == "img", !image(&attributes) { return false }
        var startTag = Array("<\(name)".utf8)
        for (attribute, value) in attributes {
            startTag.append(UInt8(ascii: " "))
            startTag.append(contentsOf: attribute.utf8)
            startTag.append(contentsOf: "=\"".utf8)
            startTag.append(contentsOf: value.escapedForXML.utf8)
            startTag.append(UInt8(ascii: "\""))
        }
        if element.isVoid {
            output.append(contentsOf: startTag + "/>".utf8)
            return false
        }
        startTag.append(UInt8(ascii: ">"))
        output.append(contentsOf: startTag)
        open.append(Open(node: node, name: name, startTag: startTag))
        return true
    }

    /// Text, escaped for XML straight from the parser's bytes, without what XML cannot hold (C0
    /// controls but tab and line breaks, U+FFFE and U+FFFF).
    private mutating func text(_ content: UnsafePointer<xmlChar>) {
        reopenFormatting()
        var index = 0
        while true {
            let byte = content[index]
            switch byte {
            case 0: return
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0..<0x20: break
            case 0xEF where content[index + 1] == 0xBF && (content[index + 2] | 1) == 0xBF:
                index += 2
            default: output.append(byte)
            }
            index += 1
        }
    }

    /// Before a block: a block may not stand in a paragraph, a heading or a phrase, so those open
    /// are closed, and the formatting among them opened again after it.
    private mutating func closePhrasing() {
        guard let outermost = open.firstIndex(where: { XHTMLRules.phrasingOnly.contains($0.name) }) else { return }
        let formatting = open[outermost...].filter { XHTMLRules.formatting.contains($0.name) }
        close(downTo: outermost)
        reopen = formatting + reopen
    }

    private mutating func reopenFormatting() {
        guard !reopen.isEmpty else { return }
        for element in reopen {
            output.append(contentsOf: element.startTag)
            open.append(element)
        }
        reopen = []
    }

    private mutating func close(downTo index: Int) {
        while open.count > index, let element = open.popLast() {
            output.append(contentsOf: "</\(element.name)>".utf8)
        }
    }

    /// Decides about an image; false when something else was written in its place.
    private mutating func image(_ attributes: inout [(name: String, value: String)]) -> Bool {
        let alt = attributes.first { $0.name == "alt" }?.value ?? ""
        guard let index = attributes.firstIndex(where: { $0.name == "src" }) else {
            note("an image without 'src' is left out")
            return false
        }
        let decision = address(attributes[index].value, true)
        switch decision {
        case .keep(let value):
            attributes[index].value = value
            if !attributes.contains(where: { $0.name == "alt" }) { attributes.append(("alt", "")) }
            return true
        case .external(let value):
            note("the image '\(value)' is outside the book, which may not load it; it is shown as a link")
            output.append(contentsOf: "<a href=\"\(value.escapedForXML)\">\((alt.isEmpty ? value : alt).escapedForXML)</a>".utf8)
        case .missing, .unsupportedImage:
            note(
                "the image '\(attributes[index].value)' "
                    + (decision == .unsupportedImage
                        ? "is of a type e-readers need not show (they show PNG, JPEG, GIF, SVG and WebP)" : "is not in the book")
                    + "; its description is shown instead")
            output.append(contentsOf: "<span class=\"missing-image\">\(alt.escapedForXML)</span>".utf8)
        }
        return false
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// The attributes as the HTML parser read them, in order, names in lower case; a valueless
    /// one (`data-footnotes`) has the empty value.
    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var value = ""
            if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: text)
                handbook_xml_free(text)
            }
            attributes.append((name, value))
            attribute = current.pointee.next
        }
        return attributes
    }

    private mutating func note(_ problem: String) {
        if problemsNoted.insert(problem).inserted { problems.append(problem) }
    }
}

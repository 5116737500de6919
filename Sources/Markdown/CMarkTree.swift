internal import CCMarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place that touches cmark-gfm: a parsed tree that frees itself, with the few reads and
/// edits the rest of the module needs. Nothing here escapes the module.
final class CMarkTree {
    /// Node kinds this module cares about; everything else is `.other`.
    enum Kind: Equatable {
        case heading(level: Int)
        case link
        case image
        case codeBlock
        case text
        case code
        case blockQuote
        /// A list item of the `tasklist` extension, with its box ticked or not.
        case taskItem(checked: Bool)
        case footnoteReference
        /// Raw HTML, a block or inline.
        case html
        case other
    }

    private let parser: OpaquePointer
    private let root: OpaquePointer
    private let cmarkOptions: Int32
    /// Raw HTML is let through, but links to scripts are not: cmark-gfm lets both through or neither.
    let blanksDangerousURLs: Bool
    /// Whether raw HTML is in the output, and with it the anchors it sets.
    var showsRawHTML: Bool { cmarkOptions & CMARK_OPT_UNSAFE != 0 }

    init(bytes: some Collection<UInt8>, options: MarkdownOptions) {
        CMarkTree.registerExtensions
        var flags = CMARK_OPT_DEFAULT
        if options.allowsRawHTML { flags |= CMARK_OPT_UNSAFE }
        if options.extensions.contains(.footnotes) { flags |= CMARK_OPT_FOOTNOTES }
        if options.hardBreaks { flags |= CMARK_OPT_HARDBREAKS }
        cmarkOptions = flags
        blanksDangerousURLs = options.allowsRawHTML && !options.allowsDangerousURLs
        let parser = cmark_parser_new(flags)!
        for name in options.extensions where name != .footnotes {
            if let ext = cmark_find_syntax_extension(name.rawValue) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let contiguous = Array(bytes)
        contiguous.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        self.parser = parser
        root = CMarkTree.finishing.withLock { cmark_parser_finish(parser) }
        if options.definitionLists, DefinitionLists.mayHold(contiguous) {
            let (terms, replaced) = DefinitionLists.make(in: root)
            definitionTerms = Dictionary(uniqueKeysWithValues: terms.map { ($0.block, $0.position) })
            detached += replaced
        }
    }

    /// The terms of definition lists, by their blocks, with where each is in the source.
    private var definitionTerms: [OpaquePointer: SourcePosition] = [:]

    /// Where `node` is in the source, when it is a definition list's term.
    func definitionTermPosition(_ node: Node) -> SourcePosition? {
        definitionTerms.isEmpty ? nil : definitionTerms[node.pointer]
    }

    /// `cmark_parser_finish` parses inlines with the characters that start extension syntax
    /// (`~`, autolink triggers) added to a table shared by the whole process, and takes them out
    /// again when done. Two parsers finishing at once would take them from under each other and
    /// silently lose strikethrough and links, so finishing is one parser at a time; everything
    /// else (block parsing, rendering) still runs in parallel.
    private static let finishing = NSLock()

    /// Nodes taken out of the tree that it still owns.
    private var detached: [OpaquePointer] = []

    deinit {
        for node in detached { cmark_node_free(node) }
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    // MARK: Walking

    /// Every node in document order (parents before children). The list stays valid while nodes
    /// are edited or replaced, as long as a replaced node is not used afterwards.
    func nodes() -> [Node] {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        var nodes: [Node] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                nodes.append(Node(pointer: node))
            }
        }
        return nodes
    }

    struct Node {
        fileprivate let pointer: OpaquePointer

        var kind: Kind {
            switch cmark_node_get_type(pointer) {
            case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(pointer)))
            case CMARK_NODE_LINK: .link
            case CMARK_NODE_IMAGE: .image
            case CMARK_NODE_CODE_BLOCK: .codeBlock
            case CMARK_NODE_TEXT: .text
            case CMARK_NODE_CODE: .code
            case CMARK_NODE_BLOCK_QUOTE: .blockQuote
            case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: .html
            case CMARK_NODE_ITEM where isTaskItem: .taskItem(checked: cmark_gfm_extensions_get_tasklist_item_checked(pointer))
            default: .other
            }
        }

        var position: SourcePosition {
            SourcePosition(line: Int(cmark_node_get_start_line(pointer)), column: Int(cmark_node_get_start_column(pointer)))
        }

        var isHeading: Bool { cmark_node_get_type(pointer) == CMARK_NODE_HEADING }

        private var isTaskItem: Bool {
            guard let name = cmark_node_get_type_string(pointer) else { return false }
            return strcmp(name, "tasklist") == 0
        }

        var url: String { string(cmark_node_get_url(pointer)) }
        var literal: String { string(cmark_node_get_literal(pointer)) }
        var fenceInfo: String { string(cmark_node_get_fence_info(pointer)) }

        /// The text a reader sees: literals of text and code descendants, joined.
        var plainText: String {
            var text = ""
            let iterator = cmark_iter_new(pointer)
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    text += string(cmark_node_get_literal(node))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    break
                }
            }
            return text
        }

        /// The literal's UTF-8 bytes, without making a `String` of them.
        func withLiteral<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            guard let text = cmark_node_get_literal(pointer) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            let count = strlen(text)
            return text.withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
        }

        /// Sets the literal to `bytes`, which end with a 0 byte.
        func setLiteral(nulTerminated bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { buffer in
                _ = buffer.withMemoryRebound(to: CChar.self) { cmark_node_set_literal(pointer, $0.baseAddress) }
            }
        }

        func setURL(_ url: String) {
            cmark_node_set_url(pointer, url)
        }

        /// The text of a paragraph's first line, when this is a block quote whose first child is a
        /// paragraph; GitHub's alert marker (`[!NOTE]`) stands there.
        var firstLineOfFirstParagraph: String? {
            guard let paragraph = cmark_node_first_child(pointer), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return nil }
            var text = ""
            var child = cmark_node_first_child(paragraph)
            while let node = child {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return text
                case CMARK_NODE_TEXT: text += string(cmark_node_get_literal(node))
                default: return nil
                }
                child = cmark_node_next(node)
            }
            return text
        }

        /// Turns this block quote into a block printed as `open`, its content, `close`, without
        /// the first line of its first paragraph (dropping the paragraph if nothing is left).
        func replaceQuoteDroppingFirstLine(open: String, close: String) {
            if let paragraph = cmark_node_first_child(pointer) {
                while let node = cmark_node_first_child(paragraph) {
                    let type = cmark_node_get_type(node)
                    cmark_node_free(node)
                    if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { break }
                }
                if cmark_node_first_child(paragraph) == nil { cmark_node_free(paragraph) }
            }
            let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(block, open)
            cmark_node_set_on_exit(block, close)
            while let child = cmark_node_first_child(pointer) {
                cmark_node_unlink(child)
                cmark_node_append_child(block, child)
            }
            cmark_node_replace(pointer, block)
            cmark_node_free(pointer)
        }

        /// Makes this task item a plain list item whose first paragraph is a `<label>` around the
        /// box and the item's text: cmark-gfm prints a bare box, which has no accessible name.
        /// The item's first child is the paragraph the `[ ]` marker started.
        func labelTaskItem(checked: Bool) {
            guard let paragraph = cmark_node_first_child(pointer), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return }
            cmark_node_set_syntax_extension(pointer, nil)
            let label = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(label, "<label><input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" /> ")
            cmark_node_set_on_exit(label, "</label>")
            while let child = cmark_node_first_child(paragraph) {
                cmark_node_unlink(child)
                cmark_node_append_child(label, child)
            }
            cmark_node_append_child(paragraph, label)
        }

        /// The HTML a ready-made block prints.
        func setOnEnter(_ html: String) {
            cmark_node_set_on_enter(pointer, html)
        }

        /// Puts `html` first inside this node, as an inline printed as it is; the inline is
        /// given back so that it can be taken out again.
        func prependInline(_ html: String) -> Node {
            let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(inline, html)
            cmark_node_prepend_child(pointer, inline)
            return Node(pointer: inline)
        }

        /// Takes this node out of the tree and frees it.
        func remove() {
            cmark_node_free(pointer)
        }

        /// Whether an image is around this node: cmark-gfm prints an image's description as plain
        /// text, so nothing of a link inside it is printed.
        var isInsideImage: Bool {
            var parent = cmark_node_parent(pointer)
            while let node = parent {
                if cmark_node_get_type(node) == CMARK_NODE_IMAGE { return true }
                parent = cmark_node_parent(node)
            }
            return false
        }
    }

    // MARK: Rendering

    /// A block taken out of the tree, with the ready-made block that prints it in its place:
    /// each target sets what that prints, from the block rendered anew (with the target's links)
    /// or from HTML of its own.
    struct Detached {
        fileprivate let node: OpaquePointer
        let block: Node
    }

    /// Takes a block out of the tree for a ready-made one; the block is kept (and freed with the
    /// tree), so that each target can render it.
    func detach(_ node: Node) -> Detached {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_replace(node.pointer, block)
        detached.append(node.pointer)
        return Detached(node: node.pointer, block: Node(pointer: block))
    }

    /// The detached block as cmark renders it.
    func renderHTML(_ detached: Detached) -> String {
        guard let rendered = cmark_render_html(detached.node, cmarkOptions, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Prints a detached heading as cmark would, with `attributes` added to its opening tag.
    func renderHeading(_ heading: Detached, attributes: String) {
        // In bytes: a `>` followed by a combining mark is no Character of its own.
        var html = Array(renderHTML(heading).utf8)
        if html.last == UInt8(ascii: "\n") { html.removeLast() }
        guard html.starts(with: Array("<h".utf8)), let close = html.firstIndex(of: UInt8(ascii: ">")) else { return }
        html.insert(contentsOf: Array((" " + attributes).utf8), at: close)
        heading.block.setOnEnter(String(decoding: html, as: UTF8.self))
    }

    func renderHTML() -> String {
        withRenderedHTML { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the tree's HTML, which lives only during the call.
    func withRenderedHTML<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let html = cmark_render_html(root, cmarkOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { free(html) }
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }
}

private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}

internal import CCMarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Definition lists, as PHP Markdown Extra, kramdown (Jekyll), goldmark (Hugo) and pulldown-cmark
/// (mdBook) read them; cmark-gfm has none, so a handbook moved from those tools would show its
/// glossary as paragraphs of `: ` lines. A paragraph whose first lines are terms and whose next
/// line starts with `: ` becomes a list:
///
///     Эскалация
///     : передача обращения старшему специалисту.
///     : (second definition)
///
/// A line after a definition that does not start with `: ` continues it. Neighbouring lists
/// (terms separated by a blank line) are one `<dl>`. Each term is a block of its own, so that
/// it can get an anchor, as goldmark's `autoDefinitionTermID` gives it.
enum DefinitionLists {
    /// Rewrites the tree under `root`; the terms' blocks, with where each is in the source, in
    /// document order, and the paragraphs taken out. Those must outlive the tree's other nodes:
    /// cmark-gfm keeps the text of a paragraph's inlines in the paragraph.
    static func make(in root: OpaquePointer) -> (terms: [(block: OpaquePointer, position: SourcePosition)], replaced: [OpaquePointer]) {
        var paragraphs: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                paragraphs.append(node)
            }
        }
        cmark_iter_free(iterator)
        var terms: [(block: OpaquePointer, position: SourcePosition)] = []
        var lists = Set<OpaquePointer>()
        var replaced: [OpaquePointer] = []
        for paragraph in paragraphs where !opensTaskItem(paragraph) {
            let lines = self.lines(of: paragraph)
            // An alert's `[!NOTE]` line stays its paragraph, for the callout to find.
            let start = opensCallout(paragraph, lines) ? 1 : 0
            guard lines.count > start + 1, let first = lines[start...].firstIndex(where: startsDefinition), first > start else { continue }
            let list: OpaquePointer
            if start > 0 {
                list = block(open: "<dl>\n", close: "</dl>\n")
                cmark_node_insert_after(paragraph, list)
                lists.insert(list)
                cmark_node_free(lines[start].breakBefore)
            } else if let previous = cmark_node_previous(paragraph), lists.contains(previous) {
                list = previous
                cmark_node_unlink(paragraph)
                replaced.append(paragraph)
            } else {
                list = block(open: "<dl>\n", close: "</dl>\n")
                cmark_node_replace(paragraph, list)
                lists.insert(list)
                replaced.append(paragraph)
            }
            // A paragraph's lines are one after another in the source, from its first.
            let line = Int(cmark_node_get_start_line(paragraph)), column = Int(cmark_node_get_start_column(paragraph))
            for (offset, termLine) in lines[start..<first].enumerated() {
                let term = block(open: "<dt>", close: "</dt>\n")
                move(termLine.nodes, into: term)
                cmark_node_append_child(list, term)
                terms.append((term, SourcePosition(line: line + start + offset, column: column)))
            }
            var definition: OpaquePointer?
            for line in lines[first...] {
                var nodes = line.nodes
                if startsDefinition(line) {
                    if dropMarker(nodes[0]) { nodes.removeFirst() }
                    let opened = block(open: "<dd>", close: "</dd>\n")
                    cmark_node_append_child(list, opened)
                    definition = opened
                } else if let breakBefore = line.breakBefore {
                    cmark_node_unlink(breakBefore)
                    cmark_node_append_child(definition, breakBefore)
                }
                move(nodes, into: definition!)
            }
        }
        return (terms, replaced)
    }

    /// Whether the paragraph starts a block quote with GitHub's alert marker (`[!NOTE]`) for its first line.
    private static func opensCallout(_ paragraph: OpaquePointer, _ lines: [Line]) -> Bool {
        guard let quote = cmark_node_parent(paragraph), cmark_node_get_type(quote) == CMARK_NODE_BLOCK_QUOTE,
            cmark_node_first_child(quote) == paragraph,
            lines[0].nodes.allSatisfy({ cmark_node_get_type($0) == CMARK_NODE_TEXT })
        else { return false }
        // cmark-gfm parts `[!NOTE]` into several texts at the brackets.
        return Callout(marker: lines[0].nodes.map { String(cString: cmark_node_get_literal($0)) }.joined()) != nil
    }

    /// Whether the paragraph is a task list item's first, whose text the item's box is labelled with.
    private static func opensTaskItem(_ paragraph: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(paragraph), cmark_node_first_child(item) == paragraph,
            let name = cmark_node_get_type_string(item) else { return false }
        return String(cString: name) == "tasklist"
    }

    /// Whether a line of the text starts with `: ` (after any indent and `>`), which every
    /// definition does: most pages have none, and their trees are not walked for lists.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count, let hit = memchr(base + index, Int32(UInt8(ascii: ":")), bytes.count - index) {
                let colon = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                index = colon + 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { continue }
                var before = colon
                while before > 0, bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") || bytes[before - 1] == UInt8(ascii: ">") {
                    before -= 1
                }
                if before == 0 || bytes[before - 1] == UInt8(ascii: "\n") { return true }
            }
            return false
        }
    }

    private struct Line {
        var nodes: [OpaquePointer] = []
        /// The soft break that ends the line before.
        var breakBefore: OpaquePointer?
    }

    private static func lines(of paragraph: OpaquePointer) -> [Line] {
        var lines = [Line()]
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK {
                lines.append(Line(breakBefore: node))
            } else {
                lines[lines.count - 1].nodes.append(node)
            }
            child = cmark_node_next(node)
        }
        return lines
    }

    /// `: ` and text, or `:` alone on its line: an empty definition, as a shortcode left out
    /// leaves it (`: {{< new-in 0.140.0 />}}` in Hugo's documentation).
    private static func startsDefinition(_ line: Line) -> Bool {
        guard let first = line.nodes.first, cmark_node_get_type(first) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(first) else { return false }
        guard literal[0] == CChar(UInt8(ascii: ":")) else { return false }
        return literal[1] == CChar(UInt8(ascii: " ")) || literal[1] == CChar(UInt8(ascii: "\t")) || (literal[1] == 0 && line.nodes.count == 1)
    }

    /// Takes `: ` and the spaces after it off the line's first text; true when nothing is left
    /// of the text, which is then freed.
    private static func dropMarker(_ text: OpaquePointer) -> Bool {
        let literal = String(cString: cmark_node_get_literal(text))
        let rest = literal.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.isEmpty else {
            cmark_node_set_literal(text, String(rest))
            return false
        }
        cmark_node_free(text)
        return true
    }

    private static func block(open: String, close: String) -> OpaquePointer {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, open)
        cmark_node_set_on_exit(block, close)
        return block
    }

    private static func move(_ nodes: [OpaquePointer], into parent: OpaquePointer) {
        for node in nodes {
            cmark_node_unlink(node)
            cmark_node_append_child(parent, node)
        }
    }
}

import Foundation
import SourceFiles

/// What Docusaurus (MDX), Hugo, Jekyll, GitBook and MkDocs write into their Markdown that is not
/// Markdown, read the way a team moving its handbook expects: MDX `import`/`export` lines and
/// `{/* comments */}` are dropped; a JSX component's tags are left out and what is between them
/// stays; Hugo's `ref`/`relref` become the path they name and `figure` an image; `highlight` and
/// `code-toggle` show their content as a code block; other shortcodes are left out; `{#id}` after
/// a heading sets its anchor; admonitions become GitHub alerts (``Admonitions``) and Liquid is
/// read by ``LiquidReader``. Inside fenced code only the escapes change: Hugo's `{{</* x */>}}`
/// to the `{{< x >}}` it shows, Jekyll's `{% raw %}` to nothing. Lines keep their numbers, so
/// diagnostics point at the file as written.
struct ForeignMarkup: Sendable {
    enum Kind: String, Sendable {
        case component = "MDX component"
        case shortcode = "Hugo shortcode"
        case liquidTag = "Liquid tag"
        case liquidVariable = "Liquid variable"
        /// An admonition of a kind no callout is near to, shown as a note.
        case admonition = "admonition"
        /// An admonition's title that found no line of its own.
        case admonitionTitle = "admonition title"
    }

    /// A construct left out, where it stands (line of the body, column in UTF-8 bytes, 1-based).
    struct Construct: Sendable, Hashable {
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    private(set) var text = ""
    private(set) var constructs: [Construct] = []
    /// Anchors written after headings (`## Setup {#setup-linux}`), by the heading's line.
    private(set) var headingIDs: [Int: String] = [:]
    private var liquid = LiquidReader()

    /// Shortcodes read here, never reported: they mean the same in a handbook.
    private static let understood: Set<String> = ["ref", "relref", "figure", "highlight"]
    /// Paired shortcodes whose content Hugo hands their template unread: code or configuration.
    static let showingCode: Set<String> = ["highlight", "code-toggle"]

    init(_ body: String) {
        // Most pages hold none of it; they are left as they are without being looked at line by line.
        let mayHoldAdmonitions = Admonitions.mayHold(body), mayHoldTabs = ContentTabs.mayHold(body)
        guard body.containsBytes("{") || body.containsBytes("<") || body.containsBytes("import ") || body.containsBytes("export ")
            || body.containsBytes("](g)") || mayHoldAdmonitions || mayHoldTabs
        else {
            text = body
            return
        }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if mayHoldTabs { lines = ContentTabs.flattened(lines) }
        let admonitions = mayHoldAdmonitions ? Admonitions(lines) : nil
        if let admonitions {
            lines = admonitions.lines
            constructs = admonitions.constructs
        }
        var fence: CodeFence?
        var index = 0
        while index < lines.count {
            let line = lines[index], number = index + 1
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.drop { $0 == " " }
            // A Liquid comment hides what it holds, code fences too.
            if indent < 4, fence != nil || liquid.block != .comment {
                _ = CodeFence.track(&fence, line: trimmed)
            }
            if fence != nil {
                lines[index] = Self.unescapingShortcodes(liquid.unescaping(line))
            } else if indent < 4, liquid.block != .comment, let end = Self.dropped(lines, at: index, trimmed: trimmed) {
                for blank in index...end { lines[blank] = "" }
                index = end
            } else if indent < 4, liquid.block != .comment, trimmed.hasPrefix("{{<"), let end = pairedCode(&lines, at: index) {
                index = end
            } else {
                // Written where the line started: a construct over several lines moves `index` on.
                let start = index
                let read = readLine(line, number: number, lines: &lines, index: &index)
                lines[start] = read
            }
            index += 1
        }
        constructs += liquid.constructs
        text = (admonitions?.quoted(lines) ?? lines).joined(separator: "\n")
    }

    /// The last line of an MDX `import`/`export` statement or `{/* comment */}` starting at
    /// `index`, or nil when the line is none of these.
    private static func dropped(_ lines: [String], at index: Int, trimmed: Substring) -> Int? {
        if trimmed.hasPrefix("{/*") { return lines[index...].firstIndex { $0.containsBytes("*/}") } }
        guard trimmed.hasPrefix("import ") || trimmed.hasPrefix("export ") else { return nil }
        let isModule = trimmed.containsBytes(" from '") || trimmed.containsBytes(" from \"") || trimmed.hasPrefix("import '")
            || trimmed.hasPrefix("import \"") || trimmed.hasPrefix("export const ") || trimmed.hasPrefix("export default ")
        guard isModule || trimmed.hasSuffix("{") else { return nil }
        guard trimmed.hasSuffix("{") || trimmed.hasSuffix("(") else { return index }
        // A statement over several lines (`import {\n  a,\n} from 'x'`) ends where its braces close.
        return lines[index...].firstIndex { $0.hasPrefix("}") || $0.hasPrefix(")") } ?? index
    }

    /// `{{< highlight go >}}` … `{{< /highlight >}}`, each on a line of its own, as a fenced code
    /// block; the index of the closing line, or nil when the line opens no such pair.
    private mutating func pairedCode(_ lines: inout [String], at index: Int) -> Int? {
        let line = lines[index].trimmingCharacters(in: [" "])
        // `{{< code-toggle config=x />}}` closes itself: it opens no pair.
        guard !line.hasSuffix("/>}}"), !line.hasSuffix("/%}}"),
            let shortcode = Shortcode(line[...]), shortcode.end == line.endIndex, Self.showingCode.contains(shortcode.name),
            let close = lines[(index + 1)...].firstIndex(where: { Shortcode($0.trimmingCharacters(in: [" "])[...])?.closes == shortcode.name })
        else { return nil }
        let longest = lines[(index + 1)..<close].map { Self.longestRun(of: "`", in: $0) }.max() ?? 0
        let marker = String(repeating: "`", count: max(3, longest + 1))
        let language = shortcode.name == "highlight" ? shortcode.arguments.first ?? "" : ""
        if !Self.understood.contains(shortcode.name) { record(.shortcode, shortcode.name, line: index + 1, column: 1) }
        lines[index] = marker + language
        lines[close] = marker
        return close
    }

    /// A line outside code with its shortcodes, component tags and heading id read; a
    /// construct that runs over the following lines blanks them (and moves `index` on).
    private mutating func readLine(_ line: String, number: Int, lines: inout [String], index: inout Int) -> String {
        var line = line
        if liquid.block != nil || line.containsBytes("{%") || line.containsBytes("{{") {
            line = liquid.read(line, number: number, following: lines[(index + 1)...])
        }
        if line.drop(while: { $0 == " " }).hasPrefix("#"), line.hasSuffix("}") || line.last == " ", let id = Self.headingID(&line) {
            headingIDs[number] = id
        }
        if let tag = componentTag(line, number: number, lines: &lines, index: &index) { return tag }
        let read = readShortcodes(line, number: number, lines: &lines, index: &index)
        return read.containsBytes("](g)") ? Self.glossaryLinks(read) : read
    }

    /// The line with its shortcodes read; one that runs over the following lines blanks them.
    private mutating func readShortcodes(_ line: String, number: Int, lines: inout [String], index: inout Int) -> String {
        guard line.containsBytes("{{") else { return line }
        var out = ""
        var rest = line[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let start = rest[open.lowerBound...]
            guard start.dropFirst(2).first == "<" || start.dropFirst(2).first == "%" else {
                out += "{{"
                rest = rest[open.upperBound...]
                continue
            }
            // A shortcode may run over several lines; they are joined here and blanked after.
            var joined = String(start), extra = 0
            while Shortcode(joined[...]) == nil, !Self.isEscaped(joined), index + extra + 1 < lines.count, extra < 20 {
                extra += 1
                joined += "\n" + lines[index + extra]
            }
            if Self.isEscaped(joined) {
                out += Self.unescapingShortcodes(String(start))
                return out
            }
            guard let shortcode = Shortcode(joined[...]) else {
                out += start
                return out
            }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: open.lowerBound) + 1
            out += rendered(shortcode, line: number, column: column)
            for blank in stride(from: 1, through: extra, by: 1) { lines[index + blank] = "" }
            let tail = joined[shortcode.end...]
            if extra > 0 {
                // What follows the shortcode on its last line stays on that line, so no line moves.
                index += extra
                let last = index
                let read = readLine(String(tail.drop { $0 == "\n" }), number: number + extra, lines: &lines, index: &index)
                lines[last] = read
                return out
            }
            rest = tail
        }
        return out + rest
    }

    /// `[term](g)`, a glossary link of Hugo's documentation (its link render hook), as
    /// `[term](<glossary:term>)`, which leads to the term's page of the handbook's glossary.
    private static func glossaryLinks(_ line: String) -> String {
        var out = ""
        var rest = line[...]
        while let link = rest.range(of: "](g)") {
            let before = rest[..<link.lowerBound]
            guard let open = before.lastIndex(of: "[") else {
                out += rest[..<link.upperBound]
                rest = rest[link.upperBound...]
                continue
            }
            let term = before[before.index(after: open)...].replacingOccurrences(of: ">", with: "")
            out += before + "](<" + LinkResolver.glossaryScheme + term + ">)"
            rest = rest[link.upperBound...]
        }
        return out + rest
    }

    /// What a shortcode becomes in the text.
    private mutating func rendered(_ shortcode: Shortcode, line: Int, column: Int) -> String {
        if shortcode.closes != nil { return "" }
        if !Self.understood.contains(shortcode.name) { record(.shortcode, shortcode.name, line: line, column: column) }
        switch shortcode.name {
        case "ref", "relref":
            return shortcode.named["path"] ?? shortcode.arguments.first ?? ""
        case "figure":
            guard let source = shortcode.named["src"] else { return "" }
            let text = shortcode.named["alt"] ?? shortcode.named["caption"] ?? shortcode.named["title"] ?? ""
            return "![\(text.replacingOccurrences(of: "]", with: "\\]"))](<\(source)>)"
        default:
            return ""
        }
    }

    /// A JSX component's tag at the start of a line (`<Tabs>`, `</Tabs>`, `<Note kind="x" />`),
    /// left out with what follows it on its line kept; nil when the line starts with none.
    private mutating func componentTag(_ line: String, number: Int, lines: inout [String], index: inout Int) -> String? {
        let trimmed = line.drop { $0 == " " }
        let closing = trimmed.hasPrefix("</")
        let nameStart = trimmed.dropFirst(closing ? 2 : 1)
        guard trimmed.hasPrefix("<"), let first = nameStart.first, first.isASCII, first.isUppercase else { return nil }
        let name = String(nameStart.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" })
        var joined = String(trimmed), extra = 0
        while Self.tagEnd(joined) == nil, index + extra + 1 < lines.count, extra < 40 {
            extra += 1
            joined += "\n" + lines[index + extra]
        }
        guard let end = Self.tagEnd(joined) else { return nil }
        if !closing { record(.component, name, line: number, column: line.count - trimmed.count + 1) }
        for blank in stride(from: 1, through: extra, by: 1) { lines[index + blank] = "" }
        let after = String(joined[end...].drop { $0 == "\n" })
        guard extra > 0 else { return readLine(after, number: number, lines: &lines, index: &index) }
        index += extra
        let last = index
        let read = readLine(after, number: number + extra, lines: &lines, index: &index)
        lines[last] = read
        return ""
    }

    /// Just after the `>` that ends the tag opening `text`, past quoted and `{…}` attribute values.
    private static func tagEnd(_ text: String) -> String.Index? {
        var quote: Character?
        var depth = 0
        var position = text.startIndex
        while position < text.endIndex {
            let character = text[position]
            position = text.index(after: position)
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'", "`": quote = character
            case "{": depth += 1
            case "}": depth -= 1
            case ">" where depth == 0: return position
            default: continue
            }
        }
        return nil
    }

    /// Removes a trailing attribute list from an ATX heading's line and gives the id it sets:
    /// `{#id}` (Hugo, Pandoc), `{: #id}` (kramdown), `{ #id .class key="value" }` (Python-Markdown's
    /// attr_list, markdown-it-attrs). A list of classes only (`{.display-6}`) goes too, id-less:
    /// a page's look is its theme's.
    static func headingID(_ line: inout String) -> String? {
        var text = line[...]
        while text.last == " " { text = text.dropLast() }
        // After a space, as the tools write it: `Using {{.Site.Title}}` is a template, not a list.
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{"), open > text.startIndex, text[text.index(before: open)] == " " else { return nil }
        var inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        if inside.hasPrefix(":") { inside = inside.dropFirst() }
        let tokens = inside.split(separator: " ")
        guard !tokens.isEmpty, tokens.allSatisfy({ $0.count > 1 && ($0.hasPrefix("#") || $0.hasPrefix(".") || $0.contains("=")) && !$0.contains("{") }),
            !tokens.contains(where: { $0.hasPrefix("#") && $0.dropFirst().contains { $0 == "\"" || $0 == "'" || $0 == "<" } })
        else { return nil }
        line = String(text[..<open])
        return tokens.last { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
    }

    private mutating func record(_ kind: Kind, _ name: String, line: Int, column: Int) {
        constructs.append(Construct(kind: kind, name: name, line: line, column: column))
    }

    private static func isEscaped(_ text: String) -> Bool {
        let opening = text.dropFirst(3).drop { $0 == " " }
        return opening.hasPrefix("/*")
    }

    /// `{{</* ref "x" */>}}` → `{{< ref "x" >}}`: how Hugo's documents show a shortcode as written.
    static func unescapingShortcodes(_ line: String) -> String {
        guard line.containsBytes("/*") else { return line }
        return line.replacingOccurrences(of: "{{</*", with: "{{<").replacingOccurrences(of: "*/>}}", with: ">}}")
            .replacingOccurrences(of: "{{%/*", with: "{{%").replacingOccurrences(of: "*/%}}", with: "%}}")
    }

    private static func longestRun(of marker: Character, in line: String) -> Int {
        var longest = 0, current = 0
        for character in line {
            current = character == marker ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}

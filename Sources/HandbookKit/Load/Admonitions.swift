import Foundation
import SourceFiles

/// Other tools' admonitions as GitHub alerts, which the handbook shows as callouts: Docusaurus's
/// (and VitePress's) `:::tip Title` … `:::`, nested with more colons outside; MkDocs's
/// `!!! note "Title"` and collapsible `??? note` / `???+ note`, whose body is indented by 4
/// spaces; GitBook's `{% hint style="info" %}` … `{% endhint %}`. Read before the rest of
/// ``ForeignMarkup``, which then reads each body as if it stood at the page's top (MkDocs's
/// indent taken off); `quoted` puts the `> ` back in front. No line moves: an opening line
/// becomes `> [!TIP]`, a closing line an empty one.
struct Admonitions: Sendable {
    /// The lines with every admonition's opening and closing line blank and its body's indent taken off.
    private(set) var lines: [String]
    private(set) var constructs: [ForeignMarkup.Construct] = []
    /// What goes in front of each line: an indent and `> ` per admonition around it.
    private var prefixes: [String]
    /// The alert marker (`[!TIP]`) each opening line becomes.
    private var markers: [Int: String] = [:]

    private enum Syntax: Equatable {
        /// Docusaurus, VitePress: closed by a line of at least as many colons.
        case colons(Int)
        /// MkDocs: the body is the lines indented by 4 more spaces.
        case indented
        /// GitBook: closed by `{% endhint %}`.
        case hint
    }

    private struct Opening {
        var syntax: Syntax
        var kind: String
        var title: String?
    }

    /// The callout nearest to each kind of admonition. GitHub has five, the other tools more,
    /// and theirs fold in by what they ask of the reader: information with nothing to do is a
    /// note (a summary, a question, an example, a quote); advice or a good outcome a tip;
    /// something not to miss is important; a problem to avoid (MkDocs's and Docusaurus's
    /// `caution` are their yellow box, a known bug, a failure) a warning; harm an action can do
    /// (`danger`, `error`) a caution, GitHub's red box.
    private static let callouts: [String: String] = [
        "note": "NOTE", "info": "NOTE", "abstract": "NOTE", "summary": "NOTE", "tldr": "NOTE", "todo": "NOTE",
        "question": "NOTE", "help": "NOTE", "faq": "NOTE", "example": "NOTE", "quote": "NOTE", "cite": "NOTE",
        "tip": "TIP", "hint": "TIP", "success": "TIP", "check": "TIP", "done": "TIP",
        "important": "IMPORTANT",
        "warning": "WARNING", "caution": "WARNING", "attention": "WARNING", "bug": "WARNING",
        "failure": "WARNING", "fail": "WARNING", "missing": "WARNING",
        "danger": "CAUTION", "error": "CAUTION",
    ]

    /// Whether `body` may hold an admonition; a page without these markers is not read line by line for them.
    static func mayHold(_ body: String) -> Bool {
        body.containsBytes(":::") || body.containsBytes("!!!") || body.containsBytes("???") || body.containsBytes("{% hint")
            || body.containsBytes("{%- hint")
    }

    init(_ lines: [String]) {
        self.lines = lines
        prefixes = Array(repeating: "", count: lines.count)
        read(lines.indices, prefix: "")
    }

    /// `lines` as the rest of ForeignMarkup left them, with the admonitions' `> ` and markers in front.
    func quoted(_ lines: [String]) -> [String] {
        var lines = lines
        for (index, prefix) in prefixes.enumerated() where !prefix.isEmpty {
            if let marker = markers[index] {
                lines[index] = prefix + marker
            } else {
                // `>` alone keeps a blank line inside the quote, as between two paragraphs of the body.
                lines[index] = lines[index].isEmpty ? String(prefix.dropLast()) : prefix + lines[index]
            }
        }
        return lines
    }

    /// Reads the admonitions in `range`, whose lines have lost the indent of those around them.
    private mutating func read(_ range: Range<Int>, prefix: String) {
        var fence: CodeFence?
        var index = range.lowerBound
        while index < range.upperBound {
            prefixes[index] = prefix
            let indent = lines[index].prefix { $0 == " " }.count
            let trimmed = lines[index].dropFirst(indent)
            index += 1
            guard indent < 4, !CodeFence.track(&fence, line: trimmed), let opening = Self.opening(trimmed) else { continue }
            index = read(opening, at: index - 1, indent: indent, in: range, prefix: prefix)
        }
    }

    /// Reads the admonition opened at `index`; gives the index of the line after it.
    private mutating func read(_ opening: Opening, at index: Int, indent: Int, in range: Range<Int>, prefix: String) -> Int {
        var (body, closing) = end(of: opening, at: index, indent: indent, in: range)
        // MkDocs's 4 spaces become `  > `, so that diagnostics in the body keep their columns too.
        let inner = prefix + String(repeating: " ", count: indent) + (opening.syntax == .indented ? "  > " : "> ")
        markers[index] = "[!" + callout(opening.kind, line: index + 1, column: indent + 1) + "]"
        prefixes[index] = inner
        lines[index] = ""
        let width = opening.syntax == .indented ? indent + 4 : indent
        for line in body { lines[line] = Self.dedented(lines[line], by: width) }
        if let title = opening.title {
            if body.isEmpty, let free = closing ?? (body.upperBound < range.upperBound && Self.isBlank(lines[body.upperBound]) ? body.upperBound : nil) {
                // Nothing but the title: it takes the closing line, or the blank line after it.
                body = free..<free + 1
                lines[free] = ""
                closing = nil
            }
            place(title, in: body, line: index + 1, column: indent + 1)
        }
        read(body, prefix: inner)
        guard let closing else { return body.upperBound }
        lines[closing] = ""
        prefixes[closing] = prefix
        return closing + 1
    }

    /// The body of the admonition opened at `index`, and its closing line; a Docusaurus or
    /// GitBook admonition never closed runs to the end, as Docusaurus reads it.
    private func end(of opening: Opening, at index: Int, indent: Int, in range: Range<Int>) -> (body: Range<Int>, closing: Int?) {
        var last = index
        var open: [Int] = []
        if case .colons(let colons) = opening.syntax { open = [colons] }
        var fence: CodeFence?
        for line in (index + 1)..<range.upperBound {
            let text = lines[line]
            if opening.syntax == .indented {
                if Self.isBlank(text) { continue }
                guard Self.width(of: text) >= indent + 4 else { break }
                last = line
                continue
            }
            let trimmed = text.drop { $0 == " " }
            if CodeFence.track(&fence, line: trimmed) { continue }
            if opening.syntax == .hint {
                if Self.opening(trimmed)?.syntax == .hint { open.append(0) }
                if let tag = LiquidTag(trimmed), tag.name == "endhint", Self.isBlank(trimmed[tag.end...]) {
                    guard open.isEmpty else { open.removeLast(); continue }
                    return ((index + 1)..<line, line)
                }
            } else if trimmed.hasPrefix(":::") {
                let colons = trimmed.prefix { $0 == ":" }.count
                if Self.isBlank(trimmed.dropFirst(colons)) {
                    // A closing line closes the innermost admonition it has colons enough for.
                    if let innermost = open.last, innermost <= colons { open.removeLast() }
                    if open.isEmpty { return ((index + 1)..<line, line) }
                } else if Self.opening(trimmed) != nil {
                    open.append(colons)
                }
            }
        }
        return opening.syntax == .indented ? ((index + 1)..<(last + 1), nil) : ((index + 1)..<range.upperBound, nil)
    }

    /// Puts the title in bold on the body's first line. Lines keep their numbers, so it takes
    /// that line when it is blank (as Docusaurus's and MkDocs's own examples write them), with a
    /// line break after it when text follows, or else runs in before the line's text. A body
    /// that starts with a code fence, a list or another block right on the next line leaves it
    /// no place, and it is reported.
    private mutating func place(_ title: String, in body: Range<Int>, line: Int, column: Int) {
        let bold = "**" + title + "**"
        guard let first = body.first else { return }
        if Self.isBlank(lines[first]) {
            let next = first + 1 < body.upperBound ? lines[first + 1] : ""
            lines[first] = bold + (Self.continuesParagraph(next) ? Self.lineBreak : "")
        } else if Self.continuesParagraph(lines[first]) {
            lines[first] = bold + " " + lines[first].drop { $0 == " " }
        } else {
            constructs.append(ForeignMarkup.Construct(kind: .admonitionTitle, name: title, line: line, column: column))
        }
    }

    private mutating func callout(_ kind: String, line: Int, column: Int) -> String {
        if let callout = Self.callouts[kind] { return callout }
        constructs.append(ForeignMarkup.Construct(kind: .admonition, name: kind, line: line, column: column))
        return "NOTE"
    }

    /// The admonition `trimmed` (a line without its indent) opens; nil when it opens none.
    private static func opening(_ trimmed: Substring) -> Opening? {
        if trimmed.hasPrefix(":::") {
            let colons = trimmed.prefix { $0 == ":" }.count
            // VitePress writes a space before the kind (`::: tip`).
            let rest = trimmed.dropFirst(colons).drop { $0 == " " }
            guard let kind = name(at: rest) else { return nil }
            var title = rest.dropFirst(kind.count).trimmingCharacters(in: .whitespaces)
            // Attributes of the directive (`{#id}`) show nothing.
            if title.hasSuffix("}"), let brace = title.lastIndex(of: "{") { title = title[..<brace].trimmingCharacters(in: .whitespaces) }
            if title.hasPrefix("["), title.hasSuffix("]") { title = String(title.dropFirst().dropLast()) }
            return Opening(syntax: .colons(colons), kind: kind.lowercased(), title: title.isEmpty ? nil : title)
        }
        if trimmed.hasPrefix("!!!") || trimmed.hasPrefix("???") {
            var rest = trimmed.dropFirst(trimmed.hasPrefix("???+") ? 4 : 3).drop { $0 == " " }
            // `??? "Title"` (pymdownx.details) names no kind: a note.
            let kind = name(at: rest) ?? (trimmed.hasPrefix("???") && rest.hasPrefix("\"") ? "note" : nil)
            guard let kind else { return nil }
            if rest.hasPrefix(kind) { rest = rest.dropFirst(kind.count) }
            // More words are CSS classes (`!!! note inline end`); a quoted title may follow.
            let classes = rest.prefix { $0 != "\"" }
            guard classes.allSatisfy({ $0 == " " || $0 == "-" || $0 == "_" || $0.isLetter || $0.isNumber }) else { return nil }
            let quoted = rest.dropFirst(classes.count).trimmingCharacters(in: .whitespaces)
            guard quoted.isEmpty || (quoted.count >= 2 && quoted.hasPrefix("\"") && quoted.hasSuffix("\"")) else { return nil }
            let title = String(quoted.dropFirst().dropLast())
            return Opening(syntax: .indented, kind: kind.lowercased(), title: title.isEmpty ? nil : title)
        }
        if trimmed.hasPrefix("{%"), let tag = LiquidTag(trimmed), tag.name == "hint", isBlank(trimmed[tag.end...]) {
            // GitBook's default style is `info`.
            return Opening(syntax: .hint, kind: (tag.named["style"] ?? "info").lowercased(), title: nil)
        }
        return nil
    }

    /// The kind's name at the start of `text`: a letter, then letters, digits, `-` and `_`.
    private static func name(at text: Substring) -> String? {
        guard let first = text.first, first.isASCII, first.isLetter else { return nil }
        return String(text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }

    /// Whether `line` would go on as the text of a paragraph above it, rather than start a
    /// block of its own (a list, a fence, a heading, a quote, a table, HTML…) or end it.
    static func continuesParagraph(_ line: some StringProtocol) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let text = line.dropFirst(indent)
        guard let first = text.first else { return false }
        if indent >= 4 || first.isLetter { return true }
        if first.isNumber {
            let marker = text.drop { $0.isNumber }
            return !((marker.first == "." || marker.first == ")") && (marker.dropFirst().first ?? " ") == " ")
        }
        if first == "*" || first == "_" {
            return !(text.dropFirst().first ?? " ").isWhitespace && !text.allSatisfy { $0 == first || $0 == " " }
        }
        if first == "`" { return !text.hasPrefix("```") }
        return "[!\"'(«„“".contains(first)
    }

    /// A hard line break as two spaces, not `\`: after a backslash cmark-gfm places the next line's links on the line before.
    static let lineBreak = "  "

    static func isBlank(_ text: some StringProtocol) -> Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The indent of `line` in columns, a tab reaching the next multiple of 4 as Python-Markdown reads it.
    static func width(of line: String) -> Int {
        var width = 0
        for character in line {
            guard character == " " || character == "\t" else { break }
            width = character == " " ? width + 1 : (width / 4 + 1) * 4
        }
        return width
    }

    /// `line` without up to `width` columns of its indent.
    static func dedented(_ line: String, by width: Int) -> String {
        var taken = 0
        var rest = line[...]
        while taken < width, let character = rest.first, character == " " || character == "\t" {
            taken = character == " " ? taken + 1 : (taken / 4 + 1) * 4
            rest = rest.dropFirst()
        }
        return String(rest)
    }
}

import SourceFiles

/// MkDocs Material's content tabs (pymdownx.tabbed): `=== "Python"` with the tab's content
/// indented by 4 spaces under it. A handbook page has no tabs, so each tab is shown as a page
/// without them would show it: its title in bold on its own line, its content below, the indent
/// taken off (an admonition or a tab inside it is then read as at the page's top). No line moves.
enum ContentTabs {
    /// Whether `body` may hold a tab; a page without the marker is not read line by line for it.
    static func mayHold(_ body: String) -> Bool {
        body.containsBytes("===")
    }

    static func flattened(_ lines: [String]) -> [String] {
        var lines = lines
        var fence: CodeFence?
        var index = 0
        while index < lines.count {
            let indent = lines[index].prefix { $0 == " " }.count
            let trimmed = lines[index].dropFirst(indent)
            index += 1
            guard indent < 4, !CodeFence.track(&fence, line: trimmed), let title = title(of: trimmed) else { continue }
            // The tab's content: the lines after it indented by 4 more, with blank lines among them.
            var last = index - 1
            for line in index..<lines.count {
                if Admonitions.isBlank(lines[line]) { continue }
                guard Admonitions.width(of: lines[line]) >= indent + 4 else { break }
                last = line
            }
            let content = index..<(last + 1)
            let next = content.first.map { lines[$0] } ?? ""
            // Text right under the title is a paragraph of its own, not the title's continuation.
            lines[index - 1] = String(repeating: " ", count: indent) + "**" + title + "**"
                + (Admonitions.continuesParagraph(Admonitions.dedented(next, by: 4)) ? Admonitions.lineBreak : "")
            for line in content { lines[line] = Admonitions.dedented(lines[line], by: 4) }
        }
        return lines
    }

    /// The title of the tab `trimmed` opens: `=== "Title"`, or `===!`/`===+` (a new set of tabs,
    /// the tab shown first); nil for any other line.
    static func title(of trimmed: Substring) -> String? {
        guard trimmed.hasPrefix("===") else { return nil }
        let rest = trimmed.dropFirst(3).drop { $0 == "!" || $0 == "+" }.drop { $0 == " " }
        guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\""),
            rest[rest.index(after: close)...].allSatisfy({ $0 == " " || $0 == "\t" })
        else { return nil }
        let title = rest[rest.index(after: rest.startIndex)..<close]
        return title.isEmpty ? nil : String(title)
    }
}

import Foundation
import SourceFiles

/// One Liquid tag as written: `{% name argument key="value" %}`, with or without the `-` that
/// trims whitespace (`{%- name -%}`).
struct LiquidTag: Sendable {
    var name: String
    var arguments: [String] = []
    var named: [String: String] = [:]
    /// Just after the closing `%}`.
    var end: String.Index

    /// Reads the tag `text` starts with; nil when it starts with none, or it is not closed on the line.
    init?(_ text: Substring) {
        guard text.hasPrefix("{%") else { return nil }
        var start = text.index(text.startIndex, offsetBy: 2)
        if text[start...].hasPrefix("-") { start = text.index(after: start) }
        guard let tag = TemplateTag(text, from: start, quotes: ["\"", "'"], closers: ["%}", "-%}"]), let first = tag.words.first else { return nil }
        name = first
        end = tag.end
        (arguments, named) = TemplateTag.arguments(tag.words.dropFirst())
    }
}

/// Liquid as Jekyll, GitBook and Eleventy leave it in a page, read line by line outside fenced
/// code: `{% link %}` and `{% post_url %}` become the path they name, GitBook's `embed`, `file`
/// and `content-ref` a link, `tab` its title in bold; `raw` keeps what it holds as written and
/// `comment` drops it (both may run over lines). Every other tag is left out, and reported once
/// per name; `{{ page.x }}`-like variables too. Other `{{ … }}` stay: they may be a placeholder
/// of a reply template, or Hugo's and Vue's own.
struct LiquidReader: Sendable {
    enum Block: Sendable { case raw, comment }

    /// The multi-line tag the next line is in.
    private(set) var block: Block?
    private(set) var constructs: [ForeignMarkup.Construct] = []

    /// Tags that close or continue another, reported with it; and those that mean nothing on a handbook's page.
    private static let silent: Set<String> = [
        "else", "elsif", "when", "break", "continue", "#", "tabs", "endtab", "endtabs", "endembed", "endfile", "endcontent-ref",
        "hint", "endhint", "endraw", "endcomment",
    ]
    /// What Jekyll's and Eleventy's pages are handed: a `{{ }}` starting with one of these is Liquid.
    private static let variableRoots: Set<String> = ["page", "site", "layout", "include", "jekyll", "paginator", "eleventy", "collections"]

    /// The line with its Liquid read; `following` are the page's lines after it.
    mutating func read(_ line: String, number: Int, following: ArraySlice<String>) -> String {
        var out = ""
        var rest = line[...]
        while true {
            switch block {
            case .comment:
                guard let end = Self.tag("endcomment", in: rest) else { return out }
                rest = rest[end.upperBound...]
                block = nil
            case .raw:
                guard let end = Self.tag("endraw", in: rest) else { return out + rest }
                out += rest[..<end.lowerBound]
                rest = rest[end.upperBound...]
                block = nil
            case nil:
                guard let open = Self.nextLiquid(in: rest) else { return out + rest }
                out += rest[..<open]
                let start = rest[open...]
                let column = line.utf8.distance(from: line.startIndex, to: open) + 1
                if start.hasPrefix("{%") {
                    guard let tag = LiquidTag(start) else { return out + start }
                    let wholeLine = out.allSatisfy(\.isWhitespace) && start[tag.end...].allSatisfy(\.isWhitespace)
                    // In `[x](…)` or a reference definition `[x]: …`, a tag stands for an address.
                    let trimmedOut = out.drop { $0 == " " }
                    let inDestination = out.hasSuffix("](") || (trimmedOut.hasPrefix("[") && trimmedOut.hasSuffix("]: "))
                    out += rendered(tag, line: number, column: column, wholeLine: wholeLine, inDestination: inDestination, following: following)
                    rest = start[tag.end...]
                } else {
                    guard let close = start.range(of: "}}") else { return out + start }
                    out += rendered(variable: start[..<close.upperBound], before: out, after: start[close.upperBound...], line: number, column: column)
                    rest = start[close.upperBound...]
                }
            }
        }
    }

    /// A line of fenced code without `{% raw %}` and `{% endraw %}`: how Jekyll shows Liquid as
    /// written, as Hugo's `{{</* x */>}}` is; Jekyll prints an empty line for a tag alone on one.
    mutating func unescaping(_ line: String) -> String {
        guard line.containsBytes("raw") else { return line }
        var out = ""
        var rest = line[...]
        while let open = rest.range(of: "{%") {
            out += rest[..<open.lowerBound]
            rest = rest[open.lowerBound...]
            if let tag = LiquidTag(rest), tag.name == "raw" || tag.name == "endraw" {
                if tag.name == "endraw" { block = nil }
                rest = rest[tag.end...]
            } else {
                out += "{%"
                rest = rest.dropFirst(2)
            }
        }
        return out + rest
    }

    private mutating func rendered(
        _ tag: LiquidTag, line: Int, column: Int, wholeLine: Bool, inDestination: Bool, following: ArraySlice<String>
    ) -> String {
        switch tag.name {
        case "raw":
            block = .raw
        case "comment":
            block = .comment
        case "link":
            // Jekyll's paths are from the site's top; the chapters folder (or its name) stands there.
            guard let path = tag.arguments.first else { break }
            return path.hasPrefix("/") || path.contains("://") ? path : "/" + path
        case "post_url":
            guard let post = tag.arguments.first else { break }
            return "/_posts/" + post + ".md"
        case "embed":
            guard let url = tag.named["url"] else { break }
            return Self.link(to: url, text: url)
        case "file":
            guard let source = tag.named["src"] else { break }
            return Self.link(to: source, text: String(source.split(separator: "/").last ?? Substring(source)))
        case "content-ref":
            // GitBook writes the link itself before `{% endcontent-ref %}`; without it, the tag is the link.
            guard let url = tag.named["url"] else { break }
            let inside = following.prefix(5).prefix { LiquidTag($0.drop { $0 == " " })?.name != "endcontent-ref" }
            return inside.contains { $0.containsBytes("](") } ? "" : Self.link(to: url, text: url)
        case "tab":
            guard let title = tag.named["title"] else { break }
            let next = following.first ?? ""
            return "**" + title + "**" + (wholeLine && Admonitions.continuesParagraph(next) ? Admonitions.lineBreak : "")
        case _ where inDestination && tag.arguments.count == 1 && tag.named.isEmpty && tag.arguments[0].hasPrefix("/"):
            // A site's own tag that gives a page's address (Eleventy's `{% page "/x/" %}` in
            // `[x]({% page "/x/" %})`): the address it is given.
            return tag.arguments[0]
        default:
            if !Self.silent.contains(tag.name), !tag.name.hasPrefix("end") {
                constructs.append(ForeignMarkup.Construct(kind: .liquidTag, name: tag.name, line: line, column: column))
            }
        }
        return ""
    }

    /// What `{{ … }}` becomes: a path given to `relative_url`, nothing for the site's root in
    /// a link's destination (`[x]({{ site.baseurl }}/start/)`), nothing with a warning for other
    /// Liquid variables, and itself when it is not Liquid.
    private mutating func rendered(variable: Substring, before: String, after: Substring, line: Int, column: Int) -> String {
        let expression = variable.dropFirst(2).dropLast(2).trimmingCharacters(in: CharacterSet(charactersIn: " -"))
        let parts = expression.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let value = parts.first else { return String(variable) }
        let filters = parts.dropFirst().map { $0.prefix { $0 != ":" && $0 != " " } }
        if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote,
            filters.contains(where: { $0 == "relative_url" || $0 == "absolute_url" })
        {
            return String(value.dropFirst().dropLast())
        }
        guard Self.variableRoots.contains(String(value.prefix { $0 != "." && $0 != "[" })) else { return String(variable) }
        let inDestination = before.hasSuffix("](") || before.hasSuffix("](<") || (before.hasPrefix("[") && before.hasSuffix("]: "))
        if inDestination, value == "site.baseurl" || value == "site.url" {
            return after.hasPrefix("/") || after.hasPrefix("{{") ? "" : "/"
        }
        constructs.append(ForeignMarkup.Construct(kind: .liquidVariable, name: value, line: line, column: column))
        return ""
    }

    /// The next `{%` or `{{` in `text` that is no Hugo shortcode (`{{<`, `{{%`).
    private static func nextLiquid(in text: Substring) -> Substring.Index? {
        var rest = text
        while let brace = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: brace)...]
            if after.hasPrefix("%") { return brace }
            if after.hasPrefix("{"), !after.dropFirst().hasPrefix("<"), !after.dropFirst().hasPrefix("%") { return brace }
            rest = after.drop { $0 == "{" || $0 == "<" || $0 == "%" }
        }
        return nil
    }

    /// Where the tag `name` stands in `text`.
    private static func tag(_ name: String, in text: Substring) -> Range<Substring.Index>? {
        var rest = text
        while let open = rest.range(of: "{%") {
            if let tag = LiquidTag(rest[open.lowerBound...]), tag.name == name { return open.lowerBound..<tag.end }
            rest = rest[open.upperBound...]
        }
        return nil
    }

    /// A Markdown link to `destination`, its text shown as written.
    private static func link(to destination: String, text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>!#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        let target = destination.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return "[" + escaped + "](<" + target + ">)"
    }
}

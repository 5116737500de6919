import Foundation
import SourceFiles

/// mdBook's includes, read as mdBook reads them: `{{#include file.rs}}` puts the file's text in
/// place of the line's directive (mostly inside a code block), `file.rs:2`, `file.rs:2:10`,
/// `file.rs::10` and `file.rs:2:` a range of its lines, and `file.rs:name` the lines between
/// `ANCHOR: name` and `ANCHOR_END: name`. `rustdoc_include` and `playground` show the same lines
/// (mdBook hides the rest of a `rustdoc_include` file). `\{{#include …}}` shows the directive.
///
/// Hugo sites include with a shortcode of their own, most often `{{% include "/_common/x.md" %}}`
/// (Hugo's documentation) or Docsy's `{{< readfile file="x.md" >}}`: read alike, a path from `/`
/// being from the chapters folder, as Hugo's content folder.
///
/// The text gets longer, so each of its lines keeps the page's line it comes from: diagnostics
/// point at the page as written, an included line at its directive.
struct BookIncludes {
    private(set) var text = ""
    /// The line of the page each line of `text` comes from; nil when nothing was included.
    private(set) var sourceLines: [Int]?
    private(set) var diagnostics = Diagnostics()
    /// The paths of the files included, so that a change to one reads the page again.
    private(set) var files: [String] = []

    private static let directives = ["include", "rustdoc_include", "playground"]
    private static let shortcodes = ["include", "readfile"]
    /// mdBook's own limit of includes within includes.
    private static let depthLimit = 10

    /// Where a Hugo include's path from `/` starts.
    private let chapters: URL

    /// `body` is the text after the front matter of the page at `page`, from line `bodyLine` of
    /// `displayPath`; files are named relative to the page's folder and must be inside `boundary`.
    init(_ body: String, page: URL, chapters: URL, displayPath: String, bodyLine: Int, boundary: SourceBoundary) {
        let folder = page.deletingLastPathComponent()
        self.chapters = chapters
        guard body.containsBytes("{{#") || body.containsBytes("{{% include") || body.containsBytes("{{< include")
            || body.containsBytes("readfile")
        else {
            text = body
            return
        }
        var lines: [String] = []
        var sources: [Int] = []
        let bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in bodyLines.enumerated() {
            let place = (file: displayPath, line: bodyLine + index)
            let expanded = expand(String(line), folder: folder, place: place, boundary: boundary, chain: [page.standardizedFileURL.path])
            let parts = expanded.split(separator: "\n", omittingEmptySubsequences: false)
            lines += parts.map(String.init)
            sources += Array(repeating: index + 1, count: parts.count)
        }
        text = lines.joined(separator: "\n")
        if sources.count != bodyLines.count { sourceLines = sources }
    }

    /// The line with its directives replaced by what they include.
    private mutating func expand(_ line: String, folder: URL, place: (file: String, line: Int), boundary: SourceBoundary, chain: [String]) -> String {
        let hugo = expandShortcodes(line, folder: folder, place: place, boundary: boundary, chain: chain)
        return hugo.containsBytes("{{#") ? expandDirectives(hugo, folder: folder, place: place, boundary: boundary, chain: chain) : hugo
    }

    /// A line that is a Hugo include shortcode, as the file's text; other lines as they are.
    private mutating func expandShortcodes(_ line: String, folder: URL, place: (file: String, line: Int), boundary: SourceBoundary, chain: [String]) -> String {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix("{{%") || trimmed.hasPrefix("{{<"), let shortcode = Shortcode(trimmed),
            Self.shortcodes.contains(shortcode.name), let path = shortcode.named["file"] ?? shortcode.arguments.first
        else { return line }
        let column = line.utf8.count - trimmed.utf8.count + 1
        let relative = String(path.drop { $0 == "/" })
        // From `/`, or not found beside the page, a path is from the content folder, as Hugo finds pages.
        let besidePage = !path.hasPrefix("/") && FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path)
        return included(relative, folder: besidePage ? folder : chapters, place: (place.file, place.line, column), boundary: boundary, chain: chain)
            + String(trimmed[shortcode.end...])
    }

    private mutating func expandDirectives(_ line: String, folder: URL, place: (file: String, line: Int), boundary: SourceBoundary, chain: [String]) -> String {
        var out = ""
        var rest = line[...]
        while let open = rest.range(of: "{{#") {
            let escaped = rest[..<open.lowerBound].hasSuffix("\\")
            out += escaped ? rest[..<rest.index(before: open.lowerBound)] : rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                out += rest[open.lowerBound...]
                return out
            }
            let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let name = String(inside.prefix { !$0.isWhitespace })
            let argument = inside.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            if escaped || !Self.directives.contains(name) || argument.isEmpty {
                out += rest[open.lowerBound..<close.upperBound]
            } else {
                let column = line.utf8.distance(from: line.startIndex, to: open.lowerBound) + 1
                out += included(argument, folder: folder, place: (place.file, place.line, column), boundary: boundary, chain: chain)
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private mutating func included(
        _ argument: String, folder: URL, place: (file: String, line: Int, column: Int), boundary: SourceBoundary, chain: [String]
    ) -> String {
        func problem(_ message: String, error: Bool = true) -> String {
            diagnostics.append(error
                ? .error(message, file: place.file, line: place.line, column: place.column)
                : .warning(message, file: place.file, line: place.line, column: place.column))
            return ""
        }
        guard chain.count < Self.depthLimit else {
            return problem("includes go more than \(Self.depthLimit) deep, so the rest is left out")
        }
        let parts = argument.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let file = folder.appendingPathComponent(path).standardizedFileURL
        // Watched even when missing: the page is read again once the file is there.
        files.append(file.path)
        // A file that includes itself would grow the page without end.
        guard !chain.contains(file.path) else {
            return problem("'\(path)' includes itself, through the files it includes, so it is left out here")
        }
        guard boundary.containsFile(file) else {
            return problem("the file to include, '\(path)', is not a file inside the handbook; fix the path")
        }
        guard let data = try? RegularFile.read(file), let source = try? SourceText(path: path, data: data) else {
            return problem("the file to include, '\(path)', cannot be read as UTF-8 text")
        }
        // A page included in another (Hugo's `_common` pages) brings its text, not its front matter.
        let content = PageFiles.hasPageExtension(path) ? (try? FrontMatterSplit(source)).map { String($0.body) } ?? source.text : source.text
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if parts.count > 1 {
            guard let selected = Self.select(lines, parts.dropFirst().map(String.init)) else {
                return problem("'\(path)' has no anchor '\(parts[1])' (a line 'ANCHOR: \(parts[1])'), so nothing is included", error: false)
            }
            lines = selected
        }
        // mdBook leaves the anchors' own lines out wherever they are.
        lines.removeAll { $0.contains("ANCHOR:") || $0.contains("ANCHOR_END:") }
        let nested = lines.map { expand($0, folder: file.deletingLastPathComponent(), place: (place.file, place.line), boundary: boundary, chain: chain + [file.path]) }
        return nested.joined(separator: "\n")
    }

    /// The lines a range (`2`, `2:10`, `:10`, `2:`) or an anchor's name selects; nil for an
    /// anchor the file does not have.
    private static func select(_ lines: [String], _ selector: [String]) -> [String]? {
        let first = selector[0], second = selector.count > 1 ? selector[1] : nil
        if first.isEmpty || Int(first) != nil {
            let start = max(1, Int(first) ?? 1)
            let end = second.map { $0.isEmpty ? lines.count : Int($0) ?? lines.count } ?? (first.isEmpty ? lines.count : start)
            guard start <= min(end, lines.count) else { return [] }
            return Array(lines[(start - 1)..<min(end, lines.count)])
        }
        guard let open = lines.firstIndex(where: { $0.contains("ANCHOR: \(first)") && Self.names($0, first, after: "ANCHOR: ") }) else { return nil }
        let close = lines[(open + 1)...].firstIndex { $0.contains("ANCHOR_END: \(first)") && Self.names($0, first, after: "ANCHOR_END: ") } ?? lines.endIndex
        return Array(lines[(open + 1)..<close])
    }

    /// Whether the anchor marker in `line` names exactly `name` (`ANCHOR: all` is not `ANCHOR: a`).
    private static func names(_ line: String, _ name: String, after marker: String) -> Bool {
        guard let range = line.range(of: marker + name) else { return false }
        let next = line[range.upperBound...].first
        return next == nil || !(next!.isLetter || next!.isNumber || next! == "_" || next! == "-")
    }
}

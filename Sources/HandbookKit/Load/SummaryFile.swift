import Foundation
import SourceFiles

/// An mdBook `SUMMARY.md` at the top of the chapters folder: its list of links sets which pages
/// the book has, their order, nesting and titles, in place of the folders' order. MkDocs' `nav:`
/// is read into the same entries (`MkDocsNav`).
///
/// ```markdown
/// # Summary
/// [Introduction](README.md)
/// - [Getting started](start.md)
///   - [Installing](start/install.md)
/// ```
struct SummaryFile {
    static let fileName = "SUMMARY.md"

    struct Entry {
        var title: String
        /// Relative to the handbook's root, like a chapter's `sourcePath`.
        var path: String
        var indent: Int
        var line: Int
        var column: Int
        /// A section with no page of its own in the list (an MkDocs nav section): `path` is its
        /// folder, whose page (its `index.md`, or the listing the site makes) stands for it.
        var isSection = false
    }

    let path: String
    private(set) var entries: [Entry] = []
    /// Whether pages it does not list are published after those it lists (MkDocs builds them)
    /// rather than left out (mdBook does not).
    let keepsUnlisted: Bool

    init(path: String, entries: [Entry], keepsUnlisted: Bool) {
        self.path = path
        self.entries = entries
        self.keepsUnlisted = keepsUnlisted
    }

    /// Reads every `[title](file.md)` that starts a line or a list item; headings (mdBook's part
    /// titles), rules and drafts without a file (`[Later]()`) give no page.
    init(_ source: SourceText, chaptersFolder: String) {
        path = source.path
        keepsUnlisted = false
        for number in stride(from: 1, through: source.lineCount, by: 1) {
            let line = source.line(number)
            let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if let marker = rest.first, "-*+".contains(marker), rest.dropFirst().first == " " {
                rest = rest.dropFirst(2).drop { $0 == " " }
            }
            guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                rest[rest.index(after: close)...].hasPrefix("("),
                let end = rest[close...].firstIndex(of: ")")
            else { continue }
            let title = Self.unescaped(rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces))
            var target = Self.unescaped(rest[rest.index(close, offsetBy: 2)..<end].trimmingCharacters(in: .whitespaces))
            // `[x](<agile  planning.md>)`: GitBook writes a path with spaces in angle brackets.
            if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
            guard !target.isEmpty, let decoded = PercentEncoding.decoded(target.split(separator: "#").first ?? "") else { continue }
            let relative = Self.cleaned(decoded)
            let column = line.distance(from: line.startIndex, to: rest.startIndex) + 1
            entries.append(Entry(title: title, path: chaptersFolder + "/" + relative, indent: indent, line: number, column: column))
        }
    }

    /// The folder a file's path is in; empty for a file at the top.
    static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// A path as the listing writes it, without `.` segments or doubled slashes.
    static func cleaned(_ path: some StringProtocol) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// `down\_time` → `down_time`: Markdown's backslash escapes of punctuation, which GitBook
    /// writes in its summaries' titles and paths.
    private static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                if !(character.isASCII && (character.isPunctuation || character.isSymbol)) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return escaping ? result + "\\" : result
    }

    /// The chapters (as loaded from the folders) in the summary's order and nesting, with its
    /// titles. A listed file that is no page is a warning; pages it does not list are left out,
    /// as mdBook leaves them, or come after the others (`keepsUnlisted`), with one warning that
    /// says how many. A section stands as its folder's page, or as a page of its own listing its
    /// pages when they are in no one folder.
    func arrange(_ chapters: [Chapter], home: String? = nil, diagnostics: inout Diagnostics) -> [Chapter] {
        var bySource: [String: Chapter] = [:]
        // The first parts of every page's address, which a made-up section's must not take.
        var takenNames = BookLoader.reservedNames.union(["print"])
        func madeUpSection(_ title: String) -> Chapter {
            let slug = Slug.make(title), base = slug.isEmpty ? "section" : slug
            var name = base, number = 1
            while takenNames.contains(name) {
                number += 1
                name = base + "-\(number)"
            }
            takenNames.insert(name)
            return Chapter(id: name + "/index", title: title, sourcePath: nil)
        }
        // Each folder's own page (its index.md, or the listing made for it), by the folder.
        var folderPages: [String: Chapter] = [:]
        var unlisted: [String] = []
        func collect(_ chapters: [Chapter]) {
            for chapter in chapters {
                var page = chapter
                page.children = []
                takenNames.insert(String(chapter.id.prefix { $0 != "/" }))
                if let source = chapter.sourcePath, source.hasSuffix(".md") {
                    bySource[source] = page
                    unlisted.append(source)
                }
                if !chapter.children.isEmpty, let source = chapter.sourcePath {
                    let folder = source.hasSuffix(".md") ? Self.folder(of: source) : source
                    folderPages[folder] = page
                }
                collect(chapter.children)
            }
        }
        collect(chapters)
        // The open levels of the list, outermost first: the indent of their items, and the items.
        var levels: [(indent: Int, chapters: [Chapter])] = []
        func closeLevel() {
            let finished = levels.removeLast()
            let parent = levels.count - 1
            levels[parent].chapters[levels[parent].chapters.count - 1].children = finished.chapters
        }
        var listed: Set<String> = []
        // The entries left out whose items are being read, by their indent: their items move out
        // to their place (by as much as the first of them is deeper), rather than nest under the
        // entry before.
        var skipped: [(indent: Int, movedTo: Int, shift: Int?)] = []
        for entry in entries {
            while let last = skipped.last, entry.indent <= last.indent { skipped.removeLast() }
            if let last = skipped.last, last.shift == nil { skipped[skipped.count - 1].shift = entry.indent - last.indent }
            // An item less deep than the first one still stays under the left-out entry's place.
            let indent = max(entry.indent - skipped.reduce(0) { $0 + ($1.shift ?? 0) }, skipped.last?.movedTo ?? 0)
            func skip() { skipped.append((entry.indent, indent, nil)) }
            // mdBook's `[Introduction](README.md)`: the front page, which comes first anyway.
            if entry.path == home {
                skip()
                continue
            }
            let folderPage = entry.isSection ? folderPages[entry.path].flatMap { listed.contains($0.sourcePath ?? "") ? nil : $0 } : nil
            guard var chapter = entry.isSection ? folderPage ?? madeUpSection(entry.title) : bySource[entry.path] else {
                diagnostics.append(.warning(
                    "'\(entry.path)' is not a page of the chapters folder, so the entry is left out; create the file or fix the path",
                    file: path, line: entry.line, column: entry.column))
                skip()
                continue
            }
            // A made-up section is listed once by its making.
            guard chapter.sourcePath.map({ listed.insert($0).inserted }) ?? true else {
                diagnostics.append(.warning("'\(entry.path)' is listed twice; the book keeps the first", file: path, line: entry.line, column: entry.column))
                skip()
                continue
            }
            if !entry.title.isEmpty { chapter.title = entry.title }
            while levels.count > 1, indent < levels[levels.count - 1].indent { closeLevel() }
            // Every open level has an item, so a deeper one nests under the item just before it.
            if levels.isEmpty || indent > levels[levels.count - 1].indent { levels.append((indent, [])) }
            levels[levels.count - 1].chapters.append(chapter)
        }
        while levels.count > 1 { closeLevel() }
        let left = unlisted.filter { !listed.contains($0) }
        guard let first = left.first else { return levels.first?.chapters ?? [] }
        if keepsUnlisted {
            diagnostics.append(.warning(
                "\(left.count) page(s) of the chapters folder are not in \(path)'s nav, so they come after the pages it lists, like '\(first)'",
                file: path))
            return (levels.first?.chapters ?? []) + left.compactMap { bySource[$0] }
        }
        diagnostics.append(.warning(
            "\(left.count) page(s) of the chapters folder are not in \(Self.fileName) and are left out, like '\(first)'; list them to publish them",
            file: path))
        return levels.first?.chapters ?? []
    }
}

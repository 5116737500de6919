public import Foundation
import Markdown

/// Reads the chapters folder into a ``Book``: Markdown files are pages, folders are sections
/// (their `index.md` is the section's page), numeric prefixes or `order` set the order, and
/// everything else is an asset copied as it is.
public struct BookLoader {
    public let root: URL
    public let config: HandbookConfig

    /// Top-level names the site uses for its own files.
    public static let reservedNames: Set<String> = ["assets", "media", "rules", "examples", "index"]

    public init(root: URL, config: HandbookConfig) {
        self.root = root
        self.config = config
    }

    public func load() -> (Book, Diagnostics) {
        var diagnostics = Diagnostics()
        var book = Book(config: config, chapters: [])
        let folder = root.appendingPathComponent(config.chaptersFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error(
                "the chapters folder '\(config.chaptersFolder)' does not exist; create it or set 'folders: chapters:'",
                file: HandbookConfig.fileName))
            return (book, diagnostics)
        }
        var context = LoadContext(options: MarkdownOptions(allowsRawHTML: config.allowsRawHTML))
        let top = loadFolder(folder, relativePath: config.chaptersFolder, idPrefix: "", context: &context)
        book.home = top.index.map { page in
            var home = chapter(from: page, id: "index", children: [])
            if home.title.isEmpty { home.title = config.title }
            return home
        }
        book.chapters = top.children
        book.assets = context.assets.sorted()
        diagnostics.append(contentsOf: context.diagnostics)
        diagnostics.append(contentsOf: duplicateIDs(in: book))
        return (book, diagnostics)
    }

    // MARK: Folders

    private struct LoadContext {
        let options: MarkdownOptions
        var diagnostics = Diagnostics()
        var assets: [String] = []
    }

    private struct Entry {
        var order: Int?
        var name: String
        var chapter: Chapter
    }

    private func loadFolder(
        _ folder: URL, relativePath: String, idPrefix: String, context: inout LoadContext
    ) -> (index: PageSource?, children: [Chapter]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            context.diagnostics.append(.error("cannot list the folder: \(error.localizedDescription)", file: relativePath))
            return (nil, [])
        }
        var index: PageSource?
        var entries: [Entry] = []
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = relativePath + "/" + name
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let (number, rest) = Slug.splitPrefix(name)
            if isDirectory.boolValue {
                let sectionSlug = Slug.make(String(rest))
                let inner = loadFolder(url, relativePath: path, idPrefix: "", context: &context)
                // A folder of images and other files is not a section.
                if inner.index == nil, inner.children.isEmpty { continue }
                let slug = inner.index?.slug ?? sectionSlug
                guard checkSegment(slug, name: name, path: path, topLevel: idPrefix.isEmpty, context: &context) else { continue }
                let prefix = idPrefix + slug + "/"
                let children = inner.children.map { reprefixed($0, with: prefix) }
                let page = inner.index ?? PageSource(
                    sourcePath: path, title: Self.title(fromFolderName: String(rest)), markdown: "", bodyLine: 1,
                    outline: MarkdownOutline())
                var section = chapter(from: page, id: prefix + "index", children: children)
                if inner.index == nil { section.sourcePath = nil }
                entries.append(Entry(order: page.order ?? number, name: name, chapter: section))
            } else if name.lowercased().hasSuffix(".md") {
                guard let page = PageSource.read(url, displayPath: path, options: context.options, diagnostics: &context.diagnostics)
                else { continue }
                if name == "index.md" {
                    index = page
                    continue
                }
                let slug = page.slug ?? Slug.make(String(rest.dropLast(3)))
                guard checkSegment(slug, name: name, path: path, topLevel: idPrefix.isEmpty, context: &context) else { continue }
                entries.append(Entry(order: page.order ?? number, name: name, chapter: chapter(from: page, id: idPrefix + slug, children: [])))
            } else {
                context.assets.append(String(path.dropFirst(config.chaptersFolder.count + 1)))
            }
        }
        entries.sort { ($0.order ?? Int.max, $0.name) < ($1.order ?? Int.max, $1.name) }
        return (index, entries.map(\.chapter))
    }

    private func checkSegment(_ slug: String, name: String, path: String, topLevel: Bool, context: inout LoadContext) -> Bool {
        if slug.isEmpty {
            context.diagnostics.append(.error(
                "'\(name)' gives an empty page name; rename it or set 'slug:' in its front matter", file: path))
            return false
        }
        if topLevel, Self.reservedNames.contains(slug) {
            context.diagnostics.append(.error(
                "the name '\(slug)' is used by the site itself; rename '\(name)' or set another 'slug:'", file: path))
            return false
        }
        return true
    }

    private func chapter(from page: PageSource, id: String, children: [Chapter]) -> Chapter {
        Chapter(
            id: id, title: page.title ?? "", summary: page.summary, sourcePath: page.sourcePath,
            markdown: page.markdown, bodyLine: page.bodyLine, outline: page.outline,
            titleIsFirstHeading: page.titleIsFirstHeading, children: children)
    }

    private func reprefixed(_ chapter: Chapter, with prefix: String) -> Chapter {
        var copy = chapter
        copy.id = prefix + chapter.id
        copy.children = chapter.children.map { reprefixed($0, with: prefix) }
        return copy
    }

    static func title(fromFolderName name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    // MARK: Whole-book checks

    private func duplicateIDs(in book: Book) -> Diagnostics {
        var diagnostics = Diagnostics()
        var seen: [String: String] = [:]
        for chapter in book.readingOrder {
            let source = chapter.sourcePath ?? "\(config.chaptersFolder)/\(chapter.id)"
            if let first = seen[chapter.id] {
                diagnostics.append(.error(
                    "this page and \(first) both become '\(chapter.outputPath)'; rename one or set 'slug:' in its front matter",
                    file: source, line: 1, column: 1))
            } else {
                seen[chapter.id] = source
            }
            if chapter.title.isEmpty, let path = chapter.sourcePath {
                diagnostics.append(.error(
                    "the page has no title; add 'title: …' to its front matter or start it with '# Title'",
                    file: path, line: 1, column: 1))
            }
        }
        return diagnostics
    }
}

public import Foundation
import Markdown
public import SourceFiles

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
        readAllPages(in: folder, context: &context)
        let top = loadFolder(folder, relativePath: config.chaptersFolder, isTopLevel: true, context: &context)
        book.home = top.index.map { page in
            var home = chapter(from: page, id: "index", children: [])
            if home.title.isEmpty { home.title = config.title }
            return home
        }
        book.chapters = top.children
        book.assets = context.assets.sorted()
        book.examples = ExampleLoader(root: root, config: config).load(diagnostics: &context.diagnostics)
        diagnostics.append(contentsOf: context.diagnostics)
        diagnostics.append(contentsOf: duplicateIDs(in: book))
        return (book, diagnostics)
    }

    // MARK: Folders

    private struct LoadContext {
        let options: MarkdownOptions
        var diagnostics = Diagnostics()
        var assets: [String] = []
        /// Every Markdown file of the tree, read up front, by path relative to the root.
        var pages: [String: PageSource] = [:]
    }

    /// Why a folder entry is left out of the book, or nil to take it. Linked folders are not
    /// followed (one may lead back into the book, and the Markdown files are read without them).
    private static func unusableEntry(exists: Bool, isFolder: Bool, isLink: Bool, path: String) -> String? {
        if !exists {
            return "a symbolic link to nothing is left out; remove it or point it at a file"
        }
        if isFolder {
            return isLink ? "a symbolic link to a folder is left out; copy the folder into the book, or link the files inside it one by one" : nil
        }
        // A Markdown file that cannot be read is reported when the pages are read.
        if path.lowercased().hasSuffix(".md") || FileManager.default.isReadableFile(atPath: path) { return nil }
        return "the file cannot be read, so it is left out; check its permissions"
    }

    private struct Entry {
        var order: Int?
        var name: String
        var chapter: Chapter
    }

    private func loadFolder(
        _ folder: URL, relativePath: String, isTopLevel: Bool, context: inout LoadContext
    ) -> (index: PageSource?, children: [Chapter]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            context.diagnostics.append(.error("cannot list the folder: \(error.localizedDescription)", file: relativePath))
            return (nil, [])
        }
        var visible: [String] = []
        var isFolder: [Bool] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            if let problem = Self.unusableEntry(exists: exists, isFolder: isDirectory.boolValue, isLink: isLink, path: path) {
                context.diagnostics.append(.warning(problem, file: relativePath + "/" + name))
                continue
            }
            visible.append(name)
            isFolder.append(isDirectory.boolValue)
        }
        var index: PageSource?
        var entries: [Entry] = []
        for (position, name) in visible.enumerated() {
            let url = folder.appendingPathComponent(name)
            let path = relativePath + "/" + name
            let (number, rest) = Slug.splitPrefix(name)
            if isFolder[position] {
                let sectionSlug = Slug.make(String(rest))
                let inner = loadFolder(url, relativePath: path, isTopLevel: false, context: &context)
                // A folder of images and other files is not a section.
                if inner.index == nil, inner.children.isEmpty { continue }
                let slug = inner.index?.slug ?? sectionSlug
                guard checkSegment(slug, name: name, path: path, topLevel: isTopLevel, context: &context) else { continue }
                // Ids are relative to this folder; the caller puts its own folder in front.
                let prefix = slug + "/"
                let children = inner.children.map { reprefixed($0, with: prefix) }
                let page = inner.index ?? PageSource(
                    sourcePath: path, title: Self.title(fromFolderName: String(rest)), markdown: "", bodyLine: 1,
                    outline: MarkdownOutline())
                let section = chapter(from: page, id: prefix + "index", children: children)
                entries.append(Entry(order: page.order ?? number, name: name, chapter: section))
            } else if name.lowercased().hasSuffix(".md") {
                guard let page = context.pages[path] else { continue }
                if name == "index.md" {
                    index = page
                    continue
                }
                let slug = page.slug ?? Slug.make(String(rest.dropLast(3)))
                guard checkSegment(slug, name: name, path: path, topLevel: isTopLevel, context: &context) else { continue }
                entries.append(Entry(order: page.order ?? number, name: name, chapter: chapter(from: page, id: slug, children: [])))
            } else {
                context.assets.append(String(path.dropFirst(config.chaptersFolder.count + 1)))
            }
        }
        entries.sort { ($0.order ?? Int.max, $0.name) < ($1.order ?? Int.max, $1.name) }
        return (index, entries.map(\.chapter))
    }

    /// Reads and parses every Markdown file under `folder` on every core at once; diagnostics
    /// keep the files' sorted order, so output does not depend on scheduling.
    private func readAllPages(in folder: URL, context: inout LoadContext) {
        let manager = FileManager.default
        var relativePaths: [String] = []
        if let walker = manager.enumerator(atPath: folder.path) {
            for case let relative as String in walker {
                if relative.split(separator: "/").last?.hasPrefix(".") == true {
                    walker.skipDescendants()
                    continue
                }
                guard relative.lowercased().hasSuffix(".md") else { continue }
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: folder.path + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                    relativePaths.append(relative)
                }
            }
        }
        let options = context.options
        let base = folder.path
        let prefix = config.chaptersFolder
        let read = relativePaths.sorted().concurrentMap { relative in
            var diagnostics = Diagnostics()
            let page = PageSource.read(
                URL(fileURLWithPath: base + "/" + relative), displayPath: prefix + "/" + relative,
                options: options, diagnostics: &diagnostics)
            return (path: prefix + "/" + relative, page: page, diagnostics: diagnostics)
        }
        for file in read {
            context.diagnostics.append(contentsOf: file.diagnostics)
            if let page = file.page { context.pages[file.path] = page }
        }
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
            let source = chapter.sourcePath ?? chapter.outputPath
            if let first = seen[chapter.id] {
                let isFile = source.lowercased().hasSuffix(".md")
                diagnostics.append(.error(
                    "this page and \(first) both become '\(chapter.outputPath)'; rename one or set 'slug:' in its front matter",
                    file: source, line: isFile ? 1 : nil, column: isFile ? 1 : nil))
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

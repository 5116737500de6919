public import Foundation
import Markdown
public import SourceFiles
import ParallelMap

/// Reads the chapters folder into a ``Book``: Markdown files are pages, folders are sections
/// (their `index.md`, or Hugo's `_index.md`, is the section's page), numeric prefixes or `order`
/// set the order unless an mdBook `SUMMARY.md` lists the pages, and everything else is an asset
/// copied as it is.
public struct BookLoader {
    public let root: URL
    public let config: HandbookConfig

    /// Top-level names the site uses for its own files.
    public static let reservedNames: Set<String> = ["assets", "media", "files", "rules", "examples", "lint", "search", "index"]

    public init(root: URL, config: HandbookConfig) {
        self.root = root
        self.config = config
    }

    /// Loads the book. With `previous`, a book loaded from the same handbook before, only the
    /// files in `changed` (paths relative to the root) and files new since are read again.
    public func load(reusing previous: Book? = nil, changed: Set<String> = []) -> (Book, Diagnostics) {
        // A changed handbook.yml can change how every file reads.
        let reusable = previous.flatMap { $0.config == config ? $0.sources : nil }
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
        var context = LoadContext(options: config.markdownOptions)
        let listing = SourceFolder.list(
            folder, displayPath: config.chaptersFolder, boundary: config.sourceBoundary(root: root), diagnostics: &context.diagnostics)
        readAllPages(listing, reusing: reusable?.pages ?? [:], changed: changed, context: &context)
        let top = loadFolder(listing, relativePath: config.chaptersFolder, isTopLevel: true, context: &context)
        book.home = top.index.map { page in
            var home = chapter(from: page, id: "index", children: [])
            if page.title == nil { home.title = config.title }
            return home
        }
        book.chapters = top.children
        if listing.files.contains(SummaryFile.fileName) {
            let path = config.chaptersFolder + "/" + SummaryFile.fileName
            do {
                let summary = try SummaryFile(SourceText.read(root.appendingPathComponent(path), displayPath: path), chaptersFolder: config.chaptersFolder)
                book.chapters = summary.arrange(book.chapters, home: book.home?.sourcePath, diagnostics: &context.diagnostics)
            } catch {
                context.diagnostics.append(error)
            }
        } else if let nav = MkDocsNav.summary(root: root, chaptersFolder: config.chaptersFolder, diagnostics: &context.diagnostics) {
            book.chapters = nav.arrange(book.chapters, home: book.home?.sourcePath, diagnostics: &context.diagnostics)
        }
        context.diagnostics.append(contentsOf: Self.ignoredKeys(context.pages))
        context.diagnostics.append(contentsOf: ForeignMarkup.report(context.pages.filter { !$0.value.isDraft }))
        let taken = Set(book.allPages.map(\.outputPath))
        let redirectSources = book.allPages.compactMap { page in
            page.sourcePath.flatMap { context.pages[$0] }.map { (id: page.id, sources: $0.redirects) }
        }
        book.redirects = PageRedirect.resolve(redirectSources, taken: taken, diagnostics: &context.diagnostics)
        book.assets = context.assets.sorted()
        // A handbook whose pages are at the project's top has the project's own files beside
        // them (handbook.yml, package.json, other tools' settings and templates): only those a
        // page links are published.
        if config.chaptersFolder == "." { book.assets = Self.linkedAssets(of: book) }
        let examplesChanged = changed.contains { $0.hasPrefix(config.examplesFolder + "/") || $0 == config.examplesFolder }
        if let kept = reusable?.examples, !examplesChanged {
            book.sources.examples = kept
        } else {
            var exampleDiagnostics = Diagnostics()
            let examples = ExampleLoader(root: root, config: config).load(diagnostics: &exampleDiagnostics)
            book.sources.examples = (examples, exampleDiagnostics)
        }
        book.examples = book.sources.examples?.examples ?? []
        book.sources.pages = context.sources
        book.projectFiles = LinkResolver.projectFiles(of: book, root: root, boundary: config.sourceBoundary(root: root))
        diagnostics.append(contentsOf: context.diagnostics)
        diagnostics.append(contentsOf: book.sources.examples?.diagnostics ?? Diagnostics())
        diagnostics.append(contentsOf: duplicateIDs(in: book))
        return (book, diagnostics)
    }

    private static func linkedAssets(of book: Book) -> [String] {
        let resolver = LinkResolver(book: book)
        var linked = Set<String>()
        for page in book.allPages + book.examplePages {
            for destination in page.linkDestinations {
                if case .success(.asset(let path)) = resolver.resolve(destination, in: page, hints: false) { linked.insert(path) }
            }
        }
        return linked.sorted()
    }

    // MARK: Folders

    private struct LoadContext {
        let options: MarkdownOptions
        var diagnostics = Diagnostics()
        var assets: [String] = []
        /// Every Markdown file of the tree, read up front, by path relative to the root.
        var pages: [String: PageSource] = [:]
        /// The same, with what reading each file found wrong, for the next load to reuse.
        var sources: [String: LoadedSources.Page] = [:]
    }

    private struct Entry {
        var order: Int?
        var name: String
        var chapter: Chapter
    }

    private func loadFolder(
        _ listing: SourceFolder, relativePath: String, isTopLevel: Bool, context: inout LoadContext
    ) -> (index: PageSource?, children: [Chapter]) {
        var index: PageSource?
        var entries: [Entry] = []
        for (name, inner) in listing.folders {
            let path = relativePath + "/" + name
            let (number, rest) = Slug.splitPrefix(name)
            let sectionSlug = Slug.make(String(rest))
            let loaded = loadFolder(inner, relativePath: path, isTopLevel: false, context: &context)
            let category = inner.files.first(where: CategoryFile.names.contains).flatMap {
                CategoryFile(root: root, path: path + "/" + $0, diagnostics: &context.diagnostics)
            }
            // A folder of images and other files is not a section.
            if loaded.index == nil, loaded.children.isEmpty { continue }
            var slug = loaded.index?.slug ?? sectionSlug
            guard checkSegment(&slug, name: name, path: path, topLevel: isTopLevel, context: &context) else { continue }
            var index = loaded.index
            if index?.title == nil, let label = category?.label { index?.title = label }
            if index != nil { titleFromFileName(&index!, name: String(rest), context: &context) }
            // Ids are relative to this folder; the caller puts its own folder in front.
            let prefix = slug + "/"
            let children = loaded.children.map { reprefixed($0, with: prefix) }
            let section = index.map { chapter(from: $0, id: prefix + "index", children: children) }
                ?? Chapter(id: prefix + "index", title: category?.label ?? Self.title(fromFolderName: String(rest)), sourcePath: path, children: children)
            entries.append(Entry(order: loaded.index?.order ?? category?.position ?? number, name: name, chapter: section))
        }
        let indexName = Self.indexName(among: listing.files.filter { name in
            context.pages[relativePath + "/" + name].map { !$0.isDraft } ?? false
        })
        for name in listing.files {
            let path = relativePath + "/" + name
            // Docusaurus's folder settings, read with the folder above.
            if CategoryFile.names.contains(name) { continue }
            guard PageFiles.hasPageExtension(name) else {
                let asset = String(path.dropFirst(config.chaptersFolder.count + 1))
                // A Markdown file that cannot be read is an error when the pages are read.
                if let character = asset.unicodeScalars.first(where: Self.unportableInFileNames.contains) {
                    context.diagnostics.append(.warning(
                        "the name holds '\(character.escaped(asASCII: true))', which e-readers and other systems cannot hold in a file name, so the file is left out; rename it",
                        file: path))
                } else if access(root.appendingPathComponent(path).path, R_OK) == 0 {
                    context.assets.append(asset)
                } else {
                    context.diagnostics.append(.warning("the file cannot be read, so it is left out; check its permissions", file: path))
                }
                continue
            }
            guard var page = context.pages[path], !page.isDraft else { continue }
            // `slug: index` makes a page its folder's own, as Docusaurus reads it.
            if name == indexName || (page.slug == "index" && index == nil) {
                index = page
                continue
            }
            // Split without the extension, so that `404.md` is page 404, not a number and nothing.
            let (number, rest) = Slug.splitPrefix(PageFiles.withoutExtension(name))
            var slug = page.slug ?? Slug.make(String(rest))
            guard checkSegment(&slug, name: name, path: path, topLevel: isTopLevel, context: &context) else { continue }
            titleFromFileName(&page, name: String(rest), context: &context)
            entries.append(Entry(order: page.order ?? number, name: name, chapter: chapter(from: page, id: slug, children: [])))
        }
        entries.sort { ($0.order ?? Int.max, $0.name) < ($1.order ?? Int.max, $1.name) }
        return (index, entries.map(\.chapter))
    }

    /// Reads and parses every listed Markdown file on every core at once; diagnostics keep the
    /// files' sorted order, so output does not depend on scheduling.
    private func readAllPages(
        _ listing: SourceFolder, reusing previous: [String: LoadedSources.Page], changed: Set<String>, context: inout LoadContext
    ) {
        let options = context.options, labels = config.blockLabels
        let root = root, boundary = config.sourceBoundary(root: root), chapters = root.appendingPathComponent(config.chaptersFolder)
        // A page is read again when a file it includes changed.
        let changedFiles = Set(changed.map { root.appendingPathComponent($0).standardizedFileURL.path })
        // SUMMARY.md lists the pages; it is not one of them.
        let all = listing.allFiles
        context.diagnostics.append(contentsOf: PageFiles.partialsLeftOut(all, chaptersFolder: config.chaptersFolder))
        let paths = all.filter { PageFiles.isPage($0) && $0 != SummaryFile.fileName }.map { config.chaptersFolder + "/" + $0 }
        let read = paths.sorted().concurrentMap { path in
            if !changed.contains(path), let kept = previous[path], !(kept.source?.includedFiles.contains(where: changedFiles.contains) ?? false) {
                return (path: path, file: kept)
            }
            var diagnostics = Diagnostics()
            let page = PageSource.read(
                root.appendingPathComponent(path), displayPath: path, options: options, labels: labels, chapters: chapters, boundary: boundary,
                diagnostics: &diagnostics)
            return (path: path, file: LoadedSources.Page(source: page, diagnostics: diagnostics))
        }
        for (path, file) in read {
            context.diagnostics.append(contentsOf: file.diagnostics)
            context.sources[path] = file
            if let page = file.source { context.pages[path] = page }
        }
    }

    /// Whether `slug` can name a page; one the site uses for its own files is changed to
    /// `NAME-page` with a warning (Just the Docs has a `search.md`).
    private func checkSegment(_ slug: inout String, name: String, path: String, topLevel: Bool, context: inout LoadContext) -> Bool {
        if slug.isEmpty {
            context.diagnostics.append(.error(
                "'\(name)' gives an empty page name; rename it or set 'slug:' in its front matter", file: path))
            return false
        }
        if topLevel, Self.reservedNames.contains(slug) {
            context.diagnostics.append(.warning(
                "the name '\(slug)' is used by the site itself, so the page is '\(slug)-page.html'; rename '\(name)' or set another 'slug:'", file: path))
            slug += "-page"
        }
        return true
    }

    /// The names of a section's own page: `index.md` (`index.mdx` in Docusaurus), or `_index.md` as Hugo names it.
    static let indexNames: Set<String> = ["index.md", "index.mdx", "_index.md"]

    /// The page of `names` (a folder's pages) that is the folder's own: an index page, else a
    /// README in any case, as mdBook, GitBook and GitHub show a folder's `README.md`.
    static func indexName(among names: [String]) -> String? {
        names.first(where: indexNames.contains) ?? names.first { ["readme.md", "readme.mdx"].contains($0.lowercased()) }
    }

    /// A page with neither a title nor a heading is called after its file (or its folder, for a
    /// section's page), which the author is told, since a file name is seldom a good title.
    private func titleFromFileName(_ page: inout PageSource, name: String, context: inout LoadContext) {
        guard page.title == nil else { return }
        page.title = Self.title(fromFolderName: name)
        context.diagnostics.append(.warning(
            "the page has no title, so it is called '\(page.title!)' after its file; add 'title: …' to its front matter or start it with '# Title'",
            file: page.sourcePath, line: 1, column: 1))
    }

    /// One warning per front matter key the handbook does not read (Jekyll's `layout`, a theme's
    /// keys), however many pages have it: a handbook moved from another tool has it on each.
    static func ignoredKeys(_ pages: [String: PageSource]) -> Diagnostics {
        var first: [String: (file: String, key: YAMLFields.UnknownKey)] = [:]
        var counts: [String: Int] = [:]
        for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
            for unknown in page.ignoredKeys {
                counts[unknown.key, default: 0] += 1
                if first[unknown.key] == nil { first[unknown.key] = (path, unknown) }
            }
        }
        var diagnostics = Diagnostics()
        for (key, place) in first.sorted(by: { $0.key < $1.key }) {
            let count = counts[key] ?? 1
            let pages = count == 1 ? "on this page" : "on \(count) pages, the first is this one"
            let why = PageSource.foreignKeyReasons[key].map { " (\($0))" } ?? ""
            diagnostics.append(.warning(
                "front matter key '\(key)' is not used here and is left out\(why): \(pages); remove it when it is no longer needed",
                file: place.file, line: place.key.line, column: place.key.column))
        }
        return diagnostics
    }

    private func chapter(from page: PageSource, id: String, children: [Chapter]) -> Chapter {
        var chapter = Chapter(
            id: id, title: page.title ?? "", summary: page.summary, sourcePath: page.sourcePath,
            document: page.document, blocks: page.blocks, bodyLine: page.bodyLine, titleIsFirstHeading: page.titleIsFirstHeading, children: children)
        guard !page.linkNames.isEmpty else { return chapter }
        let folder = page.sourcePath.split(separator: "/").dropLast().dropFirst(config.chaptersFolder.split(separator: "/").count)
        chapter.linkNames = page.linkNames.map { name in
            let path = name.hasPrefix("/") ? [] : Array(folder)
            return (path + name.split(separator: "/")).joined(separator: "/")
        }
        return chapter
    }

    private func reprefixed(_ chapter: Chapter, with prefix: String) -> Chapter {
        var copy = chapter
        copy.id = prefix + chapter.id
        copy.children = chapter.children.map { reprefixed($0, with: prefix) }
        return copy
    }

    /// What EPUB (epubcheck's PKG-009) and Windows refuse in file names that a site and a book
    /// publish as they are: a backslash would even read as a folder to some unzip tools.
    private static let unportableInFileNames: Set<Unicode.Scalar> = Set("\\\":*<>?|".unicodeScalars)
        .union((0..<0x20).compactMap(Unicode.Scalar.init)).union(["\u{7F}"])

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
                let isFile = PageFiles.hasPageExtension(source)
                diagnostics.append(.error(
                    "this page and \(first) both become '\(chapter.outputPath)'; rename one or set 'slug:' in its front matter",
                    file: source, line: isFile ? 1 : nil, column: isFile ? 1 : nil))
            } else {
                seen[chapter.id] = source
            }
        }
        return diagnostics
    }
}

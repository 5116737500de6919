public import Foundation
public import HandbookKit
public import Pages
public import SourceFiles

/// Renders a checked ``Book`` into an EPUB 3 file: the front page, every chapter in reading
/// order, then the examples and the rules as appendices; a generated cover; the contents as a
/// navigation document and an NCX. The same book and date always give the same bytes.
public struct EbookRenderer: Sendable {
    public let book: Book
    /// The pages' bodies rendered for the book (with the site's, when both were made at once).
    public let pages: RenderedPages
    /// Where the chapters folder is, to read the images the chapters show.
    public let sourceRoot: URL
    /// The book's `dcterms:modified`, and the date of every file in the archive.
    public let modified: Date

    /// `pages` without the book's bodies (rendered for the site alone) are rendered again for it.
    public init(book: Book, pages: RenderedPages, sourceRoot: URL, modified: Date) {
        self.book = book
        self.pages = pages.targets.contains(.book) ? pages : PageBodies(book: book, targets: [.book]).renderAll()
        self.sourceRoot = sourceRoot
        self.modified = modified
    }

    /// The EPUB's bytes, and warnings about what could not go into the book as written (raw HTML
    /// an e-book page cannot hold, links to nothing, images of other types).
    public func render() throws -> (epub: [UInt8], diagnostics: Diagnostics) {
        let config = book.config
        let language = config.language.rawValue
        let strings = PageStrings(config.language)
        let labels = (contents: strings.contents, cover: strings.cover, start: strings.start)
        var pages = [BookPages.Page(body: self.pages.home, type: "chapter", lead: config.description)]
        pages += self.pages.chapters.map { BookPages.Page(body: $0, type: "chapter") }
        let examplePages = self.pages.examples, rulePages = self.pages.rules
        pages += (examplePages + rulePages).map { BookPages.Page(body: $0, type: "appendix") }

        // Each file the book may hold, as the pages link it, with where its bytes come from.
        let media = book.assets.map { asset in (file: BookLayout.mediaFile(asset), read: { try book.assetData(asset, root: sourceRoot) }) }
            + book.projectFiles.map { path in (file: PagePaths.projectFile(path), read: { try book.projectFileData(path, root: sourceRoot) }) }
        let images = media.filter { BookLayout.imageType(of: $0.file) != nil }
        let documents = BookPages(
            pages: pages, language: language, images: Set(images.map(\.file)), media: Set(media.map(\.file)),
            rawHTML: config.allowsRawHTML
        ).documents()
        var diagnostics = Diagnostics()
        let bookFile = config.outputFolder + "/" + Self.fileName
        for (page, document) in zip(pages, documents) {
            for problem in document.problems {
                diagnostics.append(.warning("in the EPUB, on the page '\(page.body.page.title)': \(problem)", file: page.body.page.sourcePath ?? bookFile))
            }
        }

        let identifier = BookIdentifier.make(title: config.title, author: config.author, language: language)
        let navigation = Navigation(
            entries: navigationEntries(home: pages[0], examples: examplePages, rules: rulePages), title: config.title, language: language,
            identifier: identifier, labels: labels)
        let cover = Cover(title: config.title, author: config.author, language: language)
        let text = BookLayout.textFolder
        var files: [(path: String, data: [UInt8], mediaType: String, properties: String?)] = [
            (BookLayout.navigation, Array(navigation.document().utf8), "application/xhtml+xml", "nav"),
            (BookLayout.ncx, Array(navigation.ncx().utf8), "application/x-dtbncx+xml", nil),
            (BookLayout.coverPage, Array(cover.page(label: labels.cover).utf8), "application/xhtml+xml", nil),
            (BookLayout.coverImage, Array(cover.image().utf8), "image/svg+xml", "cover-image"),
            (text + BookLayout.styleSheet, Array(BookStyleSheet.css.utf8), "text/css", nil),
        ]
        files += documents.map { (text + $0.file, $0.xhtml, "application/xhtml+xml", String?.none) }
        for image in images {
            let data = try image.read()
            files.append((text + image.file, Array(data), BookLayout.imageType(of: image.file) ?? "", nil))
        }

        let package = PackageDocument(
            identifier: identifier, config: config, modified: modified,
            manifest: files.map { ($0.path, $0.mediaType, $0.properties) },
            spine: [(BookLayout.coverPage, true), (BookLayout.navigation, false)] + documents.map { (text + $0.file, true) })
        let folder = BookLayout.packageFolder + "/"
        var entries = [
            ZipArchive.Entry(path: "mimetype", data: Array("application/epub+zip".utf8), compress: false),
            ZipArchive.Entry(path: "META-INF/container.xml", data: Array(PackageDocument.container.utf8)),
            ZipArchive.Entry(path: folder + BookLayout.packageDocument, data: Array(package.xml().utf8)),
        ]
        entries += files.map { ZipArchive.Entry(path: folder + $0.path, data: $0.data, compress: !$0.mediaType.hasPrefix("image/") || $0.mediaType == "image/svg+xml") }
        return (try ZipArchive.bytes(of: entries, modified: modified), diagnostics)
    }

    /// The file's name in the site folder.
    public static let fileName = "handbook.epub"

    /// The contents: the front page, the chapters nested as sections hold them, then the
    /// examples and the rules, each list under its index page.
    private func navigationEntries(home: BookPages.Page, examples: [PageBody], rules: [PageBody]) -> [Navigation.Entry] {
        let text = BookLayout.textFolder
        func entry(_ chapter: Chapter) -> Navigation.Entry {
            Navigation.Entry(title: chapter.title, file: text + BookLayout.pageFile(chapter.id), children: chapter.children.map(entry))
        }
        func appendix(_ bodies: [PageBody]) -> [Navigation.Entry] {
            guard let index = bodies.first else { return [] }
            return [Navigation.Entry(title: index.page.title, file: text + BookLayout.pageFile(index.page.id), children: bodies.dropFirst().map { entry($0.page) })]
        }
        return [entry(home.body.page)] + book.chapters.map(entry) + appendix(examples) + appendix(rules)
    }
}

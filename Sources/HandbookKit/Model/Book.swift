public import Foundation
public import SourceFiles

/// The whole handbook as plain data: what the loader read, what the checks and renderers use.
public struct Book: Sendable {
    public var config: HandbookConfig
    /// The front page's own text (`index.md` at the top of the chapters folder), if any.
    public var home: Chapter? {
        didSet { allPages = Self.allPages(home: home, readingOrder: readingOrder) }
    }
    /// Top-level chapters and sections, in reading order.
    public var chapters: [Chapter] {
        didSet {
            readingOrder = Self.readingOrder(of: chapters)
            allPages = Self.allPages(home: home, readingOrder: readingOrder)
        }
    }
    /// Every page after the front page, depth first: the order of prev/next links. Kept with
    /// `chapters` rather than walked again on each use: checks and renderers ask for it often,
    /// and a live reload asks again after every save.
    public private(set) var readingOrder: [Chapter]
    /// The front page, then every page in reading order: all the pages the book has written text for.
    public private(set) var allPages: [Chapter]
    /// Files other than Markdown in the chapters folder (images and the like), relative to it.
    public var assets: [String]
    /// Files outside the chapters folder but inside the handbook's that chapters link (an image
    /// in Jekyll's `assets/`, Hugo's `static/`), relative to the handbook's folder.
    public var projectFiles: [String] = []
    /// The rules of the handbook's lint style, sorted by id; each gets a page on the site.
    public var rules: [RuleSummary]
    /// The annotated dialogues of the examples folder, by file name.
    public var examples: [Example] = []
    /// Old addresses of pages that the site sends on to them.
    public var redirects: [PageRedirect] = []
    /// What the loader read from each file, kept so that loading again after a change reads only
    /// the changed files.
    var sources = LoadedSources()

    public init(config: HandbookConfig, home: Chapter? = nil, chapters: [Chapter], assets: [String] = [], rules: [RuleSummary] = []) {
        self.config = config
        self.home = home
        self.chapters = chapters
        readingOrder = Self.readingOrder(of: chapters)
        allPages = Self.allPages(home: home, readingOrder: readingOrder)
        self.assets = assets
        self.rules = rules
    }

    private static func readingOrder(of chapters: [Chapter]) -> [Chapter] {
        var pages: [Chapter] = []
        func visit(_ chapters: [Chapter]) {
            for chapter in chapters {
                pages.append(chapter)
                visit(chapter.children)
            }
        }
        visit(chapters)
        return pages
    }

    private static func allPages(home: Chapter?, readingOrder: [Chapter]) -> [Chapter] {
        (home.map { [$0] } ?? []) + readingOrder
    }

    /// Whether a page holds a dialogue, which the check lints turn by turn.
    public var hasDialogues: Bool {
        allPages.contains { page in
            page.blocks.contains { if case .dialogue = $0.block { true } else { false } }
        }
    }

    /// Every example as the page it gets (`examples/<id>`), whose links are a chapter's.
    public var examplePages: [Chapter] {
        examples.map { $0.page(id: Example.pageID(of: $0.id)) }
    }

    /// The bytes of a file of the chapters folder (`assets`), for a site or a book to copy.
    public func assetData(_ asset: String, root: URL) throws(Diagnostic) -> Data {
        do {
            return try RegularFile.read(root.appendingPathComponent(config.chaptersFolder).appendingPathComponent(asset))
        } catch {
            throw .error("cannot read the file: \(error)", file: config.chaptersFolder + "/" + asset)
        }
    }

    /// The bytes of a file outside the chapters folder that a chapter links (`projectFiles`).
    public func projectFileData(_ path: String, root: URL) throws(Diagnostic) -> Data {
        do {
            return try RegularFile.read(root.appendingPathComponent(path))
        } catch {
            throw .error("cannot read the file: \(error)", file: path)
        }
    }
}

/// The whole handbook as plain data: what the loader read, what the checks and renderers use.
public struct Book: Sendable, Codable, Hashable {
    public var config: HandbookConfig
    /// The front page's own text (`index.md` at the top of the chapters folder), if any.
    public var home: Chapter?
    /// Top-level chapters and sections, in reading order.
    public var chapters: [Chapter]
    /// Files other than Markdown in the chapters folder (images and the like), relative to it.
    public var assets: [String]
    /// The rules of the handbook's lint style, sorted by id; each gets a page on the site.
    public var rules: [RuleSummary]
    /// The annotated dialogues of the examples folder, by file name.
    public var examples: [Example] = []

    public init(config: HandbookConfig, home: Chapter? = nil, chapters: [Chapter], assets: [String] = [], rules: [RuleSummary] = []) {
        self.config = config
        self.home = home
        self.chapters = chapters
        self.assets = assets
        self.rules = rules
    }

    /// Every page after the front page, depth first: the order of prev/next links.
    public var readingOrder: [Chapter] {
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

    /// The front page, then every page in reading order: all the pages the book has written text for.
    public var allPages: [Chapter] {
        (home.map { [$0] } ?? []) + readingOrder
    }
}

public import HandbookKit
import Markdown
import ParallelMap

/// One page's place in an output: the chapter (or the page made up for an example, a rule, the
/// gallery) and the HTML of its body, without the frame around it.
public struct PageBody: Sendable {
    public let page: Chapter
    public let html: String

    public init(page: Chapter, html: String) {
        self.page = page
        self.html = html
    }
}

/// Every page's body, rendered once for the site and the EPUB, which frame them each their own way.
public struct RenderedPages: Sendable {
    public var home: PageBody
    /// In reading order.
    public var chapters: [PageBody] {
        didSet { chapterIndex = Self.index(chapters) }
    }
    /// The gallery first; empty without examples.
    public var examples: [PageBody]
    /// The list of rules first; empty without a lint style.
    public var rules: [PageBody]
    private var chapterIndex: [String: Int]

    public init(home: PageBody, chapters: [PageBody], examples: [PageBody], rules: [PageBody]) {
        self.home = home
        self.chapters = chapters
        self.examples = examples
        self.rules = rules
        chapterIndex = Self.index(chapters)
    }

    private static func index(_ chapters: [PageBody]) -> [String: Int] {
        Dictionary(chapters.enumerated().map { ($1.page.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every page: the reading order (front page and chapters), then the examples and the rules.
    public var all: [PageBody] { [home] + chapters + examples + rules }

    /// The pages before and after `id` in the reading order; none for the examples and the rules.
    public func neighbours(of id: String) -> (previous: Chapter?, next: Chapter?) {
        if id == home.page.id { return (nil, chapters.first?.page) }
        guard let index = chapterIndex[id] else { return (nil, nil) }
        return (index == 0 ? home.page : chapters[index - 1].page, index + 1 < chapters.count ? chapters[index + 1].page : nil)
    }
}

/// The bodies of every page. Links between pages point at the site's `.html` files; the EPUB
/// turns them to its own.
public struct PageBodies: Sendable {
    public let book: Book
    let strings: SiteStrings
    let resolver: LinkResolver
    let chapterHTML: ChapterHTML
    /// Raw HTML is for chapters only (`markdown.raw-html`): examples never have it.
    let exampleHTML: ChapterHTML

    /// The resolver is the book's links, when the caller has them already.
    public init(book: Book, resolver given: LinkResolver? = nil) {
        self.book = book
        strings = SiteStrings(book.config.language)
        resolver = given ?? LinkResolver(book: book)
        chapterHTML = ChapterHTML(book: book, resolver: resolver)
        exampleHTML = ChapterHTML(book: book, resolver: resolver, allowsRawHTML: false)
    }

    /// Words an e-book's own pages need (its contents, cover and where reading starts), in the handbook's language.
    public var bookLabels: (contents: String, cover: String, start: String) {
        (strings.contents, strings.cover, strings.start)
    }

    /// Every page's body; chapters render on every core at once.
    public func renderAll() -> RenderedPages {
        let chapters = book.readingOrder.concurrentMap { PageBody(page: $0, html: body(of: $0)) }
        return RenderedPages(home: PageBody(page: home, html: homeBody()), chapters: chapters, examples: examplePages(), rules: rulePages())
    }

    /// The front page: the chapters folder's `index.md`, or the book's title alone.
    public var home: Chapter {
        book.home ?? Chapter(id: "index", title: book.config.title, sourcePath: nil)
    }

    /// The body of the front page, with the whole contents and the ways to the examples and rules.
    public func homeBody() -> String {
        let page = home
        var html = chapterHTML.render(page) + contentsList(book.chapters, from: page.id, heading: strings.contents)
        if !book.examples.isEmpty {
            html += "<p class=\"examples-link\"><a href=\"\(SitePaths.pageLink(from: page.id, to: ExamplePages.indexID))\">"
            html += HTMLText.escape(strings.examples) + "</a></p>\n"
        }
        if !book.rules.isEmpty {
            html += "<p class=\"rules-link\"><a href=\"\(SitePaths.pageLink(from: page.id, to: RulePages.indexID))\">"
            html += HTMLText.escape(strings.rules) + "</a></p>\n"
        }
        return html
    }

    /// The body of a chapter; a section's ends with the list of its pages.
    public func body(of chapter: Chapter) -> String {
        chapterHTML.render(chapter) + contentsList(chapter.children, from: chapter.id, heading: strings.inThisSection)
    }

    /// The gallery, then one page per example; none without examples.
    public func examplePages() -> [PageBody] {
        examples.pages().map { PageBody(page: $0.page, html: $0.content) }
    }

    /// The list of rules, then one page per rule; none without a lint style.
    public func rulePages() -> [PageBody] {
        RulePages(book: book, strings: strings, references: RuleReferences(book: book), examples: examples).pages()
            .map { PageBody(page: $0.page, html: $0.content) }
    }

    private var examples: ExamplePages { ExamplePages(book: book, strings: strings, chapterHTML: exampleHTML) }

    /// A nested list of pages with their summaries, for the front page and section pages.
    private func contentsList(_ chapters: [Chapter], from pageID: String, heading: String) -> String {
        guard !chapters.isEmpty else { return "" }
        func list(_ chapters: [Chapter]) -> String {
            var html = "<ol>\n"
            for chapter in chapters {
                html += "<li><a href=\"\(HTMLText.escape(SitePaths.pageLink(from: pageID, to: chapter.id)))\">"
                html += HTMLText.escape(chapter.title) + "</a>"
                if let summary = chapter.summary {
                    html += "<span class=\"summary\">" + HTMLText.escape(summary) + "</span>"
                }
                if !chapter.children.isEmpty { html += "\n" + list(chapter.children) }
                html += "</li>\n"
            }
            return html + "</ol>\n"
        }
        return "<nav class=\"contents\" aria-label=\"\(HTMLText.escape(heading))\">\n<h2>\(HTMLText.escape(heading))</h2>\n"
            + list(chapters) + "</nav>\n"
    }
}

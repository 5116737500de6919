import Foundation
public import HandbookKit
import Markdown
import ParallelMap

/// One page's place in the outputs: the chapter (or the page made up for an example, a rule, the
/// gallery) and the HTML of its body for each target, without the frame around it. The HTML is
/// kept as UTF-8, as it is framed, scanned for search and written: a `String` of each body would
/// be checked as UTF-8 once more, and the bodies of a book are megabytes.
public struct PageBody: Sendable, Equatable {
    public let page: Chapter
    public let bodies: [PageTarget: [UInt8]]

    /// The bodies of `page` as rendered. The site's and the one page's are made showable here
    /// (`HTMLText.removingUnshowable`), once per render: a frame adds only what it holds
    /// itself, and the whole book on one page joins bodies already made showable instead of
    /// reading its megabytes again on every save of a live site.
    public init(page: Chapter, bodies: [PageTarget: [UInt8]]) {
        self.page = page
        var bodies = bodies
        for target in [PageTarget.site, .print] where bodies[target] != nil {
            HTMLText.removeUnshowable(in: &bodies[target]!, from: 0)
        }
        self.bodies = bodies
    }

    /// Bodies that are showable already: those of an earlier `PageBody` of the page, or made
    /// of such bodies.
    init(page: Chapter, showableBodies bodies: [PageTarget: [UInt8]]) {
        self.page = page
        self.bodies = bodies
    }

    /// The body for `target`, which the pages were rendered for.
    public func utf8(for target: PageTarget) -> [UInt8] {
        bodies[target] ?? []
    }

    /// The same page and bodies, byte for byte: what a page's frame is made around.
    public static func == (one: PageBody, other: PageBody) -> Bool {
        one.page.id == other.page.id && one.bodies.count == other.bodies.count
            && one.bodies.allSatisfy { target, html in other.bodies[target].map { html.sameBytes(as: $0) } ?? false }
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
    /// Pages the site has and the book does not (the whole book on one page, the lint page), with
    /// a body for the site only.
    public var siteOnly: [PageBody]
    private var chapterIndex: [String: Int]

    public init(home: PageBody, chapters: [PageBody], examples: [PageBody], rules: [PageBody], siteOnly: [PageBody] = []) {
        self.home = home
        self.chapters = chapters
        self.examples = examples
        self.rules = rules
        self.siteOnly = siteOnly
        chapterIndex = Self.index(chapters)
    }

    private static func index(_ chapters: [PageBody]) -> [String: Int] {
        Dictionary(chapters.enumerated().map { ($1.page.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The targets the bodies were rendered for.
    public var targets: Set<PageTarget> { Set(home.bodies.keys) }

    /// Every page: the reading order (front page and chapters), then the examples, the rules and
    /// the site's own pages.
    public var all: [PageBody] { [home] + chapters + examples + rules + siteOnly }

    /// The pages before and after `id` in the reading order; none for the examples and the rules.
    public func neighbours(of id: String) -> (previous: Chapter?, next: Chapter?) {
        if id == home.page.id { return (nil, chapters.first?.page) }
        guard let index = chapterIndex[id] else { return (nil, nil) }
        return (index == 0 ? home.page : chapters[index - 1].page, index + 1 < chapters.count ? chapters[index + 1].page : nil)
    }
}

/// The bodies of every page, for each target: links between pages lead to the target's own
/// (`.html` in the site, `.xhtml` in the book).
public struct PageBodies: Sendable {
    public let book: Book
    public let targets: [PageTarget]
    let strings: PageStrings
    let resolver: LinkResolver
    let chapterHTML: ChapterHTML
    /// Raw HTML is for chapters only (`markdown.raw-html`): examples never have it.
    let exampleDialogues: ExampleDialogues

    /// What the front page and chapters are rendered for: the targets, and with the site its
    /// whole book on one page.
    let readingTargets: [PageTarget]

    /// The resolver is the book's links, when the caller has them already.
    public init(book: Book, resolver given: LinkResolver? = nil, targets: [PageTarget] = [.site]) {
        self.book = book
        self.targets = targets
        readingTargets = targets.contains(.site) ? targets + [.print] : targets
        strings = PageStrings(book.config.language)
        resolver = given ?? LinkResolver(book: book)
        let home = book.home?.id ?? Self.homeID
        chapterHTML = ChapterHTML(book: book, resolver: resolver, printSections: Set([home] + book.readingOrder.map(\.id)))
        exampleDialogues = ExampleDialogues(chapterHTML: ChapterHTML(book: book, resolver: resolver, allowsRawHTML: false), targets: targets)
    }

    /// Every page's body; chapters render on every core at once.
    public func renderAll() -> RenderedPages {
        // The front page, examples and rules are rendered beside the chapters, which take most of the time.
        let (chapters, (front, examples, rules)) = concurrently({
            book.readingOrder.concurrentMap { PageBody(page: $0, bodies: body(of: $0)) }
        }, {
            (PageBody(page: home, bodies: homeBody()), examplePages(), rulePages())
        })
        return RenderedPages(
            home: front, chapters: chapters, examples: examples, rules: rules, siteOnly: siteOnlyPages(reading: [front] + chapters))
    }

    private static let homeID = "index"

    /// The front page: the chapters folder's `index.md`, or the book's title alone.
    public var home: Chapter {
        book.home ?? Chapter(id: Self.homeID, title: book.config.title, sourcePath: nil)
    }

    /// The body of the front page, with the whole contents and the ways to the examples and
    /// rules that the contents do not already list under the same title (a chapter that
    /// introduces the gallery is often called as it is).
    public func homeBody() -> [PageTarget: [UInt8]] {
        let page = home
        let texts = chapterHTML.render(page, for: readingTargets)
        let listed = Self.titles(of: book.chapters)
        var ways: [(kind: String, id: String, title: String)] = []
        if !book.examples.isEmpty { ways.append(("examples", ExamplePages.indexID, strings.examples)) }
        if !book.rules.isEmpty { ways.append(("rules", RulePages.indexID, strings.rules)) }
        ways.removeAll { listed.contains($0.title) }
        return Dictionary(uniqueKeysWithValues: zip(readingTargets, texts).map { target, text in
            var html = contentsList(book.chapters, from: page.id, heading: strings.contents, for: target)
            for way in ways {
                html += "<p class=\"\(way.kind)-link\"><a href=\"\(chapterHTML.link(from: page.id, to: way.id, in: target))\">"
                html += HTMLText.escape(way.title) + "</a></p>\n"
            }
            return (target, text + html.utf8)
        })
    }

    /// The titles of `chapters` and of the pages inside them.
    private static func titles(of chapters: [Chapter]) -> Set<String> {
        Set(chapters.flatMap { [$0.title] + titles(of: $0.children) })
    }

    /// The body of a chapter; a section's ends with the list of its pages.
    public func body(of chapter: Chapter) -> [PageTarget: [UInt8]] {
        let texts = chapterHTML.render(chapter, for: readingTargets)
        return Dictionary(uniqueKeysWithValues: zip(readingTargets, texts).map { target, text in
            (target, text + contentsList(chapter.children, from: chapter.id, heading: strings.inThisSection, for: target).utf8)
        })
    }

    /// The gallery, then one page per example; none without examples.
    public func examplePages() -> [PageBody] {
        merged(targets.map { examples(for: $0).pages() })
    }

    /// The list of rules, then one page per rule; none without a lint style.
    public func rulePages() -> [PageBody] {
        let references = RuleReferences(book: book)
        return merged(targets.map { RulePages(book: book, strings: strings, references: references, examples: examples(for: $0)).pages() })
    }

    /// When the site is one of the targets: the whole book on one page, made of the `reading`
    /// pages' bodies for it, and the lint page when the handbook has a lint style.
    public func siteOnlyPages(reading: [PageBody]) -> [PageBody] {
        guard targets.contains(.site) else { return [] }
        // The title opens the front page's section, so the frame adds none.
        let printPage = Chapter(id: PrintPage.id, title: strings.wholeBook, sourcePath: nil, titleIsFirstHeading: true)
        var pages = [PageBody(page: printPage, showableBodies: [.site: PrintPage.body(of: reading, description: book.config.description)])]
        if LintPage.isPublished(in: book) {
            let page = Chapter(id: LintPage.id, title: strings.lint.title, sourcePath: nil)
            let body = LintPage.body(labels: book.config.blockLabels, strings: strings, language: book.config.language)
            pages.append(PageBody(page: page, bodies: [.site: Array(body.utf8)]))
        }
        return pages
    }

    /// Pages made for each target in turn (the same pages in the same order) as one list.
    private func merged(_ byTarget: [[(page: Chapter, content: String)]]) -> [PageBody] {
        guard let first = byTarget.first else { return [] }
        return first.indices.map { index in
            PageBody(page: first[index].page, bodies: Dictionary(uniqueKeysWithValues: zip(targets, byTarget.map { Array($0[index].content.utf8) })))
        }
    }

    private func examples(for target: PageTarget) -> ExamplePages {
        ExamplePages(book: book, strings: strings, dialogues: exampleDialogues, target: target)
    }

    /// A nested list of pages with their summaries, for the front page and section pages.
    private func contentsList(_ chapters: [Chapter], from pageID: String, heading: String, for target: PageTarget) -> String {
        guard !chapters.isEmpty else { return "" }
        func list(_ chapters: [Chapter]) -> String {
            var html = "<ol>\n"
            for chapter in chapters {
                html += "<li><a href=\"\(HTMLText.escape(chapterHTML.link(from: pageID, to: chapter.id, in: target)))\">"
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

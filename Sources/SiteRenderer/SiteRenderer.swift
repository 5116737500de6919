public import Foundation
public import HandbookKit
import Markdown

/// Renders a checked ``Book`` into the pages and files of a static site that works from
/// `file://`: an index with the full contents, one page per chapter, the theme's assets and the
/// chapters' own files.
public struct SiteRenderer: Sendable {
    public let book: Book
    public let theme: Theme
    /// Where the chapters folder is, to copy its files (images…) into the site.
    public let sourceRoot: URL
    /// Up to this many pages, every page carries the whole sidebar; beyond, pages share one script.
    public let inlineSidebarLimit: Int

    public static let defaultInlineSidebarLimit = 300

    public init(book: Book, theme: Theme = .builtin, sourceRoot: URL, inlineSidebarLimit: Int = defaultInlineSidebarLimit) {
        self.book = book
        self.theme = theme
        self.sourceRoot = sourceRoot
        self.inlineSidebarLimit = inlineSidebarLimit
    }

    public func render(to output: some SiteOutput) throws {
        let strings = SiteStrings(book.config.language)
        let sidebar = Sidebar(book: book, inlineLimit: inlineSidebarLimit, contentsLabel: strings.contents)
        let chapterHTML = ChapterHTML(book: book)
        let frames = theme.pageFrames()
        let examplePages = ExamplePages(book: book, strings: strings, chapterHTML: chapterHTML)
        let rulePages = RulePages(book: book, strings: strings, references: RuleReferences(book: book), examples: examplePages).pages()
        for (page, content) in rulePages + examplePages.pages() {
            let html = renderPage(
                page, isHome: false, previous: nil, next: nil, sidebar: sidebar, chapterHTML: chapterHTML, frames: frames, strings: strings,
                content: content)
            try output.write(Data(html), to: page.outputPath)
        }
        let pages = [homePage()] + book.readingOrder
        // Pages are independent, so they render and are written on every core at once.
        let failures = Array(pages.indices).concurrentMap { index -> (any Error)? in
            let html = renderPage(
                pages[index], isHome: index == 0, previous: index > 0 ? pages[index - 1] : nil,
                next: index + 1 < pages.count ? pages[index + 1] : nil,
                sidebar: sidebar, chapterHTML: chapterHTML, frames: frames, strings: strings)
            do {
                try output.write(Data(html), to: pages[index].outputPath)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        if sidebar.isShared { try output.write(sidebar.script(), to: Sidebar.scriptPath) }
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try output.write(data, to: path)
        }
        let chapters = sourceRoot.appendingPathComponent(book.config.chaptersFolder)
        for asset in book.assets {
            try output.write(Data(contentsOf: chapters.appendingPathComponent(asset)), to: SitePaths.media(asset))
        }
    }

    private func renderPage(
        _ page: Chapter, isHome: Bool, previous: Chapter?, next: Chapter?, sidebar: Sidebar,
        chapterHTML: ChapterHTML, frames: PageFrames, strings: SiteStrings, content given: String? = nil
    ) -> [UInt8] {
        var content = given ?? chapterHTML.render(page)
        if isHome {
            content += contentsList(book.chapters, from: page.id, heading: strings.contents)
            if !book.examples.isEmpty {
                content += "<p class=\"examples-link\"><a href=\"\(SitePaths.relative(from: page.id, to: ExamplePages.indexID + ".html"))\">"
                content += HTMLText.escape(strings.examples) + "</a></p>\n"
            }
            if !book.rules.isEmpty {
                content += "<p class=\"rules-link\"><a href=\"\(SitePaths.relative(from: page.id, to: RulePages.indexID + ".html"))\">"
                content += HTMLText.escape(strings.rules) + "</a></p>\n"
            }
        } else if !page.children.isEmpty {
            content += contentsList(page.children, from: page.id, heading: strings.inThisSection)
        }
        let values = pageValues(page, isHome: isHome, strings: strings, previous: previous, next: next)
        return frames.render(values, content: Array(content.utf8)) { sidebar.append(for: page.id, to: &$0) }
    }

    /// The front page: the chapters folder's `index.md`, or the book's title alone.
    private func homePage() -> Chapter {
        book.home ?? Chapter(id: "index", title: book.config.title, sourcePath: nil, markdown: "")
    }

    private func pageValues(
        _ page: Chapter, isHome: Bool, strings: SiteStrings, previous: Chapter?, next: Chapter?
    ) -> PageValues {
        var constants: [String: Any] = [
            "lang": book.config.language.rawValue,
            "bookTitle": book.config.title,
            "strings": strings.context,
        ]
        constants["description"] = book.config.description
        constants["author"] = book.config.author
        func link(to other: Chapter?) -> [String: String]? {
            other.map { ["url": SitePaths.relative(from: page.id, to: $0.outputPath), "title": $0.title] }
        }
        return PageValues(
            constants: constants, isHome: isHome, titleInBody: page.titleIsFirstHeading,
            texts: [
                "title": page.title, "summary": page.summary, "root": SitePaths.root(from: page.id),
                "pageToc": pageContents(page.pageHeadings, title: strings.onThisPage),
            ],
            links: ["previous": link(to: previous), "next": link(to: next)])
    }

    /// The page's own headings as a list of links; nil when there are none.
    private func pageContents(_ headings: [Heading], title: String) -> String? {
        guard !headings.isEmpty else { return nil }
        var html = "<nav aria-labelledby=\"page-toc-title\">\n<h2 id=\"page-toc-title\">\(HTMLText.escape(title))</h2>\n<ul>\n"
        for heading in headings {
            html += "<li class=\"toc-level-\(heading.level)\"><a href=\"#\(HTMLText.escape(heading.anchor))\">"
            html += HTMLText.escape(heading.text) + "</a></li>\n"
        }
        return html + "</ul>\n</nav>"
    }

    /// A nested list of pages with their summaries, for the front page and section pages.
    private func contentsList(_ chapters: [Chapter], from pageID: String, heading: String) -> String {
        guard !chapters.isEmpty else { return "" }
        func list(_ chapters: [Chapter]) -> String {
            var html = "<ol>\n"
            for chapter in chapters {
                html += "<li><a href=\"\(SitePaths.relative(from: pageID, to: chapter.outputPath))\">"
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

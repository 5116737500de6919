public import Foundation
public import HandbookKit
import Markdown

/// Renders a checked ``Book`` into the pages and files of a static site that works from
/// `file://`: an index with the full contents, one page per chapter, the theme's assets and the
/// chapters' own files.
public struct SiteRenderer {
    public let book: Book
    public let theme: Theme
    /// Where the chapters folder is, to copy its files (images…) into the site.
    public let sourceRoot: URL

    public init(book: Book, theme: Theme = .builtin, sourceRoot: URL) {
        self.book = book
        self.theme = theme
        self.sourceRoot = sourceRoot
    }

    public func render(to output: inout some SiteOutput) throws {
        let strings = SiteStrings(book.config.language)
        let sidebar = Sidebar(book: book)
        let chapterHTML = ChapterHTML(book: book)
        let pages = [homePage()] + book.readingOrder
        for (index, page) in pages.enumerated() {
            let isHome = index == 0
            var content = chapterHTML.render(page)
            if isHome {
                content += contentsList(book.chapters, from: page.id, heading: strings.contents)
            } else if !page.children.isEmpty {
                content += contentsList(page.children, from: page.id, heading: strings.inThisSection)
            }
            let context = pageContext(
                page, isHome: isHome, content: content, sidebar: sidebar.html(for: page.id), strings: strings,
                previous: index > 0 ? pages[index - 1] : nil, next: index + 1 < pages.count ? pages[index + 1] : nil)
            try output.write(Data(theme.renderPage(context).utf8), to: page.outputPath)
        }
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try output.write(data, to: path)
        }
        let chapters = sourceRoot.appendingPathComponent(book.config.chaptersFolder)
        for asset in book.assets {
            try output.write(Data(contentsOf: chapters.appendingPathComponent(asset)), to: SitePaths.media(asset))
        }
    }

    /// The front page: the chapters folder's `index.md`, or the book's title alone.
    private func homePage() -> Chapter {
        book.home ?? Chapter(id: "index", title: book.config.title, sourcePath: nil, markdown: "")
    }

    private func pageContext(
        _ page: Chapter, isHome: Bool, content: String, sidebar: String, strings: SiteStrings,
        previous: Chapter?, next: Chapter?
    ) -> [String: Any] {
        let toc = page.pageHeadings.map { ["level": $0.level, "anchor": $0.anchor, "text": $0.text] as [String: Any] }
        var context: [String: Any] = [
            "lang": book.config.language.rawValue,
            "bookTitle": book.config.title,
            "title": page.title,
            "titleInBody": page.titleIsFirstHeading,
            "isHome": isHome,
            "root": SitePaths.root(from: page.id),
            "content": content,
            "sidebar": sidebar,
            "toc": toc,
            "hasToc": !toc.isEmpty,
            "strings": strings.context,
        ]
        context["description"] = book.config.description
        context["author"] = book.config.author
        context["summary"] = page.summary
        if let previous {
            context["previous"] = ["url": SitePaths.relative(from: page.id, to: previous.outputPath), "title": previous.title]
        }
        if let next {
            context["next"] = ["url": SitePaths.relative(from: page.id, to: next.outputPath), "title": next.title]
        }
        return context
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

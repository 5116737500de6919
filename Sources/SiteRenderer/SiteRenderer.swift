public import Foundation
public import HandbookKit
public import Pages
import Markdown
import ParallelMap
import SiteSearch

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

    private let strings: PageStrings
    private let sidebar: Sidebar
    private let frames: PageFrames
    /// The source file of each page that has one, by page id, when `edit-url` is set.
    private let sources: [String: String]

    public init(book: Book, theme: Theme = .builtin, sourceRoot: URL, inlineSidebarLimit: Int = defaultInlineSidebarLimit) {
        self.book = book
        self.theme = theme
        self.sourceRoot = sourceRoot
        self.inlineSidebarLimit = inlineSidebarLimit
        strings = PageStrings(book.config.language)
        sidebar = Sidebar(book: book, inlineLimit: inlineSidebarLimit, contentsLabel: strings.contents, tools: Self.tools(of: book, strings: strings))
        var constants: [String: Any] = ["lang": book.config.language.rawValue, "bookTitle": book.config.title, "strings": strings.context]
        constants["description"] = book.config.description
        constants["author"] = book.config.author
        frames = theme.pageFrames(constants: constants)
        sources = book.config.editURL == nil ? [:] : Self.sources(of: book, root: sourceRoot)
    }

    /// Where the pages come from: chapters (not a section without `index.md`, which is a
    /// folder), examples and rules.
    private static func sources(of book: Book, root sourceRoot: URL) -> [String: String] {
        var sources: [String: String] = [:]
        for page in book.allPages {
            if let path = page.sourcePath, path.hasSuffix(".md") { sources[page.id] = path }
        }
        for example in book.examples { sources[Example.pageID(of: example.id)] = example.sourcePath }
        // A built-in style's files are in no repository a page could link to.
        if book.config.hasOwnStyle(root: sourceRoot) {
            for rule in book.rules { sources[PagePaths.rulePageID(rule.id)] = book.config.ruleFile(rule.id) }
        }
        return sources
    }

    /// Writes the whole site; `pages` are the bodies when the caller has rendered them already (for the EPUB too).
    public func render(to output: some SiteOutput, pages given: RenderedPages? = nil) throws {
        let pages = given ?? PageBodies(book: book).renderAll()
        // The search index reads the bodies on every core first (and numbers their stems); its
        // index script then runs beside the pages, which are framed and written on every core.
        // Largest first: `print.html` holds the whole book, and a page taken last is framed and
        // written on one core while the others wait. A failure is reported in reading order.
        let search = SearchIndex(book: book, pages: pages)
        let bodies = pages.all
        let sizes = bodies.map { $0.utf8(for: .site).count }
        let largestFirst = bodies.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        let (pageResults, searchFailures) = concurrently({
            largestFirst.concurrentMap { index in
                (index, Self.attempt { try output.write(framed(bodies[index], in: pages), to: bodies[index].page.outputPath) })
            }
        }, {
            search.files().concurrentMap { file in
                Self.attempt { try output.write(file.data, to: file.path) }
            }
        })
        let pageFailures = pageResults.sorted { $0.0 < $1.0 }.map(\.1)
        if let failure = (pageFailures + searchFailures).lazy.compactMap({ $0 }).first { throw failure }
        for (path, data) in try supportFiles() { try output.write(data, to: path) }
    }

    private static func attempt(_ body: () throws -> Void) -> (any Error)? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    /// The site's own pages every sidebar links above the contents: the lint page, the rules,
    /// the examples and the whole book on one page, those the book has.
    private static func tools(of book: Book, strings: PageStrings) -> [(id: String, title: String)] {
        var tools: [(id: String, title: String)] = []
        if LintPage.isPublished(in: book) { tools.append((LintPage.id, strings.lint.title)) }
        if !book.rules.isEmpty { tools.append((PagePaths.rulesIndexID, strings.rules)) }
        if !book.examples.isEmpty { tools.append((PagePaths.examplesIndexID, strings.examples)) }
        tools.append((PrintPage.id, strings.wholeBook))
        return tools
    }

    /// Whether every page carries the whole contents, so that a change of titles or order shows on every page.
    public var sidebarIsInline: Bool { !sidebar.isShared }

    /// Whether the pages of `book` carry the whole contents, for a renderer with the default limit.
    public static func sidebarIsInline(for book: Book) -> Bool {
        book.readingOrder.count <= defaultInlineSidebarLimit
    }

    /// One page as the site has it: the body in the theme's frame, with the sidebar and, for the
    /// front page and chapters, the links to the previous and next page of `pages`.
    public func framed(_ body: PageBody, in pages: RenderedPages) -> [UInt8] {
        let (previous, next) = pages.neighbours(of: body.page.id)
        return renderPage(
            body.page, isHome: body.page.id == pages.home.page.id, previous: previous, next: next,
            sidebar: sidebar, frames: frames, strings: strings, content: body.utf8(for: .site))
    }

    /// The files beside the pages: the shared contents script of a large book, the lint page's
    /// script (unless the theme brings its own), the theme's assets and the files the chapters link.
    public func supportFiles() throws -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = []
        if sidebar.isShared { files.append((Sidebar.scriptPath, sidebar.script())) }
        if LintPage.isPublished(in: book), theme.assets[LintPage.scriptPath] == nil {
            files.append((LintPage.scriptPath, Data(LintScript.source.utf8)))
        }
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append((path, data))
        }
        for asset in book.assets {
            files.append((PagePaths.media(asset), try book.assetData(asset, root: sourceRoot)))
        }
        for file in book.projectFiles {
            files.append((PagePaths.projectFile(file), try book.projectFileData(file, root: sourceRoot)))
        }
        for redirect in book.redirects {
            files.append((redirect.path, Data(RedirectPage.html(for: redirect, book: book, strings: strings).utf8)))
        }
        return files
    }

    private func renderPage(
        _ page: Chapter, isHome: Bool, previous: Chapter?, next: Chapter?, sidebar: Sidebar, frames: PageFrames, strings: PageStrings, content: [UInt8]
    ) -> [UInt8] {
        let values = pageValues(page, isHome: isHome, strings: strings, previous: previous, next: next)
        return frames.render(values, content: content) { sidebar.append(for: page.id, to: &$0) }
    }

    private func pageValues(
        _ page: Chapter, isHome: Bool, strings: PageStrings, previous: Chapter?, next: Chapter?
    ) -> PageValues {
        func link(to other: Chapter?) -> [String: String]? {
            other.map { ["url": PagePaths.pageLink(from: page.id, to: $0.id), "title": $0.title] }
        }
        return PageValues(
            isHome: isHome, titleInBody: page.titleIsFirstHeading,
            texts: [
                "title": page.title, "summary": page.summary, "root": PagePaths.root(from: page.id),
                "pageToc": pageContents(page.pageHeadings, title: strings.onThisPage),
                "editURL": sources[page.id].flatMap(book.config.editURL(of:)),
                "search": SearchBox.html(root: PagePaths.root(from: page.id), strings: strings.search),
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
}

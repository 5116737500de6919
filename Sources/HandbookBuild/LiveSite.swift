public import Foundation
public import SourceFiles
import Pages
import HandbookKit
import SiteRenderer
import SiteSearch
import ParallelMap

/// A handbook's site built in memory and kept up to date as its files change: what a preview
/// server holds. An update reloads only the changed files, renders again only the pages they
/// touch, and says which files of the site changed. While the sources have errors the last good
/// site stays as it was.
public struct LiveSite: Sendable {
    public let root: URL
    /// The handbook as last loaded, errors or not; nil while `handbook.yml` is unusable.
    public private(set) var handbook: Handbook?
    /// What loading and checking the current sources found.
    public private(set) var diagnostics: Diagnostics
    /// The last good site, by path.
    public private(set) var files: [String: Data] = [:]
    private var checked: CheckResults?
    /// The handbook and page bodies `files` were rendered from.
    private var rendered: (handbook: Handbook, pages: RenderedPages, linkTargets: LinkTargets)?
    /// The search index of `files`, which keeps what it read of each page for the next update.
    private var search: SearchIndex?

    /// What an update changed.
    public struct Update: Sendable {
        /// Site files written or rewritten, sorted.
        public var changed: [String] = []
        /// Site files that are gone, sorted.
        public var removed: [String] = []
        /// True when the sources have errors and the site was left as it was.
        public var failed = false

        public init(changed: [String] = [], removed: [String] = [], failed: Bool = false) {
            self.changed = changed
            self.removed = removed
            self.failed = failed
        }
    }

    /// Loads, checks and renders the handbook at `root`.
    public init(root: URL) {
        self.root = root
        let (handbook, diagnostics) = Handbook.load(root: root)
        self.handbook = handbook
        self.diagnostics = diagnostics
        refresh()
    }

    /// Takes in the files `changed` (paths relative to the handbook's root; any that were added,
    /// edited or deleted) and brings the site up to date.
    @discardableResult
    public mutating func update(changed: Set<String>) -> Update {
        let before = files
        (handbook, diagnostics) = handbook?.reloaded(changed: changed) ?? Handbook.load(root: root)
        refresh()
        return changes(from: before)
    }

    /// Checks the current handbook and, when it has no errors, renders what changed since the last render.
    private mutating func refresh() {
        guard let handbook else { return }
        let results = handbook.check(reusing: checked)
        checked = results
        diagnostics.append(contentsOf: results.diagnostics)
        guard !diagnostics.hasErrors else { return }
        let pages = PageBodies(book: handbook.book, resolver: handbook.links)
            .renderAll(reusing: rendered.map { ($0.handbook.book, $0.pages, $0.linkTargets) }, linkTargets: results.targets)
        let renderer = handbook.siteRenderer
        let framedAgain = pagesToFrame(pages, of: handbook)
        var next: [String: Data] = [:]
        let bodies = pages.all
        let framed = bodies.concurrentMap { body in
            framedAgain(body) ? Data(renderer.framed(body, in: pages)) : nil
        }
        for (body, page) in zip(bodies, framed) {
            next[body.page.outputPath] = page ?? files[body.page.outputPath]
        }
        do {
            for (path, data) in try renderer.supportFiles() { next[path] = data }
        } catch let diagnostic as Diagnostic {
            diagnostics.append(diagnostic)
            return
        } catch {
            diagnostics.append(.error("could not read a file for the site: \(error)", file: handbook.config.chaptersFolder))
            return
        }
        let index = SearchIndex(book: handbook.book, pages: pages, reusing: self.search)
        for (path, data) in index.files() { next[path] = data }
        files = next
        rendered = (handbook, pages, results.targets)
        search = index
    }

    /// Which pages need framing again: a page whose body changed, or its title, headings or
    /// neighbours; every page when the theme, `handbook.yml` or (when every page carries it)
    /// the contents changed, when the book grows past or shrinks below the size at which
    /// pages share the contents, or when the lint page, the rules or the examples, which every
    /// sidebar links, come or go.
    private func pagesToFrame(_ pages: RenderedPages, of handbook: Handbook) -> @Sendable (PageBody) -> Bool {
        guard let rendered, rendered.handbook.loadedTheme === handbook.loadedTheme, rendered.handbook.config == handbook.config,
            rendered.pages.siteOnly.map(\.page.id) == pages.siteOnly.map(\.page.id),
            rendered.pages.rules.isEmpty == pages.rules.isEmpty, rendered.pages.examples.isEmpty == pages.examples.isEmpty
        else {
            return { _ in true }
        }
        // Every page carries the contents, or stops or starts carrying them.
        let inline = SiteRenderer.sidebarIsInline(for: handbook.book)
        if inline != SiteRenderer.sidebarIsInline(for: rendered.handbook.book)
            || (inline && !PageBodies.sameContents(rendered.handbook.book.chapters, handbook.book.chapters)) {
            return { _ in true }
        }
        let old = rendered.pages
        let oldBodies = Dictionary(old.all.map { ($0.page.id, $0) }, uniquingKeysWith: { first, _ in first })
        return { body in
            guard let before = oldBodies[body.page.id], before == body, Self.sameFrame(before.page, body.page) else { return true }
            let (oldPrevious, oldNext) = old.neighbours(of: body.page.id)
            let (previous, next) = pages.neighbours(of: body.page.id)
            return oldPrevious?.id != previous?.id || oldPrevious?.title != previous?.title || oldNext?.id != next?.id || oldNext?.title != next?.title
        }
    }

    /// Whether the frame shows the same of a page: its title, summary and own contents.
    private static func sameFrame(_ one: Chapter, _ other: Chapter) -> Bool {
        one.title == other.title && one.summary == other.summary && one.titleIsFirstHeading == other.titleIsFirstHeading
            && one.pageHeadings == other.pageHeadings
    }

    private func changes(from before: [String: Data]) -> Update {
        var update = Update(failed: diagnostics.hasErrors)
        update.changed = files.filter { before[$0.key] != $0.value }.map(\.key).sorted()
        update.removed = before.keys.filter { files[$0] == nil }.sorted()
        return update
    }
}

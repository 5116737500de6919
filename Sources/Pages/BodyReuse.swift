public import HandbookKit
import Markdown
import ParallelMap

extension PageBodies {
    /// The bodies of the book, taking from `previous` (the book and bodies of an earlier load of
    /// the same handbook) every body whose inputs did not change: its document (the very one
    /// parsed, so an unchanged file), the contents list it ends with, and the pages, anchors,
    /// files, examples and rules its links can lead to. The rule pages, which gather from every
    /// page, the whole book on one page, which joins the bodies, and the lint page, which costs
    /// nothing, are always made again.
    /// `linkTargets` are this book's and `previous.linkTargets` the earlier book's, which the
    /// caller has from checking them.
    public func renderAll(
        reusing previous: (book: Book, pages: RenderedPages, linkTargets: LinkTargets)?, linkTargets: LinkTargets
    ) -> RenderedPages {
        guard let previous, let linksChanged = linkTargets.linksChanged(since: previous.linkTargets, resolver: resolver) else {
            return renderAll()
        }
        let old = Dictionary(previous.book.readingOrder.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldBodies = Dictionary(previous.pages.chapters.map { ($0.page.id, $0.bodies) }, uniquingKeysWith: { first, _ in first })
        @Sendable func unchanged(_ page: Chapter, was before: Chapter?) -> Bool {
            guard let before, page.document === before.document, Self.sameContents(page.children, before.children) else { return false }
            return !linksChanged(page)
        }
        let chapters = book.readingOrder.concurrentMap { chapter in
            if unchanged(chapter, was: old[chapter.id]), let bodies = oldBodies[chapter.id], Set(bodies.keys) == Set(readingTargets) {
                return PageBody(page: chapter, showableBodies: bodies)
            }
            return PageBody(page: chapter, bodies: body(of: chapter))
        }
        let homeUnchanged = book.home?.document === previous.book.home?.document && Self.sameContents(book.chapters, previous.book.chapters)
            && !(book.home.map(linksChanged) ?? false)
        let examplesUnchanged = book.examples.count == previous.book.examples.count
            && zip(book.examples, previous.book.examples).allSatisfy { $0.document === $1.document }
        let home = homeUnchanged ? PageBody(page: home, showableBodies: previous.pages.home.bodies) : PageBody(page: home, bodies: homeBody())
        return RenderedPages(
            home: home, chapters: chapters, examples: examplesUnchanged ? previous.pages.examples : examplePages(), rules: rulePages(),
            siteOnly: siteOnlyPages(reading: [home] + chapters))
    }

    /// Whether two lists of pages read the same in a contents list: ids, titles, summaries, nesting.
    public static func sameContents(_ one: [Chapter], _ other: [Chapter]) -> Bool {
        one.count == other.count && zip(one, other).allSatisfy { a, b in
            a.id == b.id && a.title == b.title && a.summary == b.summary && sameContents(a.children, b.children)
        }
    }
}


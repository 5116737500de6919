import Markdown
public import SourceFiles
import ParallelMap

/// The diagnostics of a check, page by page, each with the very document it was about: a check
/// after a change takes a page's diagnostics from here when its document is the same object (so
/// its file did not change) and nothing else it depends on changed.
public struct PageResults: Sendable {
    private struct Page: Sendable {
        var document: ParsedDocument?
        var source: String?
        var diagnostics: Diagnostics
    }

    private var pages: [String: Page] = [:]
    /// Every page's diagnostics, in the order of the pages.
    public private(set) var diagnostics = Diagnostics()

    /// Checks `pages` on every core, taking from `previous` the pages that did not change and
    /// for which `stillValid` (default: always) holds.
    public init(
        _ pages: [Chapter], reusing previous: PageResults?, stillValid: @Sendable (Chapter) -> Bool = { _ in true },
        check: @Sendable (Chapter) -> Diagnostics
    ) {
        let results = pages.concurrentMap { page in
            if let kept = previous?.pages[page.id], kept.document === page.document, kept.source == page.sourcePath, stillValid(page) {
                return kept
            }
            return Page(document: page.document, source: page.sourcePath, diagnostics: check(page))
        }
        for (page, result) in zip(pages, results) { self.pages[page.id] = result }
        diagnostics = Diagnostics(merging: results.map(\.diagnostics))
    }
}

public import Foundation
public import HandbookKit
public import Pages
import ParallelMap
import SourceFiles
import StyleLint

/// The site's search: every page but the site's own tools, cut into sections and stemmed with
/// the Snowball stemmer the linter uses, so the page script (which stems a query with the same
/// algorithm) finds any form of a word. Written as scripts, so the site searches from `file://`:
///
/// - `search/index.js`, loaded when search is first used: pages, sections and, for each stem in
///   sorted order, its postings (see `IndexScript` for the format);
/// - `search/text/<page>.js`, one per page: the sections' texts, loaded only for the results
///   shown, to make their snippets;
/// - `search/stemmer.js`: the handbook language's stemmer for the query.
public struct SearchIndex: Sendable {
    public static let indexPath = "search/index.js"
    public static let stemmerPath = "search/stemmer.js"
    static let shardFolder = "search/text/"

    let language: HandbookLanguage
    let pages: [SearchPage]
    let vocabulary: Vocabulary

    /// The index of `rendered`'s pages, keeping from `earlier` (the index of an earlier load of the
    /// same handbook) every page whose body, title, summary and parent are the same.
    public init(book: Book, pages rendered: RenderedPages, reusing earlier: SearchIndex? = nil) {
        let language = book.config.language
        self.language = language
        let parents = Self.parents(book: book, pages: rendered)
        let previous = earlier?.language == language ? earlier : nil
        let old = Dictionary((previous?.pages ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let bodies = [rendered.home] + rendered.chapters + rendered.examples + rendered.rules
        let memories = StemMemories(language: language)
        var pages = bodies.concurrentMap { body in
            let parent = parents[body.page.id]
            if let before = old[body.page.id], before.title == body.page.title, before.summary == body.page.summary,
                before.parent == parent, before.body.sameBytes(as: body.utf8(for: .site)) {
                return before
            }
            return memories.with { SearchPage(body: body, parent: parent, memory: &$0) }
        }
        var vocabulary = previous?.vocabulary ?? Vocabulary()
        let numbers = memories.all().map { vocabulary.numbers(of: $0.stems) }
        for index in pages.indices {
            if let memory = pages[index].memory { pages[index].recode(by: numbers[memory]) }
        }
        vocabulary.sortAdded()
        self.pages = pages
        self.vocabulary = vocabulary
    }

    /// The files of the site's search, by path.
    public func files() -> [(path: String, data: Data)] {
        var files = [
            (Self.indexPath, IndexScript(language: language, pages: pages, vocabulary: vocabulary).data),
            (Self.stemmerPath, Data(StemmerScript.source(for: language).utf8)),
        ]
        for page in pages { files.append((page.shardPath, page.shard)) }
        return files
    }

    /// The page above each page that has one: a chapter's section, the list of rules above a
    /// rule, the gallery above an example.
    private static func parents(book: Book, pages: RenderedPages) -> [String: String] {
        var parents: [String: String] = [:]
        func walk(_ chapters: [Chapter], parent: String?) {
            for chapter in chapters {
                parents[chapter.id] = parent
                walk(chapter.children, parent: chapter.id)
            }
        }
        walk(book.chapters, parent: nil)
        for list in [pages.examples, pages.rules] {
            guard let index = list.first else { continue }
            for body in list.dropFirst() { parents[body.page.id] = index.page.id }
        }
        return parents
    }
}

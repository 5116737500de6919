import HandbookKit
import Synchronization

/// Each example's Markdown as it reads on the pages of one folder (its own page in `examples/`,
/// the cards on the rule pages in `rules/`), rendered once for every target: links from the
/// pages of one folder are the same, and an example shows on the page of every rule it breaks.
final class ExampleDialogues: Sendable {
    private let chapterHTML: ChapterHTML
    private let targets: [PageTarget]
    private let rendered = Mutex<[String: [PageTarget: String]]>([:])

    init(chapterHTML: ChapterHTML, targets: [PageTarget]) {
        self.chapterHTML = chapterHTML
        self.targets = targets
    }

    /// The example's HTML on the page `pageID`, for `target`.
    func html(of example: Example, on pageID: String, for target: PageTarget) -> String {
        let key = pageID[..<(pageID.lastIndex(of: "/") ?? pageID.startIndex)] + "/" + example.id
        if let known = rendered.withLock({ $0[key] }) { return known[target] ?? "" }
        let html = chapterHTML.render(example.page(id: pageID), for: targets).map { String(decoding: $0, as: UTF8.self) }
        let bodies = Dictionary(uniqueKeysWithValues: zip(targets, html))
        rendered.withLock { $0[key] = bodies }
        return bodies[target] ?? ""
    }
}

/// What the links of a book can lead to: its pages and their headings, its files, examples and
/// rules. Comparing two loads of one handbook says which pages' links may now lead elsewhere,
/// so a check or a render after a change redoes only those.
public struct LinkTargets: Sendable {
    private let whole: Whole
    private let anchors: [String: [String]]

    /// All but the headings: when this changes, every link may read differently.
    private struct Whole: Equatable {
        var config: HandbookConfig
        var pages: [[String?]]
        var assets: [String]
        var projectFiles: [String]
        var examples: [String]
        var rules: [String]
    }

    public init(_ book: Book) {
        let pages = book.allPages + book.examplePages
        whole = Whole(
            config: book.config, pages: pages.map { [$0.id, $0.sourcePath] + $0.linkNames }, assets: book.assets, projectFiles: book.projectFiles,
            examples: book.examples.map(\.id), rules: book.rules.map(\.id))
        anchors = Dictionary(pages.map { ($0.id, $0.outline.linkableAnchors) }, uniquingKeysWith: { first, _ in first })
    }

    /// The pages of `book`, loaded after `earlier`, whose links may lead elsewhere than they did:
    /// nil when any of them may (a page, file, example or rule came or went); otherwise, the
    /// test for a page, true when one of its links leads to a page whose headings changed, or
    /// leads nowhere (perhaps to a heading that is gone).
    public func linksChanged(since earlier: LinkTargets, resolver: LinkResolver) -> (@Sendable (Chapter) -> Bool)? {
        guard whole == earlier.whole else { return nil }
        let reanchored = Set(anchors.keys.filter { anchors[$0] != earlier.anchors[$0] })
        guard !reanchored.isEmpty else { return { _ in false } }
        return { page in
            let destinations = page.linkDestinations
            return destinations.contains { destination in
                switch resolver.resolve(destination, in: page, hints: false) {
                case .success(.page(let id, _)): reanchored.contains(id)
                case .failure: true
                case .success: false
                }
            }
        }
    }
}

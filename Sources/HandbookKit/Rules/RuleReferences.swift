import HandbookBlocks
public import Markdown

/// Where the handbook speaks of each rule: `rule:` links and dialogue notes, by the section
/// (the nearest heading above) they stand in. A rule's page lists these places.
public struct RuleReferences: Sendable {
    /// A section of a page that refers to a rule.
    public struct Place: Sendable, Hashable {
        public var chapterID: String
        public var chapterTitle: String
        /// The heading above the reference; nil when it stands before the page's first heading.
        public var heading: Heading?
    }

    /// Per rule id, the places in reading order, each at most once.
    public let places: [String: [Place]]

    public init(book: Book) {
        var places: [String: [Place]] = [:]
        for chapter in book.allPages {
            var references: [(rule: String, line: Int)] = []
            for link in chapter.outline.links where link.destination.hasPrefix(LinkResolver.ruleScheme) {
                references.append((String(link.destination.dropFirst(LinkResolver.ruleScheme.count)), link.position.line))
            }
            for block in chapter.blocks {
                let line = block.fence.position.line
                for link in block.links where link.destination.hasPrefix(LinkResolver.ruleScheme) {
                    references.append((String(link.destination.dropFirst(LinkResolver.ruleScheme.count)), line + link.line))
                }
                for note in block.block.notes {
                    if let rule = note.rule { references.append((rule, line + note.line)) }
                }
            }
            for (rule, line) in references.sorted(by: { $0.line < $1.line }) {
                // The page's title heading is the page itself, not a section of it.
                let heading = chapter.outline.headings.last { $0.position.line <= line && !(chapter.titleIsFirstHeading && $0.level == 1) }
                let place = Place(chapterID: chapter.id, chapterTitle: chapter.title, heading: heading)
                if places[rule]?.contains(place) != true { places[rule, default: []].append(place) }
            }
        }
        self.places = places
    }
}

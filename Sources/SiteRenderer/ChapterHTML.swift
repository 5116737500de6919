import HandbookBlocks
import HandbookKit
import Markdown

/// Turns a chapter's Markdown into the HTML of its page: heading anchors, links between
/// chapters pointed at the generated pages, typography for the handbook's language.
struct ChapterHTML: Sendable {
    let resolver: LinkResolver
    let options: MarkdownOptions
    let typography: (@Sendable (String) -> String)?
    let blockLabels: BlockLabels
    let strings: SiteStrings

    init(book: Book, resolver: LinkResolver, allowsRawHTML: Bool? = nil) {
        self.resolver = resolver
        var options = book.config.markdownOptions
        if let allowsRawHTML { options.allowsRawHTML = allowsRawHTML }
        self.options = options
        typography = Typography.transform(for: book.config.language)
        blockLabels = book.config.blockLabels
        strings = SiteStrings(book.config.language)
    }

    func render(_ chapter: Chapter) -> String {
        guard let document = chapter.document, !document.text.isEmpty else { return "" }
        let blockHTML = BlockHTML(
            labels: blockLabels, strings: strings,
            markdown: { text, hardBreaks in
                var options = options
                options.hardBreaks = hardBreaks
                let hooks = HTMLHooks(rewriteLink: { link in destination(of: link, in: chapter) }, transformText: typography)
                return MarkdownDocument(text, options: options).renderHTML(hooks: hooks)
            },
            typography: typography ?? { $0 },
            ruleLink: { SitePaths.pageLink(from: chapter.id, to: SitePaths.rulePageID($0)) })
        // Read at load; a fenced block that is not one of them stays code.
        let blocks = Dictionary(chapter.blocks.map { ($0.fence.position, $0.block) }, uniquingKeysWith: { first, _ in first })
        let hooks = HTMLHooks(
            anchorsHeadings: true,
            rewriteLink: { link in destination(of: link, in: chapter) },
            renderFencedBlock: { fence in blocks[fence.position].map(blockHTML.render) },
            transformText: typography,
            knownAnchors: chapter.outline.headings.map(\.anchor),
            renderCallout: callout)
        let tree = document.options == options ? document.takeTree() : MarkdownDocument(document.text, options: options)
        return tree.renderHTML(hooks: hooks)
    }

    /// A GitHub alert as a titled box; `role="note"` so a screen reader announces it as an aside.
    private func callout(_ kind: Callout) -> (open: String, close: String) {
        let title = HTMLText.escape(strings.callouts[kind] ?? kind.rawValue)
        return ("<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>\n", "</div>\n")
    }

    /// The link as the site needs it; nil keeps it as written (external, or broken — the checks report those).
    private func destination(of link: LinkReference, in chapter: Chapter) -> String? {
        switch resolver.resolve(link.destination, in: chapter) {
        case .success(.page(let id, let anchor)):
            return SitePaths.pageLink(from: chapter.id, to: id, anchor: anchor)
        case .success(.asset(let path)):
            return SitePaths.encode(SitePaths.relative(from: chapter.id, to: SitePaths.media(path)))
        case .success(.rule(let id)):
            return SitePaths.pageLink(from: chapter.id, to: id.isEmpty ? RulePages.indexID : SitePaths.rulePageID(id))
        case .success(.example(let id)):
            return SitePaths.pageLink(from: chapter.id, to: id.isEmpty ? ExamplePages.indexID : Example.pageID(of: id))
        case .success(.samePageAnchor), .success(.external), .failure:
            return nil
        }
    }
}

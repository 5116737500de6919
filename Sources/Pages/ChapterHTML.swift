import HandbookBlocks
import HandbookKit
import Markdown
import SourceFiles

/// Turns a chapter's Markdown into the HTML of its page for each target: heading anchors, links
/// between chapters pointed at the target's pages, typography for the handbook's language. The
/// chapter's document is rendered for all the targets from its one parse.
struct ChapterHTML: Sendable {
    let resolver: LinkResolver
    let options: MarkdownOptions
    let typography: (@Sendable (String) -> String)?
    /// The same typography for the chapter's Markdown texts, on their bytes.
    let textTypography: (@Sendable (UnsafeBufferPointer<UInt8>) -> [UInt8]?)?
    let blockLabels: BlockLabels
    let strings: PageStrings
    /// The pages that are sections of `print.html`, where links to them lead for ``PageTarget/print``.
    let printSections: Set<String>

    init(book: Book, resolver: LinkResolver, printSections: Set<String> = [], allowsRawHTML: Bool? = nil) {
        self.resolver = resolver
        self.printSections = printSections
        var options = book.config.markdownOptions
        if let allowsRawHTML { options.allowsRawHTML = allowsRawHTML }
        self.options = options
        typography = Typography.transform(for: book.config.language)
        textTypography = Typography.rewrite(for: book.config.language)
        blockLabels = book.config.blockLabels
        strings = PageStrings(book.config.language)
    }

    /// The chapter's HTML for each of `targets`, in their order, as UTF-8.
    func render(_ chapter: Chapter, for targets: [PageTarget]) -> [[UInt8]] {
        guard let document = chapter.document, !document.text.isEmpty else { return targets.map { _ in [] } }
        // Read at load; a fenced block that is not one of them stays code.
        let blocks = Dictionary(chapter.blocks.map { ($0.fence.position, $0.block) }, uniquingKeysWith: { first, _ in first })
        let hooks = HTMLHooks(anchorsHeadings: true, transformText: textTypography, knownAnchors: chapter.outline.anchors, renderCallout: callout,
            labelsTaskItems: true)
        // Each link is resolved once for all the targets; only the path written differs.
        var resolved: [ExactString: Result<LinkTarget, LinkProblem>] = [:]
        for link in chapter.outline.links {
            let key = ExactString(link.destination)
            if resolved[key] == nil { resolved[key] = resolver.resolve(link.destination, in: chapter, hints: false) }
        }
        let targetHooks = targets.map { [resolved] target in
            // Most pages have no handbook block, and a block renderer holds every word of the interface.
            let blockHTML = blocks.isEmpty ? nil : blockHTML(on: chapter, for: target)
            return TargetHooks(
                rewriteLink: { link in destination(of: link, in: chapter, for: target, resolved: resolved[ExactString(link.destination)]) },
                renderFencedBlock: blockHTML.map { blockHTML in { fence in blocks[fence.position].map(blockHTML.render) } },
                headingIDPrefix: target == .print ? PrintPage.anchor(of: chapter.id) : "")
        }
        let tree = document.options == options ? document.takeTree() : MarkdownDocument(document.text, options: options)
        return tree.renderUTF8(hooks: hooks, targets: targetHooks)
    }

    private func blockHTML(on chapter: Chapter, for target: PageTarget) -> BlockHTML {
        BlockHTML(
            labels: blockLabels, strings: strings, target: target,
            markdown: { text, hardBreaks in
                var options = options
                options.hardBreaks = hardBreaks
                let hooks = HTMLHooks(rewriteLink: { link in destination(of: link, in: chapter, for: target) }, transformText: textTypography, labelsTaskItems: true)
                return MarkdownDocument(text, options: options).renderHTML(hooks: hooks)
            },
            typography: typography ?? { $0 },
            ruleLink: { link(from: chapter.id, to: PagePaths.rulePageID($0), in: target) })
    }

    /// A GitHub alert as a titled box; `role="note"` so a screen reader announces it as an aside.
    private func callout(_ kind: Callout) -> (open: String, close: String) {
        let title = HTMLText.escape(strings.callouts[kind] ?? kind.rawValue)
        return ("<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>\n", "</div>\n")
    }

    /// The link as the target needs it; nil keeps it as written (external, or broken — the checks report those).
    private func destination(
        of link: LinkReference, in chapter: Chapter, for target: PageTarget, resolved: Result<LinkTarget, LinkProblem>? = nil
    ) -> String? {
        switch resolved ?? resolver.resolve(link.destination, in: chapter, hints: false) {
        case .success(.page(let id, let anchor)):
            return self.link(from: chapter.id, to: id, anchor: anchor, in: target)
        case .success(.asset(let path)):
            return PagePaths.encode(PagePaths.relative(from: target == .print ? PrintPage.id : chapter.id, to: PagePaths.media(path)))
        case .success(.projectFile(let path)):
            return PagePaths.encode(PagePaths.relative(from: target == .print ? PrintPage.id : chapter.id, to: PagePaths.projectFile(path)))
        case .success(.rule(let id)):
            return self.link(from: chapter.id, to: id.isEmpty ? RulePages.indexID : PagePaths.rulePageID(id), in: target)
        case .success(.example(let id)):
            return self.link(from: chapter.id, to: id.isEmpty ? ExamplePages.indexID : Example.pageID(of: id), in: target)
        case .success(.beyondSite(let url)):
            return url
        case .success(.samePageAnchor(let anchor)) where target == .print || LinkResolver.splitFragment(link.destination).anchor != anchor:
            return self.link(from: chapter.id, to: chapter.id, anchor: anchor, in: target)
        case .success(.samePageAnchor), .success(.external), .failure:
            return nil
        }
    }

    /// A link from the page `pageID` to the page `id`, for `target`.
    func link(from pageID: String, to id: String, anchor: String? = nil, in target: PageTarget) -> String {
        PrintPage.link(from: pageID, to: id, anchor: anchor, in: target, sections: printSections)
    }
}

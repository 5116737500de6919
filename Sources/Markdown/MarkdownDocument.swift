/// Ways a page's HTML differs from plain cmark-gfm output. All are off by default, so an
/// unhooked render is exactly cmark-gfm's.
public struct HTMLHooks {
    /// Gives every heading and definition term an `id` (see ``HeadingAnchors``).
    public var anchorsHeadings: Bool
    /// The anchors `outline()` gave this document's headings and definition terms (its
    /// `anchors`), when the caller kept them; saves working them out again. Ignored unless there
    /// is one per heading and term.
    public var knownAnchors: [String]?
    /// A new destination for a link or image; `nil` keeps it.
    public var rewriteLink: ((LinkReference) -> String?)?
    /// HTML that replaces a fenced block; `nil` leaves it a code block.
    public var renderFencedBlock: ((FencedBlock) -> String?)?
    /// Rewrites prose (text outside code and raw HTML), e.g. for typography; before escaping.
    /// It gets a text's UTF-8 and returns the new UTF-8, or nil to keep the text: a book has
    /// tens of thousands of texts, and a `String` of each would be checked as UTF-8 again.
    public var transformText: ((UnsafeBufferPointer<UInt8>) -> [UInt8]?)?
    /// The HTML around a GitHub alert (a block quote whose first line is `[!NOTE]`, `[!TIP]`,
    /// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]`), which replaces the quote and that line;
    /// `nil` leaves alerts block quotes, as cmark-gfm does.
    public var renderCallout: ((Callout) -> (open: String, close: String))?
    /// Puts each task list item's box and text in one `<label>`, so that the box has a name a
    /// screen reader can say; `false` prints the bare box, as cmark-gfm does.
    public var labelsTaskItems: Bool

    public init(
        anchorsHeadings: Bool = false,
        rewriteLink: ((LinkReference) -> String?)? = nil,
        renderFencedBlock: ((FencedBlock) -> String?)? = nil,
        transformText: ((UnsafeBufferPointer<UInt8>) -> [UInt8]?)? = nil,
        knownAnchors: [String]? = nil,
        renderCallout: ((Callout) -> (open: String, close: String))? = nil,
        labelsTaskItems: Bool = false
    ) {
        self.anchorsHeadings = anchorsHeadings
        self.knownAnchors = knownAnchors
        self.rewriteLink = rewriteLink
        self.renderFencedBlock = renderFencedBlock
        self.transformText = transformText
        self.renderCallout = renderCallout
        self.labelsTaskItems = labelsTaskItems
    }
}

/// What differs between the outputs one document is rendered for (a site's page, a book's).
public struct TargetHooks {
    /// A new destination for a link or image; `nil` keeps it.
    public var rewriteLink: ((LinkReference) -> String?)?
    /// HTML that replaces a fenced block; `nil` leaves it a code block.
    public var renderFencedBlock: ((FencedBlock) -> String?)?
    /// Put before every heading's id, and after the `fn-` and `fnref-` of footnotes' ids: an
    /// output that joins several documents on one page keeps their ids apart so.
    public var headingIDPrefix: String

    public init(rewriteLink: ((LinkReference) -> String?)? = nil, renderFencedBlock: ((FencedBlock) -> String?)? = nil, headingIDPrefix: String = "") {
        self.rewriteLink = rewriteLink
        self.renderFencedBlock = renderFencedBlock
        self.headingIDPrefix = headingIDPrefix
    }
}

/// The kinds of GitHub's alerts.
public enum Callout: String, Sendable, CaseIterable {
    case note, tip, important, warning, caution

    /// The kind a first line such as `[!WARNING]` (any case) marks.
    init?(marker: String) {
        let trimmed = marker.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        self.init(rawValue: trimmed.dropFirst(2).dropLast().lowercased())
    }
}

/// A parsed Markdown document. Rendering rewrites the tree, so it consumes the document.
public struct MarkdownDocument: ~Copyable {
    private let tree: CMarkTree

    /// Parses UTF-8 bytes (invalid sequences become U+FFFD, as in cmark-gfm).
    public init(bytes: some Collection<UInt8>, options: MarkdownOptions = MarkdownOptions()) {
        tree = CMarkTree(bytes: bytes, options: options)
    }

    public init(_ text: String, options: MarkdownOptions = MarkdownOptions()) {
        self.init(bytes: text.utf8, options: options)
    }

    /// Headings with their anchors, link destinations and fenced blocks, in document order.
    public func outline() -> MarkdownOutline {
        var outline = MarkdownOutline()
        var anchors = HeadingAnchors()
        for node in tree.nodes() {
            switch node.kind {
            case .heading(let level):
                let text = node.plainText
                outline.headings.append(
                    Heading(level: level, text: text, anchor: anchors.anchor(for: text), position: node.position))
            case .other:
                // Terms share the headings' anchors, so that no two ids of a page are the same.
                guard let position = tree.definitionTermPosition(node) else { break }
                let text = node.plainText
                outline.definitionTerms.append(
                    DefinitionTerm(text: text, anchor: anchors.anchor(for: text), position: position, headingsBefore: outline.headings.count))
            case .link, .image:
                outline.links.append(LinkReference(
                    destination: node.url, isImage: node.kind == .image, text: node.plainText, position: node.position))
            case .codeBlock:
                if let block = Self.fencedBlock(node) { outline.fencedBlocks.append(block) }
            case .html:
                // `<a id="old-heading"></a>`: an anchor a page keeps for links written before a heading changed.
                if tree.showsRawHTML { outline.htmlAnchors += Self.ids(in: node.literal) }
            case .text, .code, .blockQuote, .taskItem, .footnoteReference:
                break
            }
        }
        return outline
    }

    /// The HTML fragment, with the hooks applied.
    public consuming func renderHTML(hooks: HTMLHooks = HTMLHooks()) -> String {
        let target = TargetHooks(rewriteLink: hooks.rewriteLink, renderFencedBlock: hooks.renderFencedBlock)
        return renderHTML(hooks: hooks, targets: [target])[0]
    }

    /// The HTML fragment once per target, from one parse: what every target shares (typography,
    /// heading ids, callouts) is done once, then each target's links and blocks are set and the
    /// tree rendered. The `rewriteLink` and `renderFencedBlock` of `hooks` are not used.
    public consuming func renderHTML(hooks: HTMLHooks, targets: [TargetHooks]) -> [String] {
        renderUTF8(hooks: hooks, targets: targets).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `renderHTML(hooks:targets:)` as UTF-8 bytes, for callers that write or scan the HTML
    /// rather than read it as text: a `String` of every page would be checked as UTF-8 again.
    public consuming func renderUTF8(hooks: HTMLHooks, targets: [TargetHooks]) -> [[UInt8]] {
        let parts = prepared(hooks: hooks, targets: targets)
        return renderOnce(parts, for: targets) ?? renderEach(parts, for: targets)
    }

    /// The targets' HTML when one render of the tree gives it, as `renderHTML(hooks:targets:)`
    /// tries first; nil when it would render per target.
    consuming func renderedOnce(hooks: HTMLHooks, targets: [TargetHooks]) -> [String]? {
        renderOnce(prepared(hooks: hooks, targets: targets), for: targets)?.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The tree with what all targets share done (typography, callouts, task labels), and what
    /// each sets its own way.
    private func prepared(hooks: HTMLHooks, targets: [TargetHooks]) -> TargetParts {
        let nodes = tree.nodes()
        // Taken before anything is edited: edits free some of the listed nodes.
        let quotes = hooks.renderCallout == nil ? [] : nodes.filter { $0.kind == .blockQuote }
        // Anchors come from the text as written, so they match `outline()` whatever the hooks do.
        let anchored = hooks.anchorsHeadings ? nodes.filter { $0.isHeading || tree.definitionTermPosition($0) != nil } : []
        let anchoredIDs: [String]
        if let known = hooks.knownAnchors, known.count == anchored.count {
            anchoredIDs = known.map(HTMLText.escape)
        } else {
            var anchors = HeadingAnchors()
            anchoredIDs = anchored.map { HTMLText.escape(anchors.anchor(for: $0.plainText)) }
        }
        let headings = zip(anchored, anchoredIDs).filter { $0.0.isHeading }.map { (node: $0, id: $1) }
        let terms = zip(anchored, anchoredIDs).filter { !$0.0.isHeading }.map { (node: $0, id: $1) }
        if let transform = hooks.transformText {
            for node in nodes where node.kind == .text {
                guard var rewritten = node.withLiteral(transform) else { continue }
                rewritten.append(0)
                node.setLiteral(nulTerminated: rewritten)
            }
        }
        if hooks.labelsTaskItems {
            for node in nodes {
                if case .taskItem(let checked) = node.kind { node.labelTaskItem(checked: checked) }
            }
        }
        let hasNotes = nodes.contains { $0.kind == .footnoteReference }
        let links = nodes.filter { $0.kind == .link || $0.kind == .image }.map {
            (node: $0, reference: LinkReference(destination: $0.url, isImage: $0.kind == .image, position: $0.position))
        }
        // A block a target renders becomes ready-made HTML, each target's set in turn; for a
        // target that renders it not, it stays the code block it was.
        var blocks: [(detached: CMarkTree.Detached, html: [String?])] = []
        if targets.contains(where: { $0.renderFencedBlock != nil }) {
            for node in nodes where node.kind == .codeBlock {
                guard let block = Self.fencedBlock(node) else { continue }
                let html = targets.map { $0.renderFencedBlock?(block) }
                if html.contains(where: { $0 != nil }) { blocks.append((tree.detach(node), html)) }
            }
        }
        if let render = hooks.renderCallout {
            for quote in quotes {
                guard let kind = quote.firstLineOfFirstParagraph.flatMap(Callout.init(marker:)) else { continue }
                let (open, close) = render(kind)
                quote.replaceQuoteDroppingFirstLine(open: open, close: close)
            }
        }
        return TargetParts(links: links, headings: headings, terms: terms, blocks: blocks, hasNotes: hasNotes)
    }

    /// What one document's targets set each their own way, on the tree's nodes.
    private struct TargetParts {
        let links: [(node: CMarkTree.Node, reference: LinkReference)]
        let headings: [(node: CMarkTree.Node, id: String)]
        let terms: [(node: CMarkTree.Node, id: String)]
        let blocks: [(detached: CMarkTree.Detached, html: [String?])]
        let hasNotes: Bool
    }

    /// The targets' HTML from one render of the tree with ``TargetMarks`` where they differ; nil,
    /// with the tree as it was, when the render's marks cannot be told from the page's text.
    private func renderOnce(_ parts: TargetParts, for targets: [TargetHooks]) -> [[UInt8]]? {
        // A link in an image's description is not printed, and text printed there could stand in
        // for its mark, so that counting the marks would not tell.
        let marksLinks = targets.contains { $0.rewriteLink != nil } || tree.blanksDangerousURLs
        if marksLinks, parts.links.contains(where: { $0.node.isInsideImage }) { return nil }
        if marksLinks {
            for (index, link) in parts.links.enumerated() { link.node.setURL(TargetMarks.mark(.link, index)) }
        }
        let headingMarks = parts.headings.enumerated().map { index, heading in heading.node.prependInline(TargetMarks.mark(.heading, index)) }
        for (index, term) in parts.terms.enumerated() { term.node.setOnEnter("<dt id=\"\(TargetMarks.mark(.term, index))\">") }
        for (index, block) in parts.blocks.enumerated() { block.detached.block.setOnEnter(TargetMarks.mark(.block, index)) }
        let expected: [TargetMarks.Kind: Int] = [
            .link: marksLinks ? parts.links.count : 0, .heading: parts.headings.count, .term: parts.terms.count, .block: parts.blocks.count,
        ]
        // A fenced block as the code block it is, for the targets that do not render it their
        // own way: rendered once for all of them.
        var codeBlocks: [Int: String] = [:]
        let html: [[UInt8]]? = tree.withRenderedHTML { rendered in
            guard let marks = TargetMarks.marks(in: rendered, expected: expected) else { return nil }
            return targets.indices.map { index in
                let target = targets[index]
                let prefix = HTMLText.escape(target.headingIDPrefix)
                var out: [UInt8] = []
                out.reserveCapacity(rendered.count + rendered.count / 8)
                var copied = 0
                for mark in marks {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: rendered[copied..<mark.range.lowerBound]))
                    copied = mark.range.upperBound
                    switch mark.kind {
                    case .link:
                        let reference = parts.links[mark.number].reference
                        let url = target.rewriteLink?(reference) ?? reference.destination
                        let shown = !MarkdownOptions.isDangerous(url: url) || (tree.showsRawHTML && !tree.blanksDangerousURLs)
                        if shown { TargetMarks.writeHref(url, to: &out) }
                    case .heading:
                        out.removeLast()
                        out.append(contentsOf: " id=\"\(prefix)\(parts.headings[mark.number].id)\">".utf8)
                    case .term:
                        out.append(contentsOf: "\(prefix)\(parts.terms[mark.number].id)".utf8)
                    case .block:
                        let (detached, html) = parts.blocks[mark.number]
                        let text = html[index] ?? codeBlocks[mark.number] ?? {
                            let code = tree.renderHTML(detached)
                            codeBlocks[mark.number] = code
                            return code
                        }()
                        // As cmark-gfm prints a custom block: on a line of its own.
                        out.append(contentsOf: text.utf8)
                        if !text.isEmpty, text.utf8.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: rendered[copied...]))
                guard !prefix.isEmpty, parts.hasNotes else { return out }
                return Array(Self.prefixingFootnoteIDs(String(decoding: out, as: UTF8.self), with: prefix).utf8)
            }
        }
        if html == nil {
            for mark in headingMarks { mark.remove() }
        }
        return html
    }

    /// The targets' HTML from one render each, the tree set for each in turn.
    private func renderEach(_ parts: TargetParts, for targets: [TargetHooks]) -> [[UInt8]] {
        // Headings are rendered whole when they get their id, so theirs is rendered per target too.
        let identified = parts.headings.map { (heading: tree.detach($0.node), id: $0.id) }
        return targets.indices.map { index in
            let target = targets[index]
            for (node, reference) in parts.links {
                var url = target.rewriteLink?(reference) ?? reference.destination
                if tree.blanksDangerousURLs, MarkdownOptions.isDangerous(url: url) { url = "" }
                node.setURL(url)
            }
            for (detached, html) in parts.blocks { detached.block.setOnEnter(html[index] ?? tree.renderHTML(detached)) }
            let prefix = HTMLText.escape(target.headingIDPrefix)
            for (heading, id) in identified { tree.renderHeading(heading, attributes: "id=\"\(prefix)\(id)\"") }
            for (term, id) in parts.terms { term.setOnEnter("<dt id=\"\(prefix)\(id)\">") }
            let html = tree.renderHTML()
            return Array((prefix.isEmpty || !parts.hasNotes ? html : Self.prefixingFootnoteIDs(html, with: prefix)).utf8)
        }
    }

    /// The footnotes' ids and links to them with `prefix` after `fn-` and `fnref-`. cmark-gfm
    /// writes them from each note's label and has no way to set it, so its markup is rewritten:
    /// these quoted attributes can come from nothing else, as text and code escape their quotes
    /// (raw HTML a handbook lets through that writes them is rewritten alike on a page with notes).
    static func prefixingFootnoteIDs(_ html: String, with prefix: String) -> String {
        var result = html
        for attribute in ["href=\"#fn-", "id=\"fn-", "href=\"#fnref-", "id=\"fnref-"] {
            result = result.replacingOccurrences(of: attribute, with: attribute + prefix)
        }
        return result
    }

    /// The values of the `id` and `name` attributes (quoted, after a space) in raw HTML.
    static func ids(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var ids: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") else { continue }
            guard let name = ["id=", "name="].first(where: { bytes[index...].starts(with: $0.utf8) }) else { continue }
            let open = index + name.utf8.count
            guard open < bytes.count, bytes[open] == UInt8(ascii: "\"") || bytes[open] == UInt8(ascii: "'"),
                let close = bytes[(open + 1)...].firstIndex(of: bytes[open])
            else { continue }
            if close > open + 1 { ids.append(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) }
            index = close + 1
        }
        return ids
    }

    private static func fencedBlock(_ node: CMarkTree.Node) -> FencedBlock? {
        let info = node.fenceInfo
        guard !info.isEmpty else { return nil }
        return FencedBlock(info: info, content: node.literal, position: node.position)
    }
}

import Foundation
import HandbookBlocks
import Markdown
import SourceFiles

/// One Markdown file as read: front matter fields, body and outline, before it has a place in
/// the book.
struct PageSource: Sendable {
    var sourcePath: String
    var title: String?
    var titleIsFirstHeading = false
    var summary: String?
    var order: Int?
    var slug: String?
    /// Other names links may give the page (Docusaurus's `id:`, a `slug:` that cannot be a file
    /// name here): relative to its folder, or from the site's root when they start with `/`.
    var linkNames: [String] = []
    /// `draft: true` (Hugo, Docusaurus) or `published: false` (Jekyll): the page is left out.
    var isDraft = false
    /// Old addresses of the page (`aliases`, `redirect_from`), each to become a redirect page.
    var redirects: [PageRedirect.Source] = []
    /// Front matter keys no part of the handbook reads, reported once per key for the whole book.
    var ignoredKeys: [YAMLFields.UnknownKey] = []
    /// Components and shortcodes of other tools left out of the text, reported once per name for the whole book.
    var foreignMarkup: [ForeignMarkup.Construct] = []
    /// The files its mdBook includes name (absolute paths).
    var includedFiles: [String] = []
    var document: ParsedDocument
    var blocks: [PageBlock]
    var bodyLine: Int

    /// The keys read from front matter: the handbook's own, then those of other tools that mean
    /// the same (Hugo, Jekyll, Just the Docs, Docusaurus), so their handbooks build as they are.
    static let orderKeys = ["order", "weight", "nav_order", "sidebar_position"]
    static let redirectKeys = ["aliases", "redirect_from"]

    /// Keys other tools read that mean nothing here, and why; never taken for a typo of ours
    /// (`redirect_to` is not `redirect_from` misspelt: it means the opposite).
    static let foreignKeyReasons: [String: String] = [
        "layout": "the site has one layout, its theme's",
        "permalink": "a page's address is its file's path, or its 'slug:'",
        "url": "a page's address is its file's path, or its 'slug:'",
        "redirect_to": "a page does not send its readers elsewhere; link to the address it names instead",
    ]

    /// Reads and parses a chapter file; problems go to `diagnostics`, and nil means the file is unusable.
    static func read(
        _ url: URL, displayPath: String, options: MarkdownOptions, labels: BlockLabels, chapters: URL, boundary: SourceBoundary,
        diagnostics: inout Diagnostics
    ) -> PageSource? {
        guard let split = FrontMatterSplit.read(url, displayPath: displayPath, diagnostics: &diagnostics) else { return nil }
        let includes = BookIncludes(
            String(split.body), page: url, chapters: chapters, displayPath: displayPath, bodyLine: split.bodyLine,
            boundary: boundary)
        diagnostics.append(contentsOf: includes.diagnostics)
        let markup = ForeignMarkup(includes.text)
        let document = ParsedDocument(markup.text, options: options, headingIDs: markup.headingIDs, sourceLines: includes.sourceLines)
        var page = PageSource(
            sourcePath: displayPath, document: document, blocks: PageBlock.read(document.outline, labels: labels), bodyLine: split.bodyLine)
        page.includedFiles = includes.files
        page.foreignMarkup = markup.constructs.map { construct in
            var placed = construct
            if let lines = includes.sourceLines, construct.line <= lines.count { placed.line = lines[construct.line - 1] }
            return placed
        }
        if let yaml = split.yaml {
            var fields = YAMLFields(yaml: yaml, file: displayPath, firstLine: split.yamlLine)
            let typos = page.readFrontMatter(&fields)
            diagnostics.append(contentsOf: fields.diagnostics)
            diagnostics.append(contentsOf: typos)
        }
        if page.title?.isEmpty ?? true {
            page.title = nil
            let headings = page.document.outline.headings
            if let first = headings.first, first.level == 1, first.position.line == page.firstContentLine {
                page.title = first.text
                page.titleIsFirstHeading = true
            } else if let first = headings.first(where: { $0.level == 1 }) ?? headings.first, !first.text.isEmpty {
                page.title = first.text
            }
        }
        return page
    }

    /// Reads the keys it knows; gives back warnings about keys that look like typos of those.
    private mutating func readFrontMatter(_ fields: inout YAMLFields) -> Diagnostics {
        var typos = Diagnostics()
        title = fields.string("title").map(Self.trimmed)
        summary = fields.string("summary") ?? fields.string("description")
        for key in Self.orderKeys {
            guard let number = Self.order(key, in: &fields) else { continue }
            order = order ?? number
        }
        if let id = fields.string("id"), !id.isEmpty { linkNames.append(id) }
        readSlug(&fields)
        isDraft = fields.bool("draft") == true || fields.bool("published") == false
        for key in Self.redirectKeys {
            let position = fields.position(of: key)
            for address in fields.stringOrList(key) ?? [] {
                redirects.append(PageRedirect.Source(address: address, file: sourcePath, line: position.line, column: position.column))
            }
        }
        for unknown in fields.unknownKeys {
            guard let suggestion = unknown.suggestion, Self.foreignKeyReasons[unknown.key] == nil else {
                ignoredKeys.append(unknown)
                continue
            }
            // Close to a key the handbook reads: most likely a typo, so shown on every page it is on.
            typos.append(.warning(
                "unknown key '\(unknown.key)' in front matter is left out; did you mean '\(suggestion)'?",
                file: sourcePath, line: unknown.line, column: unknown.column))
        }
        return typos
    }

    /// `text` without the white space of a line (`CharacterSet.whitespaces`: category Zs and
    /// the tab) at its ends. Most titles have none, and Foundation's trimming costs ten thousand
    /// instructions even then.
    private static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, !isSpace(first), !isSpace(last) else {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// A position in the order: a whole number, or a decimal as Docusaurus allows (`2.5`), which
    /// counts as the whole number below it.
    private static func order(_ key: String, in fields: inout YAMLFields) -> Int? {
        guard let text = fields.string(key) else { return nil }
        if let number = Int(text) { return number }
        if let number = Double(text), number.isFinite, abs(number) < 1e15 { return Int(number.rounded(.down)) }
        fields.appendError("'\(key)' should be a number, like '\(key): 3'", at: key)
        return nil
    }

    private mutating func readSlug(_ fields: inout YAMLFields) {
        guard let given = fields.string("slug") else { return }
        if given.hasPrefix("/") {
            // Docusaurus writes a slug as a site path (`slug: /`): it moves no page here, but
            // links to that path still lead to the page.
            linkNames.append(given)
            fields.appendWarning(
                "slug '\(given)' is a site path, as Docusaurus writes it; the page keeps the address of its file name (links to '\(given)' lead to it), or write 'slug: name'",
                at: "slug")
        } else if given.isEmpty || given != Slug.make(given) {
            // Other tools take any slug; here it is a file name, so the page keeps its own.
            if !given.isEmpty { linkNames.append(given) }
            fields.appendWarning(
                "slug '\(given)' must be lower-case Latin letters, digits and single hyphens, like '\(Slug.make(given))'; the page keeps the address of its file name",
                at: "slug")
        } else {
            slug = given
        }
    }

    /// The first line of the body that is not blank, counted within the body.
    private var firstContentLine: Int {
        var line = 1
        for byte in document.text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: return line
            }
        }
        return line
    }
}

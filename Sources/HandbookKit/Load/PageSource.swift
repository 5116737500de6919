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
    var document: ParsedDocument
    var blocks: [PageBlock]
    var bodyLine: Int

    static let frontMatterKeys = "title, order, summary, slug"

    /// Reads and parses a chapter file; problems go to `diagnostics`, and nil means the file is unusable.
    static func read(
        _ url: URL, displayPath: String, options: MarkdownOptions, labels: BlockLabels, diagnostics: inout Diagnostics
    ) -> PageSource? {
        guard let split = FrontMatterSplit.read(url, displayPath: displayPath, diagnostics: &diagnostics) else { return nil }
        let document = ParsedDocument(String(split.body), options: options)
        var page = PageSource(
            sourcePath: displayPath, document: document, blocks: PageBlock.read(document.outline, labels: labels), bodyLine: split.bodyLine)
        if let yaml = split.yaml {
            var fields = YAMLFields(yaml: yaml, file: displayPath, firstLine: split.yamlLine)
            page.title = fields.string("title")?.trimmingCharacters(in: .whitespaces)
            page.summary = fields.string("summary")
            page.order = fields.int("order")
            page.slug = fields.string("slug")
            if let slug = page.slug, slug.isEmpty || slug != Slug.make(slug) {
                fields.appendError(
                    "slug '\(slug)' must be lower-case Latin letters, digits and single hyphens, like '\(Slug.make(slug))'",
                    at: "slug")
                page.slug = nil
            }
            fields.rejectUnknownKeys(context: "front matter (known: \(frontMatterKeys))")
            diagnostics.append(contentsOf: fields.diagnostics)
        }
        if page.title?.isEmpty ?? true {
            page.title = nil
            if let first = page.document.outline.headings.first, first.level == 1, first.position.line == page.firstContentLine {
                page.title = first.text
                page.titleIsFirstHeading = true
            }
        }
        return page
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

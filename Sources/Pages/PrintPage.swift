import HandbookKit
import Markdown

/// The whole book on one page of the site, `print.html` (as mdBook has): the front page and every
/// chapter in reading order, each a section that starts a new printed page. Its sections are the
/// bodies rendered for ``PageTarget/print``, whose links to chapters lead to sections of this page
/// and whose ids are kept apart per chapter (a heading's id repeats across chapters).
public enum PrintPage {
    public static let id = "print"

    /// The id on `print.html` of a page's section (no `heading`) or of one of its headings: the
    /// page's id, a colon, and the heading's id on the page's own. Page ids are slugs and heading
    /// ids drop ASCII punctuation, so no two are alike, and none is one of the frame's (`content`…).
    public static func anchor(of pageID: String, heading: String? = nil) -> String {
        pageID + ":" + (heading ?? "")
    }

    /// A link from `pageID`'s body for `target` to the page `id` (at `anchor`): to the page's
    /// section when the target is the one page and the page is one of its `sections`, to the
    /// page's own file otherwise.
    static func link(from pageID: String, to id: String, anchor: String? = nil, in target: PageTarget, sections: Set<String>) -> String {
        guard target == .print else { return PagePaths.pageLink(from: pageID, to: id, anchor: anchor, in: target) }
        if sections.contains(id) { return "#" + PagePaths.encodeFragment(Self.anchor(of: id, heading: anchor)) }
        return PagePaths.pageLink(from: Self.id, to: id, anchor: anchor, in: target)
    }

    /// The page's body: each page of `reading` (front page first) in a section of its own,
    /// headed by its title unless its text begins with it; the front page also with the book's
    /// description, as its own page shows it. The bodies are showable (see `PageBody`) and what
    /// is put around them is made so, so the page is showable without reading it again.
    static func body(of reading: [PageBody], description: String?) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(reading.reduce(0) { $0 + ($1.bodies[.print]?.count ?? 0) + $1.page.title.utf8.count + 100 })
        for (index, body) in reading.enumerated() {
            let page = body.page
            let start = html.count
            html += "<section class=\"print-page\" id=\"\(HTMLText.escape(anchor(of: page.id)))\">\n".utf8
            if !page.titleIsFirstHeading { html += ("<h1>" + HTMLText.escape(page.title) + "</h1>\n").utf8 }
            if index == 0, let description { html += ("<p class=\"lead\">" + HTMLText.escape(description) + "</p>\n").utf8 }
            HTMLText.removeUnshowable(in: &html, from: start)
            html += body.bodies[.print] ?? []
            html += "</section>\n".utf8
        }
        return html
    }
}

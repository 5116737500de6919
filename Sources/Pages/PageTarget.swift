/// What a page body is rendered for: the site's pages, the EPUB's, or the site's whole book on
/// one page (`print.html`). Links between pages end in the target's extension (and on the one
/// page lead to sections of it), a line break is written as its markup needs, and the parts a
/// script brings to life (the gallery's filters, a reply script's copy button) are only in the
/// site, which has scripts.
public enum PageTarget: Sendable, Hashable, CaseIterable {
    case site
    case book
    /// A chapter as a section of `print.html` (see ``PrintPage``).
    case print

    /// The extension of a page's file.
    public var pageExtension: String {
        switch self {
        case .site, .print: ".html"
        case .book: ".xhtml"
        }
    }

    var hasScripts: Bool { self != .book }

    /// A line break in the target's markup (an e-book page is XML).
    var lineBreak: String {
        switch self {
        case .site, .print: "<br>"
        case .book: "<br/>"
        }
    }

    /// Where a long word may break, in the target's markup.
    var wordBreak: String {
        switch self {
        case .site, .print: "<wbr>"
        case .book: "<wbr/>"
        }
    }
}

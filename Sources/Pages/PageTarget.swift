/// What a page body is rendered for: the site's pages or the EPUB's. Links between pages end in
/// the target's extension, a line break is written as its markup needs, and the parts a script
/// brings to life (the gallery's filters, a reply script's copy button) are only in the site,
/// which has scripts.
public enum PageTarget: Sendable, Hashable, CaseIterable {
    case site
    case book

    /// The extension of a page's file.
    public var pageExtension: String {
        switch self {
        case .site: ".html"
        case .book: ".xhtml"
        }
    }

    var hasScripts: Bool { self == .site }

    /// A line break in the target's markup (an e-book page is XML).
    var lineBreak: String {
        switch self {
        case .site: "<br>"
        case .book: "<br/>"
        }
    }
}

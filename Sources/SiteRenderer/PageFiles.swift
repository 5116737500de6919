/// How an output names its page files and links them: `.html` pages on the site, `.xhtml`
/// documents in the EPUB. Pages are the same otherwise, so one renderer serves both.
public struct PageFiles: Sendable {
    public let fileExtension: String
    /// Whether pages run the site's script: the gallery's filters and the scripts' copy buttons.
    public let isInteractive: Bool

    public static let site = PageFiles(fileExtension: "html", isInteractive: true)
    public static let ebook = PageFiles(fileExtension: "xhtml", isInteractive: false)

    /// The file of the page `pageID` (`standards/email` → `standards/email.html`).
    public func path(of pageID: String) -> String { pageID + "." + fileExtension }

    /// A link from the page `from` to the page `to`, relative, so it works from `file://` and inside a book.
    public func link(from: String, to pageID: String, anchor: String? = nil) -> String {
        let path = SitePaths.relative(from: from, to: path(of: pageID))
        return anchor.map { path + "#" + $0 } ?? path
    }
}

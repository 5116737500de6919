/// How the site names its page files and links them.
public struct PageFiles: Sendable {
    public let fileExtension: String

    public static let site = PageFiles(fileExtension: "html")

    /// The file of the page `pageID` (`standards/email` → `standards/email.html`).
    public func path(of pageID: String) -> String { pageID + "." + fileExtension }

    /// A link from the page `from` to the page `to`, relative, so it works from `file://` and inside a book.
    public func link(from: String, to pageID: String, anchor: String? = nil) -> String {
        let path = SitePaths.relative(from: from, to: path(of: pageID))
        return anchor.map { path + "#" + $0 } ?? path
    }
}

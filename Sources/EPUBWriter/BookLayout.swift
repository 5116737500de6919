/// Where things are inside the EPUB. The package files sit in `EPUB/`; the pages keep the site's
/// layout under `EPUB/text/`, so a chapter id can never collide with `nav.xhtml` or the cover,
/// and the page bodies rendered for the book link `.xhtml` pages.
enum BookLayout {
    /// The folder of the package document, relative to the archive's root.
    static let packageFolder = "EPUB"
    static let textFolder = "text/"
    static let packageDocument = "package.opf"
    static let navigation = "nav.xhtml"
    static let ncx = "toc.ncx"
    static let coverPage = "cover.xhtml"
    static let coverImage = "cover.svg"
    /// The style sheet, relative to the text folder (`assets/` is a name chapters cannot take).
    static let styleSheet = "assets/book.css"

    /// A page's file relative to the text folder.
    static func pageFile(_ pageID: String) -> String { pageID + ".xhtml" }

    /// A file of the chapters folder (an image), relative to the text folder, as the site has it.
    static func mediaFile(_ asset: String) -> String { "media/" + asset }

    /// The core media types of EPUB 3.3 for images: these need no fallback in any reader.
    static func imageType(of path: String) -> String? {
        switch path.split(separator: ".").last?.lowercased() {
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "svg": "image/svg+xml"
        case "webp": "image/webp"
        default: nil
        }
    }
}

public import HandbookKit
import Markdown

/// The page at a page's old address (`aliases`, `redirect_from`): it sends browsers on at once,
/// tells search engines where the page is now, and shows a link for anyone it does not send on.
/// The site has these; the book has no addresses to keep.
public enum RedirectPage {
    public static func html(for redirect: PageRedirect, book: Book, strings: PageStrings) -> String {
        let title = book.allPages.first { $0.id == redirect.pageID }?.title ?? book.config.title
        // Only the folders of the redirect's path count for a link from it, as for a page's id.
        let link = HTMLText.escape(PagePaths.pageLink(from: redirect.path, to: redirect.pageID))
        let canonical = book.config.url.map { HTMLText.escape($0 + PagePaths.encode(Chapter.outputPath(of: redirect.pageID))) } ?? link
        return """
            <!DOCTYPE html>
            <html lang="\(book.config.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escape(title))</title>
            <link rel="canonical" href="\(canonical)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(link)">
            </head>
            <body>
            <p>\(HTMLText.escape(strings.moved)) <a href="\(link)">\(HTMLText.escape(title))</a></p>
            </body>
            </html>

            """
    }
}

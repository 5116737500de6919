import HandbookKit
import Markdown

/// The whole table of contents as nested lists, prepared once per build. A page's copy differs only
/// in link prefixes (its depth) and in which entry is the current page, so those are the only
/// parts filled in per page.
struct Sidebar {
    /// Literal HTML around the entries: `chunks[i]` comes before entry `i`'s `href` value.
    private var chunks: [String] = []
    private var entryPaths: [String] = []
    private var indexByPage: [String: Int] = [:]

    init(book: Book) {
        var html = "<ol class=\"toc\">\n"
        func add(_ chapters: [Chapter]) {
            for chapter in chapters {
                html += "<li><a href=\""
                chunks.append(html)
                indexByPage[chapter.id] = entryPaths.count
                entryPaths.append(chapter.outputPath)
                html = ">" + HTMLText.escape(chapter.title) + "</a>"
                if !chapter.children.isEmpty {
                    html += "\n<ol>\n"
                    add(chapter.children)
                    html += "</ol>\n"
                }
                html += "</li>\n"
            }
        }
        add(book.chapters)
        chunks.append(html + "</ol>")
    }

    func html(for pageID: String) -> String {
        let root = SitePaths.root(from: pageID)
        let current = indexByPage[pageID]
        var html = ""
        html.reserveCapacity(chunks.reduce(0) { $0 + $1.utf8.count } + entryPaths.count * (root.utf8.count + 40))
        for (index, path) in entryPaths.enumerated() {
            html += chunks[index]
            html += root
            html += path
            html += index == current ? "\" aria-current=\"page\"" : "\""
        }
        html += chunks[entryPaths.count]
        return html
    }
}

/// The book's table of contents, nested as the handbook is, written twice: as the EPUB 3
/// navigation document and as an NCX for readers that predate it.
struct Navigation {
    struct Entry {
        var title: String
        /// Relative to the package folder.
        var file: String
        var children: [Entry] = []
    }

    let entries: [Entry]
    let title: String
    let language: String
    let identifier: String
    let labels: (contents: String, cover: String, start: String)

    /// `nav.xhtml`: the contents, and landmarks for the cover, the contents and the first page.
    func document() -> String {
        var xhtml = XHTMLDocument.start(title: labels.contents, language: language, styleSheet: BookLayout.textFolder + BookLayout.styleSheet)
        xhtml += "<nav epub:type=\"toc\" id=\"toc\">\n<h1>\(labels.contents.escapedForXML)</h1>\n"
        func list(_ entries: [Entry]) {
            xhtml += "<ol>\n"
            for entry in entries {
                xhtml += "<li><a href=\"\(entry.file.escapedForXML)\">\(entry.title.escapedForXML)</a>"
                if !entry.children.isEmpty {
                    xhtml += "\n"
                    list(entry.children)
                }
                xhtml += "</li>\n"
            }
            xhtml += "</ol>\n"
        }
        list(entries)
        xhtml += "</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n"
        xhtml += "<li><a epub:type=\"cover\" href=\"\(BookLayout.coverPage)\">\(labels.cover.escapedForXML)</a></li>\n"
        xhtml += "<li><a epub:type=\"toc\" href=\"\(BookLayout.navigation)#toc\">\(labels.contents.escapedForXML)</a></li>\n"
        if let first = entries.first {
            xhtml += "<li><a epub:type=\"bodymatter\" href=\"\(first.file.escapedForXML)\">\(labels.start.escapedForXML)</a></li>\n"
        }
        return xhtml + "</ol>\n</nav>\n</body>\n</html>\n"
    }

    /// `toc.ncx`, numbered in reading order.
    func ncx() -> String {
        var points = ""
        var order = 0
        var depth = 0
        func navPoints(_ entries: [Entry], level: Int) {
            depth = max(depth, level)
            for entry in entries {
                order += 1
                points += "<navPoint id=\"point-\(order)\" playOrder=\"\(order)\"><navLabel><text>\(entry.title.escapedForXML)</text></navLabel>"
                points += "<content src=\"\(entry.file.escapedForXML)\"/>\n"
                navPoints(entry.children, level: level + 1)
                points += "</navPoint>\n"
            }
        }
        navPoints(entries, level: 1)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="\(language)">
            <head>
            <meta name="dtb:uid" content="\(identifier)"/>
            <meta name="dtb:depth" content="\(depth)"/>
            <meta name="dtb:totalPageCount" content="0"/>
            <meta name="dtb:maxPageNumber" content="0"/>
            </head>
            <docTitle><text>\(title.escapedForXML)</text></docTitle>
            <navMap>
            \(points)</navMap>
            </ncx>

            """
    }
}

import HandbookKit
import Markdown

/// The whole table of contents as nested lists, prepared once per build as UTF-8. A page's copy
/// differs only in link prefixes (its depth) and in which entry is the current page, so those
/// are the only parts filled in per page.
struct Sidebar: Sendable {
    /// All literal HTML and entry paths in one buffer, so that pages rendering at once on several
    /// threads share one object instead of contending for the counts of thousands of small ones.
    private let bytes: [UInt8]
    /// `chunks[i]` is the HTML before entry `i`'s `href` value; the last one closes the lists.
    private let chunks: [Range<Int>]
    private let paths: [Range<Int>]
    private let indexByPage: [String: Int]

    init(book: Book) {
        var bytes: [UInt8] = []
        var chunks: [Range<Int>] = []
        var paths: [Range<Int>] = []
        var indexByPage: [String: Int] = [:]
        var pending = "<ol class=\"toc\">\n"
        func flushChunk() {
            let start = bytes.count
            bytes += pending.utf8
            chunks.append(start..<bytes.count)
            pending = ""
        }
        func add(_ chapters: [Chapter]) {
            for chapter in chapters {
                pending += "<li><a href=\""
                flushChunk()
                indexByPage[chapter.id] = paths.count
                let start = bytes.count
                bytes += chapter.outputPath.utf8
                paths.append(start..<bytes.count)
                pending = ">" + HTMLText.escape(chapter.title) + "</a>"
                if !chapter.children.isEmpty {
                    pending += "\n<ol>\n"
                    add(chapter.children)
                    pending += "</ol>\n"
                }
                pending += "</li>\n"
            }
        }
        add(book.chapters)
        pending += "</ol>"
        flushChunk()
        self.bytes = bytes
        self.chunks = chunks
        self.paths = paths
        self.indexByPage = indexByPage
    }

    private static let currentAttribute = Array("\" aria-current=\"page\"".utf8)

    /// Appends the sidebar of `pageID` to `html`.
    func append(for pageID: String, to html: inout [UInt8]) {
        let root = Array(SitePaths.root(from: pageID).utf8)
        let current = indexByPage[pageID]
        bytes.withUnsafeBufferPointer { buffer in
            for index in paths.indices {
                html.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[chunks[index]]))
                html.append(contentsOf: root)
                html.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[paths[index]]))
                if index == current {
                    html.append(contentsOf: Self.currentAttribute)
                } else {
                    html.append(UInt8(ascii: "\""))
                }
            }
            html.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[chunks[paths.count]]))
        }
    }
}

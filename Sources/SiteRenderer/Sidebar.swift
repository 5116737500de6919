import Pages
import Foundation
import HandbookKit
import SourceFiles
import Markdown

/// The whole table of contents as nested lists, prepared once per build as UTF-8. A page's copy
/// differs only in link prefixes (its depth) and in which entry is the current page, so those
/// are the only parts filled in per page.
///
/// Up to `inlineLimit` pages every page carries the list itself: it works without JavaScript, in
/// print and in reader modes. A larger book would repeat thousands of entries on every page (for
/// 1,000 pages, 80 MB of the site), so then pages load the list from one shared `assets/toc.js`,
/// with a link to the front page's contents for readers without JavaScript.
///
/// Above the contents are the site's tools (the lint page, the rules, the examples, the whole
/// book on one page): the pages an agent comes back to from anywhere, so every page links them.
struct Sidebar: Sendable {
    /// The script that a large book's pages share.
    static let scriptPath = "assets/toc.js"

    let isShared: Bool
    /// All literal HTML and entry paths in one buffer, so that pages rendering at once on several
    /// threads share one object instead of contending for the counts of thousands of small ones.
    private let bytes: [UInt8]
    /// `chunks[i]` is the HTML before entry `i`'s `href` value; the last one closes the lists.
    private let chunks: [Range<Int>]
    private let paths: [Range<Int>]
    private let indexByPage: [String: Int]

    private let contentsLabel: String

    /// `tools` are the site's own pages to link above the contents.
    init(book: Book, inlineLimit: Int, contentsLabel: String, tools: [(id: String, title: String)] = []) {
        var bytes: [UInt8] = []
        var chunks: [Range<Int>] = []
        var paths: [Range<Int>] = []
        var indexByPage: [String: Int] = [:]
        var pending = ""
        func flushChunk() {
            let start = bytes.count
            bytes += pending.utf8
            chunks.append(start..<bytes.count)
            pending = ""
        }
        func link(to page: Chapter) {
            pending += "<li><a href=\""
            flushChunk()
            indexByPage[page.id] = paths.count
            let start = bytes.count
            bytes += PagePaths.encode(page.outputPath).utf8
            paths.append(start..<bytes.count)
            pending = ">" + HTMLText.escape(page.title) + "</a>"
        }
        if !tools.isEmpty {
            pending = "<ul class=\"sidebar-tools\">\n"
            for tool in tools {
                link(to: Chapter(id: tool.id, title: tool.title, sourcePath: nil))
                pending += "</li>\n"
            }
            pending += "</ul>\n"
        }
        pending += "<ol class=\"toc\">\n"
        func add(_ chapters: [Chapter]) {
            for chapter in chapters {
                link(to: chapter)
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
        self.isShared = paths.count - tools.count > inlineLimit
        self.contentsLabel = contentsLabel
    }

    private static let currentAttribute = Array("\" aria-current=\"page\"".utf8)

    /// Appends the sidebar of `pageID` to `html`.
    func append(for pageID: String, to html: inout [UInt8]) {
        if isShared {
            let root = PagePaths.root(from: pageID)
            let page = HTMLText.escape(pageID + ".html")
            html += "<script src=\"\(root)\(Self.scriptPath)\" data-page=\"\(page)\"></script>".utf8
            html += "<noscript><a href=\"\(root)index.html\">\(HTMLText.escape(contentsLabel))</a></noscript>".utf8
            return
        }
        let root = Array(PagePaths.root(from: pageID).utf8)
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

    /// The shared script of a large book: it puts the lists where it is included, points the links
    /// at the page's own depth and marks the current page. The links are mended before the lists
    /// go in, so the page never shows one leading to the wrong folder.
    func script() -> Data {
        var list: [UInt8] = []
        bytes.withUnsafeBufferPointer { buffer in
            for index in paths.indices {
                list.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[chunks[index]]))
                list.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[paths[index]]))
                list.append(UInt8(ascii: "\""))
            }
            list.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[chunks[paths.count]]))
        }
        var literal: [UInt8] = []
        JSONText.write(String(decoding: HTMLText.removingUnshowable(list), as: UTF8.self), to: &literal)
        var script = Data("""
            // The handbook's contents, shared by every page (generated by handbook build).
            (function () {
              var script = document.currentScript;
              var root = script.getAttribute("src").replace(/assets\\/toc\\.js$/, "");
              var page = script.getAttribute("data-page");
              var lists = document.createElement("template");
              lists.innerHTML = 
            """.utf8)
        script += literal
        script += Data("""
            ;
              var links = lists.content.querySelectorAll("a[href]");
              for (var i = 0; i < links.length; i++) {
                var path = links[i].getAttribute("href");
                links[i].setAttribute("href", root + path);
                if (path === page) links[i].setAttribute("aria-current", "page");
              }
              script.parentNode.insertBefore(lists.content, script);
            })();

            """.utf8)
        return script
    }
}

import Foundation
import NIOCore
import Testing
@testable import HandbookServer

@Suite struct SiteFilesTests {
    @Test(arguments: [
        ("/", ""), ("/index.html", "index.html"), ("/rules/", "rules/"), ("/a/./b.html", "a/b.html"), ("//a//b.html", "a/b.html"),
        ("/%D0%B3%D0%BB%D0%B0%D0%B2%D0%B0.html", "глава.html"), ("/a%20b.html", "a b.html"),
    ])
    func requestPathsAreSitePaths(request: String, site: String) {
        #expect(SiteFiles.sitePath(request) == site)
    }

    @Test(arguments: ["/..", "/a/../b", "/%2e%2e/x", "/a/%2E%2E/b", "/a%00b", "/a\\b", "/%5c..%5cx", "/%FF", "/%zz", "/a/..%2f..%2fb"])
    func pathsNoSiteFileCanHaveAreRefused(request: String) {
        #expect(SiteFiles.sitePath(request) == nil)
    }

    @Test func pagesGetTheLiveReloadScriptRelativeToTheirFolder() {
        let page = Data("<html><body><p>x</p></body></html>".utf8)
        let nested = String(decoding: SiteFiles.withLiveReload(page, path: "rules/chat.ladder.html", version: 7), as: UTF8.self)
        #expect(nested == "<html><body><p>x</p><script src=\"../_handbook/live.js\" data-version=\"7\" defer></script>\n</body></html>")
        let bare = String(decoding: SiteFiles.withLiveReload(Data("<p>no body</p>".utf8), path: "index.html", version: 1), as: UTF8.self)
        #expect(bare.hasSuffix("<script src=\"_handbook/live.js\" data-version=\"1\" defer></script>\n"))
    }

    @Test func contentTypes() {
        #expect(SiteFiles.contentType(of: "a/b.HTML") == "text/html; charset=utf-8")
        #expect(SiteFiles.contentType(of: "assets/style.css") == "text/css; charset=utf-8")
        #expect(SiteFiles.contentType(of: "media/x.svg") == "image/svg+xml")
        #expect(SiteFiles.contentType(of: "media/README") == "application/octet-stream")
        #expect(SiteFiles.contentType(of: "media.d/file") == "application/octet-stream")
    }

    @Test func bodyLinesSplitAcrossBuffersAndCutLongLines() {
        var lines = BodyLines(limit: 8)
        lines.append(ByteBuffer(string: "ab"))
        #expect(lines.next() == nil)
        lines.append(ByteBuffer(string: "c\nde\n0123456789"))
        #expect(lines.next()?.bytes == Data("abc".utf8))
        #expect(lines.next()?.bytes == Data("de".utf8))
        #expect(lines.next() == nil)
        lines.append(ByteBuffer(string: "0123\n \r\nlast"))
        let long = lines.next()
        #expect(long != nil && long?.bytes == nil)
        #expect(lines.next()?.isBlank == true)
        #expect(lines.finish()?.bytes == Data("last".utf8))
        #expect(lines.finish() == nil)
    }
}

import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles
import Testing
import TestSupport

/// Files a chapter links from outside the chapters folder: copied when they are inside the
/// handbook's folder, an error when they are not (or hidden, or reached through a link out).
@Suite struct ProjectFileTests {
    @Test func jekyllImagesBesideTheDocsFolderAreCopiedUnderFiles() throws {
        let handbook = try TemporaryHandbook(copying: TemporaryHandbook.fixture("jekyll"))
        let report = BuildPipeline(root: handbook.root).build()
        let problems = report.diagnostics.sorted.map(\.description)
        #expect(report.output != nil, "\(problems)")
        #expect(!problems.contains { $0.contains("team.svg") }, "\(problems)")
        let image = try handbook.read("assets/images/team.svg")
        #expect(try handbook.read("site/files/assets/images/team.svg") == image)
        // From the page's pretty address (`/docs/policies/refunds/`), as Jekyll publishes it.
        #expect(try handbook.read("site/policies/refunds.html").contains("src=\"../files/assets/images/team.svg\""))
        // A site path: Jekyll serves the whole project at the root.
        #expect(try handbook.read("site/index.html").contains("src=\"files/assets/images/team.svg\""))
    }

    @Test func hugoStaticFolderIsServedAtTheRoot() throws {
        let handbook = try TemporaryHandbook(copying: TemporaryHandbook.fixture("hugo"))
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted.map(\.description))")
        #expect(try handbook.read("site/start/setup.html").contains("src=\"../files/static/images/queue.svg\""))
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/files/static/images/queue.svg").path))
    }

    /// A query on a link to a file (`form.pdf?v=2`, to refresh a cached copy) names the same file.
    @Test func aQueryOnAProjectFileLinkNamesTheFile() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n\n[form](../assets/form.pdf?v=2)\n",
            "assets/form.pdf": "pdf\n",
        ])
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.diagnostics.sorted.map(\.description) == [])
        #expect(try handbook.read("site/files/assets/form.pdf") == "pdf\n")
    }

    /// A fragment (percent-encoded or not) or a site root written as a template variable in
    /// front leaves the file a link names the same.
    @Test func aFragmentOnAProjectFileLinkNamesTheFile() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n\n[form](../assets/form.pdf#%D1%81%D1%82%D1%80-2) [guide](../assets/guide.pdf?v=1#стр) "
                + "[map]({{ site.baseurl }}/assets/map.pdf#a?b)\n",
            "assets/form.pdf": "form\n",
            "assets/guide.pdf": "guide\n",
            "assets/map.pdf": "map\n",
        ])
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.diagnostics.sorted.map(\.description) == [])
        for name in ["form", "guide", "map"] {
            #expect(try handbook.read("site/files/assets/\(name).pdf") == "\(name)\n")
        }
    }

    @Test func nothingOutsideTheHandbookHiddenOrLinkedOutIsCopied() throws {
        let outside = try TemporaryHandbook(["secret.png": "secret\n", "folder/secret.png": "secret\n"], config: nil)
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": """
                # A

                ![ok](../img/ok.png) ![up](../../../etc/passwd.png) ![hidden](../.keys/key.png)
                ![link](../img/leak.png) ![folder](../out/secret.png) ![page](../notes.md)
                """,
            "img/ok.png": "png\n", ".keys/key.png": "key\n", "notes.md": "# Notes\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: handbook.url("img/leak.png").path, withDestinationPath: outside.url("secret.png").path)
        try FileManager.default.createSymbolicLink(atPath: handbook.url("out").path, withDestinationPath: outside.url("folder").path)
        let report = BuildPipeline(root: handbook.root).check()
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [
            "Handbook/a.md:3:22: error: '../../../etc/passwd.png' points outside the handbook's folder; link to a page of the handbook or use a full URL",
            "Handbook/a.md:3:53: error: '../.keys/key.png' points outside the 'Handbook' folder; link to a page of the handbook or use a full URL",
            "Handbook/a.md:4:1: error: '../img/leak.png' points outside the 'Handbook' folder; link to a page of the handbook or use a full URL",
            "Handbook/a.md:4:26: error: '../out/secret.png' points outside the 'Handbook' folder; link to a page of the handbook or use a full URL",
            "Handbook/a.md:4:55: error: '../notes.md' points outside the 'Handbook' folder; link to a page of the handbook or use a full URL",
        ])
        let book = try #require(Handbook.load(root: handbook.root).0).book
        #expect(book.projectFiles == ["img/ok.png"])
    }
}

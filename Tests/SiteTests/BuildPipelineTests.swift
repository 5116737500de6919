import Foundation
import HandbookBuild
import HandbookKit
import Testing
import TestSupport
import SourceFiles

@Suite struct BuildPipelineTests {
    static let files: [String: String] = [
        "Handbook/01-a.md": "---\ntitle: А\n---\n## Раздел\n\nТекст со [ссылкой](02-b.md).\n",
        "Handbook/02-b.md": "# Б\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        "Handbook/pic.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]

    /// Without a lint style: the pages the chapters make, without rule pages.
    static let config = "title: Тест\nlanguage: ru\nlint:\n  style: none\n"

    @Test func twoBuildsAreByteIdentical() throws {
        let handbook = try TemporaryHandbook(Self.files, config: Self.config)
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        let first = try handbook.snapshot("site")
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        let second = try handbook.snapshot("site")
        #expect(first.count == 15)
        #expect(first["handbook.epub"] != nil)
        #expect(first == second)
    }

    /// Links that lead back up the tree once made the walk over the sources branch without end.
    @Test func linksBackUpTheTreeDoNotStopTheBuild() throws {
        let handbook = try TemporaryHandbook(Self.files, config: Self.config)
        for (link, target) in [("Handbook/self", "."), ("Handbook/up", ".."), ("Handbook/gone.png", "nowhere.png")] {
            try FileManager.default.createSymbolicLink(atPath: handbook.url(link).path, withDestinationPath: target)
        }
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output != nil)
        #expect(report.diagnostics.items.map(\.file).sorted() == ["Handbook/gone.png", "Handbook/self", "Handbook/up"])
        #expect(report.diagnostics.errorCount == 0)
        #expect(try handbook.snapshot("site").count == 15)
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() throws {
        let handbook = try TemporaryHandbook(Self.files)
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        let before = try handbook.snapshot("site")
        try handbook.write("# Б\n\n[сломано](nowhere.md)\n", to: "Handbook/02-b.md")
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        #expect(report.diagnostics.items.map(\.description) == [
            "Handbook/02-b.md:3:1: error: link to a missing page 'nowhere.md'; create it or fix the link",
        ])
        #expect(try handbook.snapshot("site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: handbook.root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func foldersOfInterruptedBuildsAreCleanedUp() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n", ".site.staging-999999999/index.html": "half", ".site.staging-999999999/.handbook-build": "",
            ".site.old-999999998/mine.txt": "not made by a build",
        ])
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: handbook.root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers == [".site.old-999999998"])
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n\n![](pic.svg)\n", "Handbook/pic.svg": "<svg/>"])
        let strict = BuildPipeline(root: handbook.root).build(strict: true)
        #expect(strict.output == nil)
        #expect(strict.diagnostics.items.map(\.description) == [
            "Handbook/a.md:3:1: warning: the image has no description; write what it shows between the brackets: ![описание](pic.svg)",
        ])
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site").path))
        let lenient = BuildPipeline(root: handbook.root).build()
        #expect(lenient.output != nil)
        #expect(lenient.diagnostics.warningCount == 1)
    }

    @Test func refusesToReplaceFoldersItDidNotMake() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "site/notes.txt": "mine"])
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        #expect(report.diagnostics.items.first?.message.contains("already holds files that handbook did not make") == true)
        #expect(try handbook.read("site/notes.txt") == "mine")
        for output in [".", "Handbook", ".."] {
            let other = try TemporaryHandbook(["Handbook/a.md": "# A\n"], config: "title: T\noutput: '\(output)'\n")
            let refused = BuildPipeline(root: other.root).build()
            #expect(refused.output == nil, "output: \(output)")
            #expect(try other.read("Handbook/a.md") == "# A\n")
        }
    }

    /// Control characters in handbook.yml reached every page raw; the EPUB already left them out.
    @Test func noPageHoldsControlCharacters() throws {
        var files = Self.files
        // From Markdown too: a heading that is a page's title, its text and a code block.
        files["Handbook/03-c.md"] = "# Глава\u{1}\u{1B}[31m\n\nТекст\u{7}\u{85}\n\n```\nкод\u{1B}\n```\n"
        let handbook = try TemporaryHandbook(files, config: "title: \"Т\\0\\x01\"\nauthor: \"А\\x1b\"\ndescription: \"О\\x07\\x7f\"\n")
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output != nil)
        #expect(report.diagnostics.warningCount == 3)
        for (path, data) in try handbook.snapshot("site") where path.hasSuffix(".html") {
            #expect(!data.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }, "\(path)")
            #expect(String(decoding: data, as: UTF8.self).unicodeScalars.allSatisfy { !(0x80...0x9F).contains($0.value) }, "\(path)")
        }
    }

    @Test func checkWritesNothing() throws {
        let handbook = try TemporaryHandbook(Self.files, config: Self.config)
        let report = BuildPipeline(root: handbook.root).check()
        #expect(!report.diagnostics.hasErrors)
        #expect(report.pageCount == 4)
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site").path))
    }

    @Test func themeFolderOverridesTemplateAndAddsAssets() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n",
            "Theme/page.mustache": "<main data-root=\"{{root}}\">{{title}}|{{{content}}}</main>",
            "Theme/assets/extra.css": "body{}",
        ], config: "title: T\nfolders:\n  theme: Theme\n")
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        #expect(try handbook.read("site/a.html") == "<main data-root=\"\">A|<h1 id=\"a\">A</h1>\n</main>")
        #expect(try handbook.read("site/assets/extra.css") == "body{}")
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/assets/style.css").path))
    }

    @Test func brokenTemplateIsADiagnostic() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n",
            "Theme/page.mustache": "<p>\n{{#open}}never closed\n",
        ], config: "title: T\nfolders:\n  theme: Theme\n")
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        let message = try #require(report.diagnostics.items.first?.description)
        #expect(message.hasPrefix("Theme/page.mustache:"))
        #expect(message.contains("error: the template does not parse"))
    }

    @Test func aFiftyMegabyteChapterBuilds() throws {
        let paragraph = "Клиент написал в чат, и мы ответили по существу за 5 минут — с [ссылкой](#раздел). "
        var text = "# Большая глава\n\n## Раздел\n\n"
        text.reserveCapacity(52_000_000)
        while text.utf8.count < 50_000_000 { text += String(repeating: paragraph, count: 8) + "\n\n" }
        let handbook = try TemporaryHandbook(["Handbook/big.md": text])
        let report = BuildPipeline(root: handbook.root).build()
        #expect(!report.diagnostics.hasErrors)
        let size = try FileManager.default.attributesOfItem(atPath: handbook.url("site/big.html").path)[.size] as? Int
        #expect((size ?? 0) > 50_000_000)
    }
}

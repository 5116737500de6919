import Foundation
import Testing
import TestSupport

@Suite struct BuildCommandTests {
    @Test func buildsAndSaysWhere() throws {
        let handbook = try TemporaryHandbook(["Handbook/01-a.md": "# Первая\n\n[дальше](02-b.md)\n", "Handbook/02-b.md": "# Вторая\n"])
        let result = try CLI.run(["build", "--root", handbook.root.path])
        #expect(result.status == 0)
        // The chapters, the front page, the whole book on one page, and the built-in style's 20 rules, their list and the lint page.
        #expect(result.stdout.hasPrefix("Built 27 pages into "))
        #expect(result.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/a.html").path))
    }

    @Test func errorsAreCompilerStyleAndExitOne() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "---\ntitle: A\n---\n\nСм. [раздел](b.md#нет).\n",
            "Handbook/b.md": "# B\n",
        ])
        let result = try CLI.run(["build"], in: handbook.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            Handbook/a.md:5:5: error: no heading with the anchor '#нет' on 'b.md'; its anchors: #b
            build failed: 1 error, 0 warnings in 27 pages

            """)
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site").path))
    }

    @Test func missingConfigIsExplained() throws {
        let handbook = try TemporaryHandbook([:], config: nil)
        let result = try CLI.run(["build"], in: handbook.root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("handbook.yml: error: no handbook.yml in "))
        #expect(result.stderr.contains("run the command in the handbook's folder or pass --root DIR"))
    }

    @Test func checkValidatesWithoutWriting() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n"])
        let ok = try CLI.run(["check", "--root", handbook.root.path])
        #expect(ok.status == 0)
        #expect(ok.stdout == "Checked 26 pages: 0 errors, 0 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site").path))
        try handbook.write("---\ntitle: [oops\n---\n", to: "Handbook/a.md")
        let broken = try CLI.run(["check", "--root", handbook.root.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("Handbook/a.md:"))
        #expect(broken.stderr.contains(": error: invalid YAML:"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n\n![](p.png)\n", "Handbook/p.png": "png"])
        let lenient = try CLI.run(["build", "--root", handbook.root.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("Handbook/a.md:3:1: warning: the image has no description"))
        let strict = try CLI.run(["build", "--strict", "--root", handbook.root.path])
        #expect(strict.status == 1)
    }

    @Test func theBundledHandbookBuildsWithoutWarnings() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = try CLI.run(["check", "--strict", "--root", repository.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func everyRuleOfTheStyleGetsAPageWhereFindingsLink() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let handbook = try TemporaryHandbook([:], config: nil)
        try FileManager.default.removeItem(at: handbook.url("Handbook"))
        for name in ["handbook.yml", "Handbook", "Styles", "Examples"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(name), to: handbook.url(name))
        }
        let build = try CLI.run(["build", "--root", handbook.root.path])
        #expect(build.status == 0)
        // The count it prints is the pages it wrote, the lint page among them.
        let pages = FileManager.default.enumerator(atPath: handbook.url("site").path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(build.stdout.hasPrefix("Built \(pages.count) pages") && pages.contains("lint/index.html"), "\(build.stdout)")
        let rules = try CLI.run(["rules", "--format", "json", "--root", handbook.root.path])
        struct Listing: Decodable {
            struct Rule: Decodable { var id: String; var link: String }
            var rules: [Rule]
        }
        let listing = try JSONDecoder().decode(Listing.self, from: Data(rules.stdout.utf8))
        #expect(listing.rules.count == 21)
        // Without `url:` a link is the page in the built site, as a path from where the command runs.
        for rule in listing.rules {
            #expect(rule.link == handbook.root.path + "/site/rules/\(rule.id).html")
            #expect(FileManager.default.fileExists(atPath: rule.link), "\(rule.link)")
        }
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/rules/index.html").path))

        // With `url:` findings link the published pages, so an agent anywhere can click them.
        let config = try handbook.read("handbook.yml") + "url: https://support.example.com/handbook\n"
        try handbook.write(config, to: "handbook.yml")
        let lint = try CLI.run(
            ["lint", "--input", "json", "--format", "json", "--root", handbook.root.path], stdin: #"{"messages": ["Здравствуйте!", "Сейчас посмотрю"]}"#)
        #expect(lint.stdout.contains(#""link":"https://support.example.com/handbook/rules/chat.ladder.html""#), "\(lint.stdout)")
        try handbook.write(config.replacingOccurrences(of: "https://support", with: "support"), to: "handbook.yml")
        let refused = try CLI.run(["rules", "--root", handbook.root.path])
        #expect(refused.status == 2 && refused.stderr.contains("'url' is the address the site is published at"))
    }
}

@Suite struct BuildReportingTests {
    /// 25 images without a description and one broken link.
    private func handbook() throws -> TemporaryHandbook {
        let images = String(repeating: "![](p.png)\n\n", count: 25)
        return try TemporaryHandbook(["Handbook/a.md": "# A\n\n" + images + "\n[b](nowhere.md)\n", "Handbook/p.png": "png"])
    }

    @Test func pastTwentyOfAKindTheRestAreCounted() throws {
        let handbook = try handbook()
        let result = try CLI.run(["check", "--root", handbook.root.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count { $0.contains("warning: the image has no description") } == 20)
        #expect(lines.suffix(2) == [
            "… and 5 more warnings: the image has no description",
            "check failed: 1 error, 25 warnings in 26 pages",
        ])
        #expect(lines.contains { $0.contains("error: link to a missing page 'nowhere.md'") })
        let verbose = try CLI.run(["check", "-v", "--root", handbook.root.path])
        #expect(verbose.stderr.split(separator: "\n").count { $0.contains("warning: the image has no description") } == 25)
        #expect(!verbose.stderr.contains("more warnings"))
    }

    @Test func jsonForEditorsAndCI() throws {
        let handbook = try handbook()
        struct Report: Decodable {
            struct Item: Decodable { var file: String; var line: Int?; var column: Int?; var severity: String; var message: String }
            var failed: Bool
            var errors: Int
            var warnings: Int
            var pages: Int
            var output: String?
            var diagnostics: [Item]
        }
        for command in ["check", "build"] {
            let result = try CLI.run([command, "--format", "json", "--root", handbook.root.path])
            #expect(result.status == 1)
            #expect(result.stderr.isEmpty)
            let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
            #expect(report.failed && report.errors == 1 && report.warnings == 25 && report.pages == 26 && report.output == nil)
            #expect(report.diagnostics.count == 26)
            #expect(report.diagnostics.first?.file == "Handbook/a.md" && report.diagnostics.first?.line == 3)
        }
        try handbook.write("# A\n", to: "Handbook/a.md")
        let built = try CLI.run(["build", "--format", "json", "--root", handbook.root.path])
        #expect(built.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(built.stdout.utf8))
        #expect(!report.failed && report.output == handbook.url("site").path && report.diagnostics.isEmpty)
    }
}

import Foundation
import HandbookBuild
import HandbookKit
import HandbookTemplate
import SourceFiles
import Testing
import TestSupport

/// `handbook init`'s handbook builds and passes `check --strict` as it is written.
@Suite struct NewHandbookTests {
    @Test(arguments: HandbookLanguage.allCases)
    func aNewHandbookBuildsWithoutAWarning(_ language: HandbookLanguage) throws {
        let folder = try TemporaryHandbook([:], config: nil)
        let written = try NewHandbook.write(into: folder.url("guide"), shownAs: "guide", language: language)
        #expect(written.contains("handbook.yml") && written.contains("Handbook/index.md"))
        let root = folder.url("guide")
        let report = BuildPipeline(root: root).build()
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.sorted.map(\.description))")
        #expect(report.output != nil)
        let handbook = try #require(Handbook.load(root: root).0)
        #expect(handbook.config.language == language)
        #expect(handbook.book.readingOrder.count == 2)
        #expect(handbook.book.examples.map(\.id) == ["refund-vague-bad", "refund-vague-good"])
        // Every block kind, a callout and a rule link are on its pages.
        let text = handbook.book.readingOrder.map(\.markdown).joined()
        for needle in ["```compare", "```dialogue", "```script", "> [!TIP]", "](rule:"] { #expect(text.contains(needle), "\(needle)") }
        #expect(!handbook.book.rules.isEmpty)
    }

    @Test func everyKeyOfHandbookYmlIsThereToTurnOn() throws {
        for language in HandbookLanguage.allCases {
            let config = try #require(NewHandbook.files(language: language).first { $0.path == "handbook.yml" }?.text)
            for key in ["title:", "language:", "author:", "description:", "url:", "edit-url:", "output:", "links:", "folders:", "chapters:",
                "examples:", "styles:", "theme:", "markdown:", "raw-html:", "lint:", "style:", "dialogue:", "client:", "agent:"] {
                #expect(config.contains(key), "\(language): \(key)")
            }
            // Every commented key, turned on, is still a valid handbook.yml.
            let allOn = config.split(separator: "\n").map { $0.hasPrefix("# ") && $0.contains(":") ? $0.dropFirst(2) : $0 }.joined(separator: "\n")
            let (parsed, diagnostics) = HandbookConfig.parse(SourceText(path: "handbook.yml", text: allOn))
            #expect(parsed != nil && !diagnostics.hasErrors, "\(diagnostics.items)")
        }
    }

    @Test func initNeverOverwrites() throws {
        let folder = try TemporaryHandbook([:], config: nil)
        try folder.write("# Наша глава\n", to: "Handbook/01-answers.md")
        #expect(throws: Diagnostic.self) { try NewHandbook.write(into: folder.root, shownAs: ".", language: .ru) }
        #expect(try folder.read("Handbook/01-answers.md") == "# Наша глава\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url("handbook.yml").path))
    }
}

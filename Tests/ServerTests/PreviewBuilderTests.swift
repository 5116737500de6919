import Foundation
import Testing
import TestSupport
@testable import HandbookServer

@Suite struct PreviewBuilderTests {
    private func handbook() throws -> TemporaryHandbook {
        try TemporaryHandbook([
            "Handbook/01-one.md": "---\ntitle: Первая\n---\nТекст первой.\n",
            "Handbook/02-two.md": "---\ntitle: Вторая\n---\nТекст второй.\n",
        ])
    }

    @Test func anEditBumpsTheVersionAndNamesTheFilesItChanged() throws {
        let handbook = try handbook()
        var builder = PreviewBuilder(root: handbook.root)
        #expect(builder.snapshot.version == 1 && builder.snapshot.changed == nil && builder.snapshot.errors.isEmpty)
        let before = builder.snapshot.files["two.html"]
        try handbook.write("---\ntitle: Вторая\n---\nНовый текст второй.\n", to: "Handbook/02-two.md")
        let rebuild = builder.update(changed: ["Handbook/02-two.md"])
        #expect(rebuild.changedFiles == ["print.html", "search/index.js", "search/text/two.js", "two.html"] && !rebuild.failed)
        #expect(builder.snapshot.version == 2 && builder.snapshot.changed == ["print.html", "search/index.js", "search/text/two.js", "two.html"])
        #expect(builder.snapshot.files["two.html"] != before)
        #expect(String(decoding: builder.snapshot.files["two.html"]!, as: UTF8.self).contains("Новый текст второй."))
    }

    @Test func lostEventsRebuildEverything() throws {
        let handbook = try handbook()
        var builder = PreviewBuilder(root: handbook.root)
        try handbook.write("---\ntitle: Вторая\n---\nНикто не сказал об этой правке.\n", to: "Handbook/02-two.md")
        let rebuild = builder.update(changed: [SourceWatcher.everything])
        #expect(rebuild.changedFiles == ["print.html", "search/index.js", "search/text/two.js", "two.html"] && builder.snapshot.version == 2)
        #expect(String(decoding: builder.snapshot.files["two.html"]!, as: UTF8.self).contains("правке"))
    }

    @Test func aChangeThatChangesNothingKeepsTheVersion() throws {
        let handbook = try handbook()
        var builder = PreviewBuilder(root: handbook.root)
        _ = builder.update(changed: ["Handbook/01-one.md"])
        #expect(builder.snapshot.version == 1 && builder.snapshot.changed == [])
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteAndItsErrorsAreTold() throws {
        let handbook = try handbook()
        var builder = PreviewBuilder(root: handbook.root)
        let good = builder.snapshot.files
        try handbook.write("---\ntitle: [сломано\n---\n", to: "Handbook/02-two.md")
        let broken = builder.update(changed: ["Handbook/02-two.md"])
        #expect(broken.failed && builder.snapshot.files == good && builder.snapshot.version == 2)
        #expect(builder.snapshot.errors.contains { $0.file == "Handbook/02-two.md" && $0.line != nil })
        #expect(broken.newDiagnostics.contains { $0.file == "Handbook/02-two.md" })
        try handbook.write("---\ntitle: Вторая\n---\nПочинено.\n", to: "Handbook/02-two.md")
        let fixed = builder.update(changed: ["Handbook/02-two.md"])
        #expect(!fixed.failed && builder.snapshot.errors.isEmpty && builder.snapshot.version == 3)
        #expect(fixed.newDiagnostics.isEmpty)
    }

    @Test func theLinterIsKeptUntilTheStyleChanges() throws {
        let handbook = try handbook()
        let styles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Styles").standardizedFileURL
        try FileManager.default.copyItem(at: styles, to: handbook.url("Styles"))
        var builder = PreviewBuilder(root: handbook.root)
        let first = try #require(builder.snapshot.lint)
        try handbook.write("---\ntitle: Вторая\n---\nДругой текст.\n", to: "Handbook/02-two.md")
        _ = builder.update(changed: ["Handbook/02-two.md"])
        #expect(sameLinter(builder.snapshot.lint, first))
        let accept = handbook.url("Styles/ru-support/accept.txt")
        try (String(contentsOf: accept, encoding: .utf8) + "\nновоеслово\n").write(to: accept, atomically: true, encoding: .utf8)
        _ = builder.update(changed: ["Styles/ru-support/accept.txt"])
        #expect(!sameLinter(builder.snapshot.lint, first))
    }

    /// Whether both hold the very style loaded once (its lexicon is a class).
    private func sameLinter(_ one: LintService?, _ other: LintService) -> Bool {
        guard let one else { return false }
        return one.style.lexicon === other.style.lexicon
    }
}

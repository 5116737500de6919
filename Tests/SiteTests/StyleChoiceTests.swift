import BuiltinStyles
import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles
import Testing
import TestSupport

/// Which lint style a handbook gets, and what it is told about it.
@Suite struct StyleChoiceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A handbook with the repository's Styles/ folder copied in.
    static func handbook(config: String, files: [String: String] = [:]) throws -> TemporaryHandbook {
        let handbook = try TemporaryHandbook(files, config: config)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        return handbook
    }

    @Test func aStyleInAnotherLanguageIsAWarningSayingSo() throws {
        let english = try Self.handbook(config: "title: Handbook\nlanguage: en\n")
        let (_, diagnostics) = Handbook.load(root: english.root)
        #expect(diagnostics.items.map(\.description) == [
            "handbook.yml:2:11: warning: the handbook is in 'en' (language:), but its lint style 'ru-support' checks 'ru' (language: in its style.yml); "
                + "its findings and rule pages are in that language. Name a style in the handbook's language in 'lint: style:', or write one",
        ])
        let russian = try Self.handbook(config: "title: Руководство\nlanguage: ru\n")
        #expect(Handbook.load(root: russian.root).1.items.isEmpty)
    }

    @Test func theEmbeddedStyleIsTheStylesFolder() throws {
        let folder = Self.repository.appendingPathComponent("Styles/ru-support")
        let style = try #require(BuiltinStyle.named("ru-support"))
        var onDisk: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            onDisk[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        let embedded = Dictionary(uniqueKeysWithValues: style.contents.map { ($0.path, $0.text) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run 'make embedded-styles'")
        for (path, text) in onDisk { #expect(embedded[path] == text, "\(path) differs from its embedded copy; run 'make embedded-styles'") }
        let (loaded, diagnostics) = style.load()
        #expect(diagnostics.items.isEmpty)
        #expect(try #require(loaded).rules.count == 21)
        #expect(loaded?.settings.language == style.language)
    }

    /// Hunspell's dictionary, most of a small build's time, is read only for a handbook with
    /// something to lint; read late, it still catches a dialogue's misspelt word.
    @Test func theDictionaryIsReadOnlyForSomethingToLint() throws {
        let plain = try TemporaryHandbook(["Handbook/a.md": "# А\n\nТекст без диалогов.\n"])
        let handbook = try #require(Handbook.load(root: plain.root).0)
        #expect(handbook.check().items.isEmpty)
        #expect(handbook.style?.hasReadDictionary == false)

        let dialogue = "# А\n\n```dialogue\nклиент: Где заказ?\nагент: Здраствуйте! Заказ у курьера, будет до 18:00.\n> ✓ срок\n```\n"
        let withDialogue = try TemporaryHandbook(["Handbook/a.md": dialogue])
        let linted = try #require(Handbook.load(root: withDialogue.root).0)
        let problems = linted.check().items.map(\.description)
        #expect(linted.style?.hasReadDictionary == true)
        #expect(problems.contains { $0.contains("typo.spelling") }, "\(problems)")
    }

    @Test func aHandbookWithoutStylesGetsTheBuiltInStyleInItsLanguage() throws {
        let russian = try TemporaryHandbook(["Handbook/a.md": "# А\n\nСм. [лесенку](rule:chat.ladder).\n"])
        let (loaded, diagnostics) = Handbook.load(root: russian.root)
        let handbook = try #require(loaded)
        #expect(diagnostics.items.isEmpty && handbook.check().items.isEmpty)
        #expect(handbook.book.rules.count == 21)
        let english = try TemporaryHandbook(["Handbook/a.md": "# A\n"], config: "title: Handbook\nlanguage: en\n")
        let (englishBook, englishDiagnostics) = Handbook.load(root: english.root)
        #expect(englishDiagnostics.items.isEmpty)
        #expect(try #require(englishBook).style == nil)
        // Named, it is used whatever the language, with the warning.
        let named = try TemporaryHandbook(["Handbook/a.md": "# A\n"], config: "title: Handbook\nlanguage: en\nlint:\n  style: ru-support\n")
        let (namedBook, namedDiagnostics) = Handbook.load(root: named.root)
        #expect(try #require(namedBook).style?.name == "ru-support")
        // At the style's name, which is what to change.
        #expect(namedDiagnostics.items.map { "\($0.severity):\($0.line ?? 0):\($0.column ?? 0)" } == ["warning:4:10"])
    }

    @Test func aMissingOrMisspeltStyleNamesTheFolderAndTheStylesFound() throws {
        let misspelt = try Self.handbook(config: "title: Руководство\nlint:\n  style: ru-suport\n")
        #expect(Handbook.load(root: misspelt.root).1.items.map(\.description) == [
            "handbook.yml:3:10: error: there is no style 'ru-suport' in the folder 'Styles' (it holds 'ru-support'), and none built in by that name "
                + "(built in: ru-support); did you mean 'ru-support'?",
        ])
        let elsewhere = try Self.handbook(config: "title: Руководство\nlint:\n  style: team\n")
        try FileManager.default.moveItem(at: elsewhere.url("Styles/ru-support"), to: elsewhere.url("Styles/ours"))
        #expect(Handbook.load(root: elsewhere.root).1.items.map(\.description) == [
            "handbook.yml:3:10: error: there is no style 'team' in the folder 'Styles' (it holds 'ours'), and none built in by that name "
                + "(built in: ru-support); set 'lint: style:' in handbook.yml to one of them",
        ])
    }

    @Test func exportWritesTheStyleAndNeverOverwrites() throws {
        let target = try TemporaryHandbook([:], config: nil)
        let style = try #require(BuiltinStyle.named("ru-support"))
        try style.export(to: target.url("Styles/ru-support"), shownAs: "Styles/ru-support")
        #expect(try target.read("Styles/ru-support/chat.ladder.yml") == style.contents.first { $0.path == "chat.ladder.yml" }?.text)
        try target.write("# our own rule\n", to: "Styles/ru-support/chat.ladder.yml")
        #expect(throws: Diagnostic.self) { try style.export(to: target.url("Styles/ru-support"), shownAs: "Styles/ru-support") }
        #expect(try target.read("Styles/ru-support/chat.ladder.yml") == "# our own rule\n")
    }
}

import Foundation
import HandbookBuild
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
            "handbook.yml: warning: the handbook is in 'en' (language:), but its lint style 'ru-support' checks 'ru' (language: in its style.yml); "
                + "its findings and rule pages are in that language. Name a style in the handbook's language in 'lint: style:', or write one",
        ])
        let russian = try Self.handbook(config: "title: Руководство\nlanguage: ru\n")
        #expect(Handbook.load(root: russian.root).1.items.isEmpty)
    }
}

import Foundation
import SourceFiles
import StyleLint
import Testing

/// A style read from its files' texts in memory (as a built-in style is) is the style read from
/// a folder of the same files: the same rules, settings and findings, the same diagnostics.
@Suite struct StyleFromTextsTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every file under `folder`, by path inside it.
    private func texts(in folder: URL) throws -> [(path: String, text: String)] {
        var texts: [(path: String, text: String)] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            texts.append((path, try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)))
        }
        return texts
    }

    private func bothWays(_ files: [String: String]) throws -> (fromFolder: (Style?, Diagnostics), fromTexts: (Style?, Diagnostics)) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("style-\(UUID().uuidString)/test")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return (
            Style.load(folder, displayPath: "Styles/test"),
            Style.load(texts: files.map { ($0.key, $0.value) }, name: "test", displayPath: "Styles/test")
        )
    }

    @Test func theBundledStyleFindsTheSameInEveryDraft() throws {
        let folder = Self.repository.appendingPathComponent("Styles/ru-support")
        let (onDisk, diskDiagnostics) = Style.load(folder, displayPath: "Styles/ru-support")
        let (inMemory, memoryDiagnostics) = Style.load(texts: try texts(in: folder), name: "ru-support", displayPath: "Styles/ru-support")
        let disk = try #require(onDisk), memory = try #require(inMemory)
        #expect(diskDiagnostics.items.isEmpty && memoryDiagnostics.items.isEmpty)
        #expect(memory.name == disk.name)
        #expect(memory.settings == disk.settings)
        #expect(memory.rules.map(\.info.id) == disk.rules.map(\.info.id))
        #expect(memory.rules.count == 21)

        let cases = try String(contentsOf: Self.repository.appendingPathComponent("Tests/LintDevSet/cases.jsonl"), encoding: .utf8)
        let drafts = try cases.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Draft(context: object["context"] as? [String] ?? [], messages: try #require(object["messages"] as? [String]))
        }
        #expect(drafts.count > 50)
        let diskLinter = Linter(style: disk), memoryLinter = Linter(style: memory)
        var found = 0
        for draft in drafts {
            let findings = diskLinter.lint(draft)
            found += findings.count
            #expect(memoryLinter.lint(draft) == findings, "\(draft.messages)")
        }
        // The accepted words, lists and dictionary are in use: the drafts break many rules.
        #expect(found > 50)
    }

    @Test func aBrokenStyleGetsTheSameDiagnostics() throws {
        let files = [
            "style.yml": "language: ru\naccept: words/accepted.txt\nunknown: 1\n",
            "style.cliche.yml": "extends: existence\nmessage: \"«{match}» — штамп.\"\ntokens:\n  - @missing-list\n",
            "style.broken.yml": "extends: nothing\nmessage: x\n",
            "tone.bad.yml": "extends: existence\nmessage: [unclosed\n",
            "Not-An-Id.yml": "extends: existence\nmessage: x\ntokens: [a]\n",
            "lists/greeting.txt": "здравствуйте\n// comment\n\nдобрый день\n",
            "notes.md": "not read\n",
        ]
        let (fromFolder, fromTexts) = try bothWays(files)
        #expect(fromFolder.0 == nil && fromTexts.0 == nil)
        #expect(!fromFolder.1.items.isEmpty)
        #expect(fromTexts.1.sorted.map(\.description) == fromFolder.1.sorted.map(\.description))
    }

    @Test func listsAndAcceptedWordsAreReadFromTheirFolders() throws {
        let files = [
            "style.yml": "accept: words/accepted.txt\n",
            "style.greeting.yml": "extends: existence\nmessage: \"«{match}»\"\ntokens:\n  - '@greeting'\n",
            "lists/greeting.txt": "добрый вечер\n// comment\n",
            "words/accepted.txt": "Таскфлоу\n",
        ]
        let (fromFolder, fromTexts) = try bothWays(files)
        let folderStyle = try #require(fromFolder.0), textStyle = try #require(fromTexts.0)
        #expect(fromFolder.1.items.isEmpty && fromTexts.1.items.isEmpty)
        #expect(textStyle.settings.acceptFile == "words/accepted.txt")
        let draft = Draft(messages: ["Добрый вечер! Таскфлоу уже работает."])
        let findings = Linter(style: textStyle).lint(draft)
        #expect(findings.map(\.rule) == ["style.greeting"])
        #expect(findings == Linter(style: folderStyle).lint(draft))
    }
}

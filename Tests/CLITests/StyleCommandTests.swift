import Foundation
import Testing
import TestSupport

@Suite struct StyleCommandTests {
    @Test func lintWorksInAnyFolderWithTheBuiltInStyle() throws {
        let empty = try TemporaryHandbook([:], config: nil)
        let result = try CLI.run(["lint", "--format", "json"], stdin: "Ожидайте.", in: empty.root)
        #expect(result.stdout.contains(#""rule":"#), "\(result.stderr)")
        #expect(result.status != 2)
    }

    @Test func exportWritesTheStyleOnceAndRefusesToOverwrite() throws {
        let folder = try TemporaryHandbook([:], config: nil)
        let first = try CLI.run(["style", "export", "ru-support", "Styles/ru-support"], in: folder.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Wrote the 29 files of the style 'ru-support' into Styles/ru-support"))
        let exported = try folder.snapshot("Styles/ru-support")
        #expect(exported.count == 29)
        let again = try CLI.run(["style", "export", "ru-support", "Styles/ru-support"], in: folder.root)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("Styles/ru-support: error: 29 file(s) of the style are there already, like 'accept.txt'; nothing was written."))
        #expect(try folder.snapshot("Styles/ru-support") == exported)
        let unknown = try CLI.run(["style", "export", "ru-suport", "x"], in: folder.root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no style 'ru-suport' is built in (built in: ru-support); did you mean 'ru-support'?"))
    }
}

@Suite struct InitCommandTests {
    @Test func initThenCheckStrictThenRefuse() throws {
        let folder = try TemporaryHandbook([:], config: nil)
        let created = try CLI.run(["init", "guide", "--language", "en"], in: folder.root)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("  handbook.yml\n"))
        let check = try CLI.run(["check", "--strict", "--root", "guide"], in: folder.root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty)
        let again = try CLI.run(["init", "guide"], in: folder.root)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("guide: error: 'handbook.yml' is there already"))
    }
}

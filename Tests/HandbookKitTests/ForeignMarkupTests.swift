import HandbookKit
import Testing
import TestSupport

/// Other tools' markup in one page, read through the loaded book: the Markdown the page becomes,
/// the warnings about what is left out, and the diagnostics that must still point at the file
/// as written.
@Suite struct ForeignMarkupTests {
    private struct Read {
        var markdown: String
        var warnings: [String]
        var linkProblems: [String]
    }

    private func read(_ page: String, extra: [String: String] = [:]) throws -> Read {
        var files = extra
        files["Handbook/a.md"] = page
        let handbook = try TemporaryHandbook(files, config: "title: T\nlanguage: en\n")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        let chapter = try #require(book.allPages.first { $0.sourcePath == "Handbook/a.md" })
        return Read(
            markdown: chapter.markdown, warnings: diagnostics.sorted.map(\.description),
            linkProblems: BookCheck.run(book).sorted.map(\.description))
    }

    @Test func constructsOverSeveralLinesMoveNoLaterLine() throws {
        let page = try read("# A\n\nText {{< new-in\n  \"1.2\" >}} after\n\n[x](missing.md)\n\n<Note\n  kind=\"x\">\nhi\n\n[y](gone.md)\n")
        #expect(page.markdown == "# A\n\nText \n after\n\n[x](missing.md)\n\n\n\nhi\n\n[y](gone.md)\n")
        #expect(page.linkProblems == [
            "Handbook/a.md:6:1: error: link to a missing page 'missing.md'; create it or fix the link",
            "Handbook/a.md:12:1: error: link to a missing page 'gone.md'; create it or fix the link",
        ])
    }
}

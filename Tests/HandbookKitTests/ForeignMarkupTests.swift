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

    @Test func docusaurusAdmonitionsBecomeAlertsLineForLine() throws {
        let page = try read(
            [
                "# A", "",
                ":::tip[Reply fast]", "",
                "Answer within [two minutes](missing.md).", "",
                "```text", ":::", "```", "",
                ":::", "",
                "::::info", ":::danger Never", "- refund twice", ":::", "::::", "",
                "::: warning", "VitePress writes a space.", ":::", "",
                "[after](gone.md)",
            ].joined(separator: "\n"))
        #expect(page.markdown.split(separator: "\n", omittingEmptySubsequences: false) == [
            "# A", "",
            "> [!TIP]", "> **Reply fast**  ",
            "> Answer within [two minutes](missing.md).", ">",
            "> ```text", "> :::", "> ```", ">",
            "", "",
            "> [!NOTE]", "> > [!CAUTION]", "> > - refund twice", ">", "", "",
            "> [!WARNING]", "> VitePress writes a space.", "", "",
            "[after](gone.md)",
        ])
        #expect(page.linkProblems == [
            "Handbook/a.md:5:17: error: link to a missing page 'missing.md'; create it or fix the link",
            "Handbook/a.md:23:1: error: link to a missing page 'gone.md'; create it or fix the link",
        ])
        #expect(page.warnings == [
            "Handbook/a.md:14:1: warning: admonition title 'Never' is left out: the line after it starts a code block, a list or another block, so the title has no line of its own: once, here; leave a blank line after the admonition's first line",
        ])
    }

    @Test func mkDocsAdmonitionsTakeTheirIndentedBody() throws {
        let page = try read(
            [
                "# A", "",
                "!!! note \"Before you answer\"", "",
                "    Read the [ticket](missing.md).", "",
                "    ```yaml", "    !!! not: an admonition", "    ```", "",
                "??? faq", "    Folded with `???`.", "",
                "???+ custom \"Own kind\"", "    Open.", "",
                "!!! example", "    !!! bug \"Nested\"", "", "        Deeper [x](gone.md).", "",
                "!!! danger \"\"", "\tA tab indents too.", "",
                "Back at the top. Wow!!! Really???",
            ].joined(separator: "\n"))
        #expect(page.markdown.split(separator: "\n", omittingEmptySubsequences: false) == [
            "# A", "",
            "  > [!NOTE]", "  > **Before you answer**  ",
            "  > Read the [ticket](missing.md).", "  >",
            "  > ```yaml", "  > !!! not: an admonition", "  > ```", "",
            "  > [!NOTE]", "  > Folded with `???`.", "",
            "  > [!NOTE]", "  > **Own kind** Open.", "",
            "  > [!NOTE]", "  >   > [!WARNING]", "  >   > **Nested**  ", "  >   > Deeper [x](gone.md).", "",
            "  > [!CAUTION]", "  > A tab indents too.", "",
            "Back at the top. Wow!!! Really???",
        ])
        // MkDocs's 4 spaces became `  > `: lines and columns are the file's.
        #expect(page.linkProblems == [
            "Handbook/a.md:5:14: error: link to a missing page 'missing.md'; create it or fix the link",
            "Handbook/a.md:20:16: error: link to a missing page 'gone.md'; create it or fix the link",
        ])
        #expect(page.warnings == [
            "Handbook/a.md:14:1: warning: admonition 'custom' is not a kind known here, so it shows as a note: once, here; use note, tip, important, warning or caution, or another kind of its tool",
        ])
    }
}

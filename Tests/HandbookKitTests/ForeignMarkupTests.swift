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

    /// A self-closing `code-toggle` (Hugo's documentation shows configuration so) opens no code
    /// block that would run to the next pair's closing tag.
    @Test func aSelfClosingShortcodeOpensNoPair() throws {
        let page = try read("# A\n\n{{< code-toggle config=languages />}}\n\nText.\n\n{{< code-toggle file=hugo >}}\nx = 1\n{{< /code-toggle >}}\n")
        #expect(page.markdown == "# A\n\n\n\nText.\n\n```\nx = 1\n```\n")
    }

    /// A site's own tag in a link's destination gives the address (18F's Eleventy `page`), and
    /// `link` keeps a full URL as it is.
    @Test func liquidTagsInLinkDestinationsGiveTheAddress() throws {
        let page = try read(
            "# A\n\n[b]({% page \"/b/\" %}), [ref][c], [out]({%link \"https://example.org/x\" %})\n\n[c]: {% page \"/b/\" %}\n",
            extra: ["Handbook/b.md": "# B\n"])
        #expect(page.markdown == "# A\n\n[b](/b/), [ref][c], [out](https://example.org/x)\n\n[c]: /b/\n")
        #expect(page.linkProblems == [])
        #expect(page.warnings == [])
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

    @Test func gitBookHintsAndTagsBecomeCalloutsAndLinks() throws {
        let page = try read(
            [
                "# A", "",
                "{% hint style=\"warning\" %}", "Check the [order](missing.md) first.", "{% endhint %}", "",
                "{%- hint style=\"custom\" -%}", "Own style.", "{% endhint %}", "",
                "{% embed url=\"https://example.com/video\" %}", "",
                "{% file src=\"files/refund_form.pdf\" %}", "",
                "{% content-ref url=\"b.md\" %}", "[b.md](b.md)", "{% endcontent-ref %}", "",
                "{% content-ref url=\"b.md\" %}", "{% endcontent-ref %}", "",
                "{% tabs %}", "{% tab title=\"Chat\" %}", "Greet first.", "{% endtab %}", "{% endtabs %}",
                "[after](gone.md)",
            ].joined(separator: "\n"), extra: ["Handbook/b.md": "# B\n", "Handbook/files/refund_form.pdf": "%PDF"])
        #expect(page.markdown.split(separator: "\n", omittingEmptySubsequences: false) == [
            "# A", "",
            "> [!WARNING]", "> Check the [order](missing.md) first.", "", "",
            "> [!NOTE]", "> Own style.", "", "",
            "[https://example.com/video](<https://example.com/video>)", "",
            "[refund\\_form.pdf](<files/refund_form.pdf>)", "",
            "", "[b.md](b.md)", "", "",
            "[b.md](<b.md>)", "", "",
            "", "**Chat**  ", "Greet first.", "", "",
            "[after](gone.md)",
        ])
        #expect(page.linkProblems == [
            "Handbook/a.md:4:13: error: link to a missing page 'missing.md'; create it or fix the link",
            "Handbook/a.md:27:1: error: link to a missing page 'gone.md'; create it or fix the link",
        ])
        #expect(page.warnings == [
            "Handbook/a.md:7:1: warning: admonition 'custom' is not a kind known here, so it shows as a note: once, here; use note, tip, important, warning or caution, or another kind of its tool",
        ])
    }

    @Test func jekyllLiquidIsReadOrLeftOutWithOneWarningPerName() throws {
        let page = try read(
            [
                "# A", "",
                "See [B]({% link b.md %}), [news]({% post_url 2024-01-01-news %}).",
                "[root]({{ site.baseurl }}/b/), [url]({{ \"/b/\" | relative_url }}).",
                "Hello {{ page.title }}, {{ customer.name }}, {{site.title}}.",
                "{% include note.html %} {% include note.html %} {% if page.x %}one{% else %}two{% endif %}",
                "{% raw %}{{ page.kept }} {% include kept.html %}{% endraw %}",
                "{% comment %}", "hidden {% include hidden.html %}", "```", "{% endcomment %}after",
                "{% raw %}", "{{ site.kept }}", "{% endraw %}",
                "```liquid", "{% raw %}{{ page.code }}{% endraw %}", "{% include code.html %}", "```",
                "{% my-tag a=1 %}",
                "[after](gone.md)",
            ].joined(separator: "\n"), extra: ["Handbook/b.md": "# B\n"])
        #expect(page.markdown.split(separator: "\n", omittingEmptySubsequences: false) == [
            "# A", "",
            "See [B](/b.md), [news](/_posts/2024-01-01-news.md).",
            "[root](/b/), [url](/b/).",
            "Hello , {{ customer.name }}, .",
            "  onetwo",
            "{{ page.kept }} {% include kept.html %}",
            "", "", "", "after",
            "", "{{ site.kept }}", "",
            "```liquid", "{{ page.code }}", "{% include code.html %}", "```",
            "",
            "[after](gone.md)",
        ])
        #expect(page.linkProblems == [
            "Handbook/a.md:3:17: error: link to a missing page '/_posts/2024-01-01-news.md'; create it or fix the link",
            "Handbook/a.md:20:1: error: link to a missing page 'gone.md'; create it or fix the link",
        ])
        // Nothing from the comment, the raw text or the code; nothing for `else` and `endif`.
        #expect(page.warnings == [
            "Handbook/a.md:5:7: warning: Liquid variable '{{ page.title }}' has no value here and is left out: once, here; write in Markdown what it stands for",
            "Handbook/a.md:5:46: warning: Liquid variable '{{ site.title }}' has no value here and is left out: once, here; write in Markdown what it stands for",
            "Handbook/a.md:6:1: warning: Liquid tag '{% include %}' is not known here and is left out (what is between a pair of its tags stays): 2 times on 1 page(s), the first is here; write in Markdown what it stands for",
            "Handbook/a.md:6:49: warning: Liquid tag '{% if %}' is not known here and is left out (what is between a pair of its tags stays): once, here; write in Markdown what it stands for",
            "Handbook/a.md:19:1: warning: Liquid tag '{% my-tag %}' is not known here and is left out (what is between a pair of its tags stays): once, here; write in Markdown what it stands for",
        ])
    }
}

import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles
import Testing
import TestSupport

/// What Docusaurus, Hugo, MkDocs, GitBook and Jekyll write into their Markdown that Markdown does
/// not know (MDX imports and components, shortcodes, `{#id}`, glossary links, doc ids,
/// admonitions, Liquid), read in the fixture handbooks.
@Suite struct OtherToolsMarkupTests {
    private func built(_ fixture: String) throws -> (TemporaryHandbook, [String]) {
        let handbook = try TemporaryHandbook(copying: TemporaryHandbook.fixture(fixture))
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        let problems = report.diagnostics.sorted.map(\.description)
        #expect(report.output != nil && !report.diagnostics.hasErrors, "\(problems)")
        return (handbook, problems)
    }

    @Test func mdxPagesDropImportsAndComponentTagsWithOneWarningPerComponent() throws {
        let (handbook, problems) = try built("docusaurus")
        let html = try handbook.read("site/advanced/components.html")
        #expect(!html.contains("import"))
        #expect(!html.contains("old theme"))
        #expect(!html.contains("groupId"))
        #expect(html.contains("Answer within <strong>two minutes</strong>."))
        #expect(html.contains("Keep it short."))
        // Inside code a component is code.
        #expect(html.contains("&lt;Tabs&gt;\n  &lt;TabItem value=&quot;x&quot;&gt;Shown as code&lt;/TabItem&gt;"))
        #expect(problems.filter { $0.contains("MDX component") } == [
            "docs/advanced/components.mdx:15:1: warning: MDX component '<Tabs>' is not known here, so its tags are left out and what is between them shows as text: once, here; write in Markdown what it stands for",
            "docs/advanced/components.mdx:18:1: warning: MDX component '<TabItem>' is not known here, so its tags are left out and what is between them shows as text: once, here; write in Markdown what it stands for",
            "docs/advanced/components.mdx:25:1: warning: MDX component '<Note>' is not known here, so its tags are left out and what is between them shows as text: 2 times on 1 page(s), the first is here; write in Markdown what it stands for",
        ])
        // A partial (`_snippet.mdx`) is no page, said once.
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site/advanced/snippet.html").path))
        #expect(problems.contains { $0.hasPrefix("docs: warning: 1 Markdown file(s) named with a leading '_' are partials") })
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site/media/advanced/_category_.json").path))
    }

    @Test func docusaurusLinksByDocIDAndSlugLeadToThePage() throws {
        let (handbook, problems) = try built("docusaurus")
        let intro = try handbook.read("site/intro.html")
        #expect(intro.contains("<a href=\"advanced/settings.html\">the reference</a>"))
        #expect(intro.contains("<a href=\"advanced/settings.html\">by its address</a>"))
        #expect(try handbook.read("site/advanced/components.html").contains("<a href=\"settings.html\">settings</a>"))
        #expect(!problems.contains { $0.contains("'id'") })
    }

    @Test func hugoShortcodesHeadingIDsAndGlossaryLinks() throws {
        let (handbook, problems) = try built("hugo")
        let html = try handbook.read("site/start/channels.html")
        #expect(html.contains("<h2 id=\"mail\">Почта</h2>"))
        #expect(html.contains("<a href=\"install.html\">установку</a>"))
        #expect(html.contains("<a href=\"setup.html\">настройку</a>"))
        #expect(html.contains("<a href=\"../glossary/ticket.html\">тикет</a>"))
        #expect(html.contains("class=\"language-yaml\">channels: [mail, chat]"))
        #expect(html.contains("baseURL = 'https://example.org/'"))
        #expect(html.contains("Чат отвечает <strong>сразу</strong>."))
        #expect(html.contains("Шорткод пишут так: {{&lt; ref &quot;install&quot; &gt;}}"))
        #expect(!html.contains("new-in") && !html.contains("{{% include"))
        // The included page's text, without its front matter.
        #expect(html.contains("<p>Общая заметка.</p>") && !html.contains("_comment"))
        // A link to another page's `{#id}`, its file name in another case, as Hugo finds it.
        #expect(try handbook.read("site/start/setup.html").contains("href=\"channels.html#mail\""))
        #expect(problems.filter { $0.contains("Hugo shortcode") } == [
            "content/start/channels.md:5:46: warning: Hugo shortcode 'new-in' is not known here and is left out (what is between a pair of its tags stays): 2 times on 2 page(s), the first is here; write in Markdown what it stands for",
            "content/start/channels.md:17:1: warning: Hugo shortcode 'code-toggle' is not known here, so what is between its tags shows as a code block: once, here; write in Markdown what it stands for",
            "content/start/channels.md:21:1: warning: Hugo shortcode 'details' is not known here and is left out (what is between a pair of its tags stays): once, here; write in Markdown what it stands for",
        ])
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site/shared/note.html").path))
    }

    @Test func aGlossaryLinkWithoutItsPageIsAnError() throws {
        let handbook = try TemporaryHandbook(copying: TemporaryHandbook.fixture("hugo"))
        try handbook.write("---\ntitle: Сроки\n---\nСм. [эскалацию](g) и [тикетов](g).\n", to: "content/start/terms.md")
        let problems = BuildPipeline(root: handbook.root).check().diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        #expect(problems == [
            "content/start/terms.md:4:5: error: the glossary link '[эскалацию](g)' leads nowhere: its 'glossary' folder has no page 'eskalatsiyu.md'; add the page, or write the term without the link",
        ])
    }

    /// A callout box as the site shows it: kind, title and body.
    private func callout(_ kind: String, _ title: String, _ body: String) -> String {
        "<div class=\"callout callout-\(kind)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>\n\(body)</div>"
    }

    @Test func docusaurusAdmonitionsAreCallouts() throws {
        let (handbook, problems) = try built("docusaurus")
        let html = try handbook.read("site/tutorial-basics/create-a-page.html")
        #expect(html.contains(callout(
            "tip", "Tip", "<p><strong>Keep pages short</strong><br />\nOne topic per page; link <a href=\"deploy.html\">the rest</a>.</p>\n")))
        #expect(html.contains(callout("caution", "Caution", "<p>Never publish a customer's name.</p>\n")))
        #expect(!html.contains(":::"))
        #expect(!problems.contains { $0.contains("admonition") })
        // Lines after the admonitions are the file's lines.
        #expect(problems.contains { $0.hasPrefix("docs/tutorial-basics/create-a-page.md:19:1: warning: the image has no description") })
    }

    @Test func mkDocsAdmonitionsAreCalloutsWithTheirCode() throws {
        let (handbook, problems) = try built("mkdocs")
        let html = try handbook.read("site/replies.html")
        #expect(html.contains(callout(
            "note", "Note",
            "<p><strong>Before you answer</strong><br />\nLook the order up:</p>\n<pre><code class=\"language-text\">!!! this line is code\norder status 1234\n</code></pre>\n")))
        #expect(html.contains(callout("tip", "Tip", "<p>Copy a reply from the <a href=\"index.html\">front page</a>.</p>\n")))
        #expect(html.contains(callout("warning", "Warning", "<p><strong>Refunds</strong><br />\nNever promise a date.</p>\n")))
        #expect(!html.contains("!!! note") && !html.contains("??? tip") && !html.contains("!!! warning"))
        #expect(problems == ["docs/replies.md:19:1: warning: the image has no description; write what it shows between the brackets: ![description](img/queue.svg)"])
    }

    /// Content tabs show one after another, each under its title, as a page without tabs would.
    @Test func mkDocsContentTabsAreTitledSections() throws {
        let (handbook, problems) = try built("mkdocs")
        let html = try handbook.read("site/channels.html")
        #expect(html.contains("<p><strong>Chat</strong></p>\n<p>Answer within <strong>two minutes</strong>.</p>\n"
            + callout("tip", "Tip", "<p>Greet the client by name.</p>\n")))
        #expect(html.contains("<p><strong>Email</strong><br />\nAnswer the same day.</p>\n"
            + "<pre><code class=\"language-text\">=== &quot;not a tab&quot;\n</code></pre>"))
        #expect(!html.contains("=== &quot;Chat") && !html.contains("<pre><code>Answer"))
        #expect(problems.allSatisfy { !$0.contains("channels.md") })
    }

    @Test func gitBookHintsAndEmbedsAreCalloutsAndLinks() throws {
        let (handbook, problems) = try built("gitbook")
        let html = try handbook.read("site/refunds.html")
        #expect(html.contains(callout("warning", "Warning", "<p>Check the order's status before you promise anything.</p>\n")))
        #expect(html.contains("<p><a href=\"https://www.youtube.com/watch?v=refunds\">https://www.youtube.com/watch?v=refunds</a></p>"))
        #expect(html.contains("<p><a href=\"media/files/refund-form.pdf\">refund-form.pdf</a></p>"))
        #expect(!html.contains("{%") && !html.contains("%}"))
        // `content-ref` holds its own link: one link, not two. README.md is the front page.
        #expect(try handbook.read("site/index.html").contains("<p><a href=\"refunds.html\">refunds.md</a></p>"))
        #expect(problems == ["docs/refunds.md:11:1: warning: the image has no description; write what it shows between the brackets: ![description](files/queue.svg)"])
    }

    @Test func jekyllLinkTagsLeadToPagesAndIncludesAreLeftOut() throws {
        let (handbook, problems) = try built("jekyll")
        let html = try handbook.read("site/policies/refunds.html")
        #expect(html.contains(
            "<p>Before a refund, read <a href=\"returns.html\">the returns page</a> and <a href=\"../getting-started.html\">the first day</a>.</p>"))
        #expect(!html.contains("{%") && !html.contains("{{") && !html.contains("refund-form"))
        #expect(problems.filter { $0.contains("Liquid") } == [
            "docs/policies/refunds.md:13:1: warning: Liquid tag '{% include %}' is not known here and is left out (what is between a pair of its tags stays): once, here; write in Markdown what it stands for",
        ])
    }
}

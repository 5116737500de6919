import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles
import Testing
import TestSupport

/// Handbooks laid out as other tools lay theirs out (Tests/Fixtures) build as they are.
private func build(_ fixture: String) throws -> (TemporaryHandbook, BuildReport, [String]) {
    let handbook = try TemporaryHandbook(copying: TemporaryHandbook.fixture(fixture))
    let report = BuildPipeline(root: handbook.root).build(epub: false)
    return (handbook, report, report.diagnostics.sorted.map(\.description))
}

private func load(_ handbook: TemporaryHandbook) throws -> Book {
    try #require(Handbook.load(root: handbook.root).0).book
}

@Suite struct AdoptionTests {
    @Test func jekyllHandbookBuildsWithOneWarningPerIgnoredKey() throws {
        let (handbook, report, problems) = try build("jekyll")
        #expect(report.output != nil)
        #expect(!report.diagnostics.hasErrors)
        #expect(problems.count { $0.contains("'layout'") } == 1)
        #expect(problems.contains(
            "docs/getting-started.md:2:1: warning: front matter key 'layout' is not used here and is left out (the site has one layout, its theme's): on 6 pages, the first is this one; remove it when it is no longer needed"))
        #expect(problems.contains { $0.hasPrefix("docs/index.md:5:1: warning: front matter key 'permalink'") })
        let book = try load(handbook)
        #expect(book.readingOrder.map(\.id) == ["getting-started", "policies/index", "policies/returns", "policies/refunds"])
        #expect(book.readingOrder[0].summary == "The first day on the team")
        #expect(book.readingOrder[2].title == "Returns")
        #expect(!book.readingOrder[2].titleIsFirstHeading)
        let redirect = try handbook.read("site/start/index.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../getting-started.html\">"))
        #expect(redirect.contains("<link rel=\"canonical\" href=\"../getting-started.html\">"))
        #expect(redirect.contains("This page has moved: <a href=\"../getting-started.html\">Getting started</a>"))
        #expect(try handbook.read("site/old-start.html").contains("url=getting-started.html"))
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site/unpublished.html").path))
        #expect(try handbook.read("site/getting-started.html").contains("href=\"policies/returns.html\""))
    }

    @Test func hugoHandbookResolvesSitePathsWithTheLanguageInFront() throws {
        let (handbook, report, problems) = try build("hugo")
        #expect(report.output != nil, "\(problems)")
        #expect(!report.diagnostics.hasErrors)
        #expect(problems.count { $0.contains("'tags'") } == 1)
        #expect(problems.contains { $0.hasPrefix("content/start/install.md:5:1: warning: front matter key 'tags' is not used here and is left out: on 2 pages") })
        let book = try load(handbook)
        #expect(book.home?.title == "Руководство поддержки")
        #expect(book.home?.summary == "Как мы отвечаем клиентам")
        #expect(book.readingOrder.map(\.id) == ["start/index", "start/setup", "start/install", "start/channels", "glossary/index", "glossary/ticket"])
        #expect(try handbook.read("site/index.html").contains("href=\"start/index.html\""))
        #expect(try handbook.read("site/old/install/index.html").contains("Страница переехала: <a href=\"../../start/install.html\">Установка</a>"))
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site/news.html").path))
    }

    @Test func mdBookSummarySetsOrderNestingAndTitles() throws {
        let (handbook, report, problems) = try build("mdbook")
        #expect(report.output != nil, "\(problems)")
        #expect(problems == [
            "src/SUMMARY.md: warning: 1 page(s) of the chapters folder are not in SUMMARY.md and are left out, like 'src/notes.md'; list them to publish them",
        ])
        let book = try load(handbook)
        // README.md is the front page, as mdBook makes it index.html.
        #expect(book.home?.sourcePath == "src/README.md")
        #expect(book.chapters.map(\.title) == ["First chapter", "Second chapter"])
        #expect(book.chapters[0].children.map(\.id) == ["chapter-1/section"])
        #expect(book.chapters[0].children.map(\.title) == ["A section"])
        #expect(!book.allPages.contains { $0.sourcePath == "src/SUMMARY.md" })
    }

    @Test func docusaurusHandbookBuildsAsItIs() throws {
        let (handbook, report, problems) = try build("docusaurus")
        #expect(report.output != nil, "\(problems)")
        #expect(!report.diagnostics.hasErrors, "\(problems)")
        #expect(problems.contains(
            "docs/tutorial-basics/deploy.md:1:1: warning: the page has no title, so it is called 'Deploy' after its file; add 'title: …' to its front matter or start it with '# Title'"))
        #expect(problems.contains { $0.hasPrefix("docs/intro.md:3:7: warning: slug '/' is a site path") })
        let book = try load(handbook)
        // `_category_.json` puts 'advanced' after the intro (position 3) and names it.
        #expect(book.readingOrder.map(\.id) == [
            "intro", "tutorial-basics/index", "tutorial-basics/create-a-page", "tutorial-basics/deploy",
            "advanced/index", "advanced/components", "advanced/settings",
        ])
        #expect(book.chapters.map(\.title) == ["Welcome", "Tutorial - Basics", "Going further"])
        #expect(try handbook.read("site/intro.html").contains("href=\"tutorial-basics/create-a-page.html\""))
        // A link that leads nowhere is still an error.
        try handbook.write("# Lost\n\nSee [the old page](/docs/nowhere).\n", to: "docs/lost.md")
        #expect(BuildPipeline(root: handbook.root).check().diagnostics.sorted.map(\.description).contains(
            "docs/lost.md:3:5: error: link to a missing file '/docs/nowhere'; create it or fix the link"))
    }

    /// Jekyll and Middleman sites keep their pages at the project's top (`chapters: .`).
    @Test func linksResolveWhenTheHandbooksFolderIsItsChaptersFolder() throws {
        let handbook = try TemporaryHandbook(
            [
                "a.md": "# А\n\nСм. [Б](b.md), [раздел Б](b.md#x), [В](sub/c.md) и [Б от корня](/b.md).\n",
                "b.md": "# Б\n\n## X\n\nНазад к [А](./a.md).\n",
                "sub/c.md": "# В\n\nВверх к [А](../a.md), [с корня](/a.md); [нет такой](/d.md).\n",
            ], config: "title: Руководство\nlanguage: ru\nfolders:\n  chapters: .\noutput: ../site-elsewhere\n")
        let report = BuildPipeline(root: handbook.root).check()
        #expect(report.diagnostics.sorted.map(\.description) == ["./sub/c.md:3:41: error: link to a missing page '/d.md'; create it or fix the link"])
    }

    /// mdBook's includes put a file's lines in a code block; diagnostics still point at the page.
    @Test func mdBookIncludesWithRangesAndAnchors() throws {
        let handbook = try TemporaryHandbook(
            [
                "src/ch01.md": """
                    # Guessing game

                    ```rust
                    {{#include ../listings/main.rs:io}}
                    ```

                    ```rust
                    {{#rustdoc_include ../listings/main.rs:2:3}}
                    ```

                    Written as `\\{{#include file.rs}}`. [Lost](#nowhere)

                    {{#include missing.rs}}
                    """,
                "listings/main.rs": "// ANCHOR: io\nuse std::io;\n// ANCHOR_END: io\n\nfn main() {}\n",
            ], config: "title: Book\nlanguage: en\nfolders:\n  chapters: src\n")
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.diagnostics.sorted.map { $0.description } == [
            "src/ch01.md:11:36: error: no heading with the anchor '#nowhere' on this page; its anchors: #guessing-game",
            "src/ch01.md:13:1: error: the file to include, 'missing.rs', is not a file inside the handbook; fix the path",
        ])
        let page = try handbook.read("src/ch01.md")
        try handbook.write(page.replacingOccurrences(of: "[Lost](#nowhere)\n\n{{#include missing.rs}}", with: ""), to: "src/ch01.md")
        let built = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics.sorted)")
        let html = try handbook.read("site/ch01.html")
        // The anchor's lines, and lines 2 to 3 without the anchor's marker.
        #expect(html.components(separatedBy: "<code class=\"language-rust\">use std::io;\n</code>").count == 3)
        #expect(!html.contains("ANCHOR"))
        #expect(html.contains("Written as <code>{{#include file.rs}}</code>."))
        // A preview reads the page again when only the included file changed.
        let loaded = try #require(Handbook.load(root: handbook.root).0)
        try handbook.write("// ANCHOR: io\nuse std::fs;\n// ANCHOR_END: io\n", to: "listings/main.rs")
        let reloaded = try #require(loaded.reloaded(changed: ["listings/main.rs"]).0)
        #expect(try #require(reloaded.book.chapters.first?.document).text.contains("use std::fs;"))
    }

    /// A fragment in another case than the heading's anchor leads to the anchor as the page has it.
    @Test func anAnchorInAnotherCaseIsWrittenAsThePageHasIt() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n\n## Setup\n\n[here](#SETUP), [there](b.md#Next-Steps)\n",
            "Handbook/b.md": "# B\n\n## Next steps\n",
        ])
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(!report.diagnostics.hasErrors)
        let html = try handbook.read("site/a.html")
        #expect(html.contains("<a href=\"a.html#setup\">here</a>"))
        #expect(html.contains("<a href=\"b.html#next-steps\">there</a>"))
    }

    /// A link to a page's old address (18F's handbook links `/software/`, which a page lists
    /// under `redirect_from`) leads to the page.
    @Test func aLinkToAnOldAddressLeadsToThePage() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/tools.md": "---\ntitle: Tools\nredirect_from: [/software/, /old/apps.html]\n---\n",
            "Handbook/a.md": "# A\n\n[software]({{ site.baseurl }}/software/), [apps](/old/apps.html), [gone](/gone/)\n",
        ])
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.diagnostics.sorted.map { $0.description } == [
            "Handbook/a.md:3:49: error: link to a missing file '/gone/'; create it or fix the link",
        ])
    }

    /// The Rust book links the standard library's documentation beside it on the same server.
    @Test func linksAboveTheSiteLeadToTheServerWithURL() throws {
        let files = ["src/ch02.md": "# Guess\n\n[prelude](../std/prelude/index.html#other), [inside](../src/missing.md)\n"]
        let without = try TemporaryHandbook(files, config: "title: Book\nlanguage: en\nfolders:\n  chapters: src\n")
        #expect(BuildPipeline(root: without.root).check().diagnostics.sorted.map { $0.description } == [
            "src/ch02.md:3:1: error: '../std/prelude/index.html#other' points outside the 'src' folder; link to a page of the handbook or use a full URL",
            "src/ch02.md:3:45: error: link to a missing page '../src/missing.md'; create it or fix the link",
        ])
        let with = try TemporaryHandbook(files, config: "title: Book\nlanguage: en\nurl: https://doc.example.org/book/\nfolders:\n  chapters: src\n")
        #expect(BuildPipeline(root: with.root).check().diagnostics.sorted.map { $0.description } == [
            "src/ch02.md:3:45: error: link to a missing page '../src/missing.md'; create it or fix the link",
        ])
        // A Markdown file is never another site's page: a misspelt one stays an error.
        try with.write("# Guess\n\n[contributing](../CONTRIBUTNG.md)\n", to: "src/ch02.md")
        #expect(BuildPipeline(root: with.root).check().diagnostics.sorted.map { $0.description } == [
            "src/ch02.md:3:1: error: '../CONTRIBUTNG.md' points outside the 'src' folder; link to a page of the handbook or use a full URL",
        ])
        try with.write("# Guess\n\n[prelude](../std/prelude/index.html?search=x#other)\n", to: "src/ch02.md")
        #expect(!BuildPipeline(root: with.root).build(epub: false).diagnostics.hasErrors)
        #expect(try with.read("site/ch02.html").contains("<a href=\"https://doc.example.org/std/prelude/index.html?search=x#other\">prelude</a>"))
    }

    /// A file that includes itself is included once, with an error; a missing file is watched,
    /// so the page is read again once it is there.
    @Test func includesThatLoopStopAndMissingFilesAreWatched() throws {
        let handbook = try TemporaryHandbook([
            "src/a.md": "# A\n\n{{#include a.md}} {{#include a.md}} {{#include a.md}}\n\n{{#include later.rs}}\n",
        ], config: "title: Book\nlanguage: en\nfolders:\n  chapters: src\n")
        let (loaded, diagnostics) = Handbook.load(root: handbook.root)
        #expect(diagnostics.sorted.map { $0.description } == [
            "src/a.md:3:1: error: 'a.md' includes itself, through the files it includes, so it is left out here",
            "src/a.md:3:19: error: 'a.md' includes itself, through the files it includes, so it is left out here",
            "src/a.md:3:37: error: 'a.md' includes itself, through the files it includes, so it is left out here",
            "src/a.md:5:1: error: the file to include, 'later.rs', is not a file inside the handbook; fix the path",
        ])
        try handbook.write("fn later() {}\n", to: "src/later.rs")
        let (reloaded, again) = try #require(loaded).reloaded(changed: ["src/later.rs"])
        #expect(!again.sorted.map { $0.description }.contains { $0.contains("later.rs") })
        #expect(try #require(reloaded?.book.chapters.first?.document).text.contains("fn later() {}"))
    }

    /// Hugo's documentation includes with `{{% include "/_common/x.md" %}}`, Docsy with `readfile`.
    @Test func hugoIncludeAndReadfileShortcodesPutTheFileInPlace() throws {
        let handbook = try TemporaryHandbook(
            [
                "content/en/config/locale.md": "# Locale\n\n{{% include \"/_common/locale.md\" %}}\n\n{{< readfile file=\"note.md\" >}}\n\nSee [the setting](#setting), [lost](#lost).\n",
                "content/en/_common/locale.md": "## Setting\n\nThe locale of the site.\n",
                "content/en/config/note.md": "Written beside the page.\n",
                // Not beside the page: from the content folder, as Hugo finds it.
                "content/en/config/other.md": "# Other\n\n{{% include \"_common/locale.md\" %}}\n",
            ], config: "title: Hugo\nlanguage: en\nfolders:\n  chapters: content/en\n")
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.diagnostics.sorted.map { $0.description }.filter { $0.contains("error") } == [
            "content/en/config/locale.md:7:25: error: no heading with the anchor '#lost' on this page; its anchors: #locale, #setting",
        ])
        try handbook.write(try handbook.read("content/en/config/locale.md").replacingOccurrences(of: ", [lost](#lost)", with: ""), to: "content/en/config/locale.md")
        #expect(!BuildPipeline(root: handbook.root).build(epub: false).diagnostics.hasErrors)
        let html = try handbook.read("site/config/locale.html")
        #expect(html.contains("<h2 id=\"setting\">Setting</h2>\n<p>The locale of the site.</p>"))
        #expect(html.contains("<p>Written beside the page.</p>"))
        #expect(!html.contains("include") && !html.contains("readfile"))
        #expect(try handbook.read("site/config/other.html").contains("<p>The locale of the site.</p>"))
    }

    /// With the pages at the project's top, the project's own files are no assets unless linked.
    @Test func aProjectAtTheTopPublishesOnlyTheFilesItsPagesLink() throws {
        let handbook = try TemporaryHandbook(
            [
                "README.md": "# Start\n\n![Схема](img/flow.png) и [бланк](forms/claim.pdf).\n",
                "img/flow.png": "png", "img/unused.png": "png", "forms/claim.pdf": "pdf",
                "package.json": "{}", "404.html": "<h1>{{ site.description }}</h1>",
            ], config: "title: Руководство\nlanguage: ru\nfolders:\n  chapters: .\noutput: ../site-top\n")
        let (loaded, _) = Handbook.load(root: handbook.root)
        #expect(try #require(loaded).book.assets == ["forms/claim.pdf", "img/flow.png"])
    }

    @Test func aPageWithTheSlugIndexIsItsFoldersPage() throws {
        let handbook = try TemporaryHandbook(["Handbook/guide/overview.md": "---\nslug: index\ntitle: Обзор\n---\n", "Handbook/guide/b.md": "# Б\n"])
        let (loaded, diagnostics) = Handbook.load(root: handbook.root)
        #expect(try #require(loaded).book.readingOrder.map(\.title) == ["Обзор", "Б"])
        #expect(!diagnostics.hasErrors)
    }

    @Test func strictFailsOnWhatTheOtherToolsKeysLeaveOut() throws {
        let handbook = try TemporaryHandbook(copying: TemporaryHandbook.fixture("jekyll"))
        let report = BuildPipeline(root: handbook.root).check()
        #expect(!report.failed(strict: false))
        #expect(report.failed(strict: true))
    }

    @Test func redirectsThatCollideAreLeftOutWithAWarning() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "---\ntitle: A\naliases: [/b.html, /rules/, 'https://x.example/old', /shared/]\n---\n",
            "Handbook/b.md": "---\ntitle: B\nredirect_from: /shared/\n---\n",
        ])
        let (loaded, diagnostics) = Handbook.load(root: handbook.root)
        let book = try #require(loaded).book
        #expect(book.redirects == [PageRedirect(path: "shared/index.html", pageID: "a")])
        #expect(diagnostics.sorted.map(\.description) == [
            "Handbook/a.md:3:10: warning: the old address '/b.html' is the address of a page of this site, so it gets no redirect page",
            "Handbook/a.md:3:10: warning: the old address '/rules/' is the address of a page of this site, so it gets no redirect page",
            "Handbook/a.md:3:10: warning: the old address 'https://x.example/old' is not a path inside the site (like '/old/page/'), so it gets no redirect page",
            "Handbook/b.md:3:16: warning: the old address '/shared/' is also an old address of another page ('a'), so it gets no redirect page",
        ])
    }
}

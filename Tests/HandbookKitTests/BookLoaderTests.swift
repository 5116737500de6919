import Foundation
import HandbookKit
import Testing
import TestSupport
import SourceFiles

private func load(_ files: [String: String], config: String = "title: Тест\n") throws -> (Book, [String]) {
    let handbook = try TemporaryHandbook(files, config: config)
    let (parsedConfig, configProblems) = HandbookConfig.load(root: handbook.root)
    #expect(!configProblems.hasErrors)
    let (book, diagnostics) = BookLoader(root: handbook.root, config: try #require(parsedConfig)).load()
    var all = diagnostics
    all.append(contentsOf: BookCheck.run(book))
    return (book, all.sorted.map(\.description))
}

@Suite struct BookLoaderTests {
    @Test func ordersByPrefixThenOrderAndNestsFolders() throws {
        let (book, problems) = try load([
            "Handbook/index.md": "---\ntitle: Добро пожаловать\n---\nПривет.\n",
            "Handbook/02-principles.md": "---\ntitle: Принципы\n---\n",
            "Handbook/01-how-to-use.md": "---\ntitle: Как пользоваться\nsummary: Коротко\n---\n",
            "Handbook/03-standards/index.md": "---\ntitle: Стандарты\n---\n",
            "Handbook/03-standards/02-email.md": "---\ntitle: Письмо\n---\n",
            "Handbook/03-standards/10-tone.md": "---\ntitle: Тон\norder: 1\n---\n",
            "Handbook/appendix.md": "---\ntitle: Приложение\n---\n",
        ])
        #expect(problems.isEmpty)
        #expect(book.home?.title == "Добро пожаловать")
        #expect(book.readingOrder.map(\.id) == [
            "how-to-use", "principles", "standards/index", "standards/tone", "standards/email", "appendix",
        ])
        #expect(book.chapters[0].summary == "Коротко")
        #expect(book.chapters[2].children.map(\.title) == ["Тон", "Письмо"])
    }

    /// A README is its folder's page, as mdBook, GitBook and GitHub show it; an index page wins.
    @Test func readmeIsTheFoldersPageAndDigitsInANameStay() throws {
        let (book, problems) = try load([
            "Handbook/README.md": "# Start\n\n[guides](guides/), [both](both/), [security](18f/2fa.md)\n",
            "Handbook/guides/readme.md": "# Guides\n",
            "Handbook/guides/ruby.md": "# Ruby\n\n[up](./), [readme](README.md)\n",
            "Handbook/both/index.md": "# Both\n",
            "Handbook/both/README.md": "# Notes\n",
            "Handbook/18f/2fa.md": "# Two factors\n",
        ])
        #expect(problems.isEmpty, "\(problems)")
        #expect(book.home?.title == "Start")
        #expect(book.readingOrder.map(\.id) == ["18f/index", "18f/2fa", "both/index", "both/readme", "guides/index", "guides/ruby"])
        #expect(book.chapters.map(\.title) == ["18f", "Both", "Guides"])
    }

    /// GitBook writes paths with spaces in angle brackets and escapes `_` in its summary.
    @Test func gitBookSummaryWithAngleBracketsAndEscapes() throws {
        let (book, problems) = try load([
            "Handbook/SUMMARY.md": "# Table of contents\n\n* [agile planning](<agile  planning.md>)\n* [down\\_time](DEPLOY/down\\_time.md)\n",
            "Handbook/agile  planning.md": "# Agile\n",
            "Handbook/DEPLOY/down_time.md": "# Down\n",
        ])
        #expect(problems.isEmpty, "\(problems)")
        #expect(book.readingOrder.map(\.title) == ["agile planning", "down_time"])
    }

    /// The items of an entry left out (a missing file, a page listed twice, the front page) take
    /// its place, keeping their own nesting, instead of nesting under the entry before it.
    @Test func itemsOfALeftOutEntryTakeItsPlace() throws {
        let (book, problems) = try load([
            "Handbook/SUMMARY.md": """
                - [One](one.md)
                - [Missing](missing.md)
                  - [Two](two.md)
                    - [Three](three.md)
                - [Four](four.md)
                - [One again](one.md)
                  - [Five](five.md)
                - [Intro](README.md)
                  - [Six](six.md)
                - [Seven](seven.md)
                  - [Gone](gone.md)
                        - [Eight](eight.md)
                      - [Nine](nine.md)
                """,
            "Handbook/README.md": "# Intro\n",
            "Handbook/one.md": "# One\n",
            "Handbook/two.md": "# Two\n",
            "Handbook/three.md": "# Three\n",
            "Handbook/four.md": "# Four\n",
            "Handbook/five.md": "# Five\n",
            "Handbook/six.md": "# Six\n",
            "Handbook/seven.md": "# Seven\n",
            "Handbook/eight.md": "# Eight\n",
            "Handbook/nine.md": "# Nine\n",
        ])
        #expect(problems.count == 3, "\(problems)")
        #expect(book.chapters.map(\.title) == ["One", "Two", "Four", "Five", "Six", "Seven"])
        // Items less deep than the first under a left-out entry still stay at its place.
        #expect(book.chapters[5].children.map(\.title) == ["Eight", "Nine"])
        #expect(book.chapters[1].children.map(\.title) == ["Three"])
        #expect(book.chapters[0].children.isEmpty && book.chapters[2].children.isEmpty)
    }

    @Test func cyrillicNamesGetStableLatinSlugs() throws {
        let (book, problems) = try load([
            "Handbook/01-Принципы работы.md": "# Принципы работы\n",
            "Handbook/02-жалобы/01-ёлки-палки.md": "# Ёлки\n",
        ])
        #expect(problems.contains { $0.contains("no title") } == false)
        #expect(book.readingOrder.map(\.id) == ["printsipy-raboty", "zhaloby/index", "zhaloby/yolki-palki"])
        #expect(book.readingOrder[0].titleIsFirstHeading)
        #expect(book.readingOrder[1].title == "Жалобы")
        #expect(book.readingOrder[1].sourcePath == "Handbook/02-жалобы")
    }

    @Test func slugFromFrontMatterWinsAndIsValidated() throws {
        let (book, problems) = try load([
            "Handbook/01-a.md": "---\ntitle: A\nslug: custom-name\n---\n",
            "Handbook/02-b.md": "---\ntitle: B\nslug: Не Так\n---\n",
        ])
        #expect(book.readingOrder.map(\.id) == ["custom-name", "b"])
        #expect(problems == [
            "Handbook/02-b.md:3:7: warning: slug 'Не Так' must be lower-case Latin letters, digits and single hyphens, like 'ne-tak'; the page keeps the address of its file name",
        ])
    }

    @Test func duplicateSlugsAreAnError() throws {
        let (_, problems) = try load([
            "Handbook/01-intro.md": "# Один\n",
            "Handbook/intro.md": "# Два\n",
            "Handbook/02-part/a.md": "# A\n",
            "Handbook/03-part/b.md": "# B\n",
        ])
        #expect(problems == [
            "Handbook/03-part: error: this page and Handbook/02-part both become 'part/index.html'; rename one or set 'slug:' in its front matter",
            "Handbook/intro.md:1:1: error: this page and Handbook/01-intro.md both become 'intro.html'; rename one or set 'slug:' in its front matter",
        ])
    }

    @Test func brokenFrontMatterIsPositionedInTheFile() throws {
        let (_, problems) = try load([
            "Handbook/a.md": "---\ntitle: A\nsummary: [oops\n---\nтекст\n",
            "Handbook/b.md": "---\ntitle: B\ntitel: x\n---\n",
            "Handbook/c.md": "---\ntitle: C\n\nтекст без конца\n",
            "Handbook/d.md": "---\norder: first\ntitle: D\n---\n",
            "Handbook/e.md": "---\ntitle: E\nredirect_to: https://example.com/e\n---\n![](pic.png)\n",
            "Handbook/pic.png": "png",
        ], config: "title: Test\nlanguage: en\n")
        #expect(problems.contains { $0.hasPrefix("Handbook/a.md:4:1: error: invalid YAML:") })
        #expect(problems.contains(
            "Handbook/b.md:3:1: warning: unknown key 'titel' in front matter is left out; did you mean 'title'?"))
        #expect(problems.contains(
            "Handbook/c.md:1:1: error: front matter opened with '---' is never closed; end it with a line holding only '---'"))
        #expect(problems.contains("Handbook/d.md:2:8: error: 'order' should be a number, like 'order: 3'"))
        // Jekyll's `redirect_to` is a key of another tool, not a typo of `redirect_from`.
        #expect(problems.contains(
            "Handbook/e.md:3:1: warning: front matter key 'redirect_to' is not used here and is left out (a page does not send its readers elsewhere; link to the address it names instead): on this page; remove it when it is no longer needed"))
        #expect(problems.contains(
            "Handbook/e.md:5:1: warning: the image has no description; write what it shows between the brackets: ![description](pic.png)"))
    }

    @Test func pageWithoutTitleTakesItsFirstHeadingElseItsFileName() throws {
        let (book, problems) = try load([
            "Handbook/01-heading-later.md": "Просто текст.\n\n## Второй\n\n# Не первый заголовок\n",
            "Handbook/02-bez-zagolovka.md": "Просто текст.\n",
            "Handbook/03-part/index.md": "Текст раздела.\n",
        ])
        #expect(book.readingOrder.map(\.title) == ["Не первый заголовок", "Bez zagolovka", "Part"])
        #expect(problems == [
            "Handbook/02-bez-zagolovka.md:1:1: warning: the page has no title, so it is called 'Bez zagolovka' after its file; add 'title: …' to its front matter or start it with '# Title'",
            "Handbook/03-part/index.md:1:1: warning: the page has no title, so it is called 'Part' after its file; add 'title: …' to its front matter or start it with '# Title'",
        ])
    }

    @Test func otherToolsKeysMeanTheSameOrAreReportedOncePerKey() throws {
        let (book, problems) = try load([
            "Handbook/a.md": "---\ntitle: A\nweight: 3\nlayout: page\ndescription: Про А\n---\n",
            "Handbook/b.md": "---\ntitle: B\nnav_order: 1\nlayout: page\n---\n",
            "Handbook/c.md": "---\ntitle: C\nsidebar_position: 2\norder: 9\nweight: 0\n---\n",
            "Handbook/d.md": "---\ntitle: D\ndraft: true\n---\n",
        ])
        #expect(book.readingOrder.map(\.id) == ["b", "a", "c"])
        #expect(book.readingOrder[1].summary == "Про А")
        #expect(problems == [
            "Handbook/a.md:4:1: warning: front matter key 'layout' is not used here and is left out (the site has one layout, its theme's): on 2 pages, the first is this one; remove it when it is no longer needed",
        ])
    }

    @Test func invalidUTF8ChapterIsADiagnostic() throws {
        let handbook = try TemporaryHandbook(["Handbook/ok.md": "# Хорошо\n"])
        try handbook.write(Data("# Плохо\n\nтекст ".utf8) + Data([0xFF, 0x41]), to: "Handbook/bad.md")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(diagnostics.items.map(\.description) == [
            "Handbook/bad.md:3:7: error: the file is not valid UTF-8 (first bad byte here); save it as UTF-8",
        ])
        #expect(book.readingOrder.map(\.id) == ["ok"])
    }

    @Test func reservedAndMissingFolders() throws {
        let (nested, fine) = try load(["Handbook/01-part/assets.md": "# A\n", "Handbook/01-part/examples/a.md": "# B\n"])
        #expect(fine.isEmpty)
        #expect(nested.readingOrder.map(\.id) == ["part/index", "part/assets", "part/examples/index", "part/examples/a"])
        let (renamed, problems) = try load(["Handbook/assets.md": "# A\n", "Handbook/404.md": "# Не найдено\n"])
        #expect(renamed.readingOrder.map(\.id) == ["404", "assets-page"])
        #expect(problems == ["Handbook/assets.md: warning: the name 'assets' is used by the site itself, so the page is 'assets-page.html'; rename 'assets.md' or set another 'slug:'"])
        let (_, missing) = try load([:], config: "title: T\nfolders:\n  chapters: Nowhere\n")
        #expect(missing == ["handbook.yml: error: the chapters folder 'Nowhere' does not exist; create it or set 'folders: chapters:'"])
    }

    @Test func otherFilesBecomeAssets() throws {
        let (book, _) = try load(["Handbook/01-a/img/схема.png": "png", "Handbook/01-a/b.md": "# B\n", "Handbook/.hidden": "x"])
        #expect(book.assets == ["01-a/img/схема.png"])
    }

    @Test func linkedFoldersAndLinksToNothingAreLeftOutWithAWarning() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# А\n", "Handbook/01-part/b.png": "png"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: handbook.url("Handbook/self").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: handbook.url("Handbook/01-part/up").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: handbook.url("Handbook/gone.png").path, withDestinationPath: "nowhere.png")
        try manager.createSymbolicLink(atPath: handbook.url("Handbook/b-link.png").path, withDestinationPath: "01-part/b.png")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(diagnostics.sorted.map(\.description) == [
            "Handbook/01-part/up: warning: a symbolic link to a folder is left out; copy the folder into the book, or link the files inside it one by one",
            "Handbook/gone.png: warning: a symbolic link to nothing is left out; remove it or point it at a file",
            "Handbook/self: warning: a symbolic link to a folder is left out; copy the folder into the book, or link the files inside it one by one",
        ])
        #expect(book.assets == ["01-part/b.png", "b-link.png"])
        #expect(book.readingOrder.map(\.id) == ["a"])
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Принципы работы", "printsipy-raboty"),
        ("Щука, ёж и чай!", "shchuka-yozh-i-chay"),
        ("Café au lait", "cafe-au-lait"),
        ("  --FAQ--  ", "faq"),
        ("объём", "obyom"),
        // ASCII alone, read as bytes: the same hyphens between the same letters and digits.
        ("Hello, World_2!", "hello-world-2"),
        ("a\r\nb\tc", "a-b-c"),
        ("18F Guides v2.0", "18f-guides-v2-0"),
        ("...", ""),
    ])
    func transliterates(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test func splitsNumericPrefixes() {
        #expect(Slug.splitPrefix("03-standards").number == 3)
        #expect(Slug.splitPrefix("03-standards").rest == "standards")
        #expect(Slug.splitPrefix("standards").number == nil)
        #expect(Slug.splitPrefix("2024").rest == "2024")
        #expect(Slug.splitPrefix("18f").number == nil)
        #expect(Slug.splitPrefix("18f").rest == "18f")
        #expect(Slug.splitPrefix("2fa").rest == "2fa")
        #expect(Slug.splitPrefix("01_intro") == (1, "intro"))
    }
}

import Foundation
import HandbookKit
import SiteRenderer
import Testing
import TestSupport

/// Renders a handbook into memory.
func renderSite(
    _ files: [String: String], config: String = "title: Тест\n",
    inlineSidebarLimit: Int = SiteRenderer.defaultInlineSidebarLimit
) throws -> MemoryOutput {
    let handbook = try TemporaryHandbook(files, config: config)
    let parsed = try #require(HandbookConfig.load(root: handbook.root).0)
    let (book, diagnostics) = BookLoader(root: handbook.root, config: parsed).load()
    #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
    let output = MemoryOutput()
    try SiteRenderer(book: book, sourceRoot: handbook.root, inlineSidebarLimit: inlineSidebarLimit).render(to: output)
    return output
}

@Suite struct SiteRendererTests {
    static let sample: [String: String] = [
        "Handbook/index.md": "---\ntitle: Главная\n---\nДобро пожаловать.\n",
        "Handbook/01-intro.md": "---\ntitle: Введение\nsummary: С чего начать\n---\n## Первое\n\n### Детали\n\n[Письмо](02-standards/01-email.md#тема)\n",
        "Handbook/02-standards/index.md": "---\ntitle: Стандарты\n---\nОбщее.\n",
        "Handbook/02-standards/01-email.md": "---\ntitle: Письмо\n---\n## Тема\n\n![схема](img/s.png) [назад](../01-intro.md)\n",
        "Handbook/02-standards/img/s.png": "PNG",
    ]

    @Test func writesEveryPageAndAsset() throws {
        let site = try renderSite(Self.sample)
        #expect(Set(site.files.keys) == [
            "index.html", "intro.html", "standards/index.html", "standards/email.html", "print.html", "assets/style.css", "assets/handbook.js",
            "assets/search.js", "media/02-standards/img/s.png", "search/index.js", "search/stemmer.js", "search/text/index.js",
            "search/text/intro.js", "search/text/standards/index.js", "search/text/standards/email.js",
        ])
    }

    @Test func pagesFromAFileLinkWhereToEditIt() throws {
        var files = Self.sample
        files["Handbook/03 Разное.md"] = "---\ntitle: Разное\n---\nТекст.\n"
        let site = try renderSite(files, config: "title: Тест\nedit-url: https://git.example.com/h/edit/main/{path}\n")
        let edit = { (path: String) in "<p class=\"edit-page\"><a href=\"https://git.example.com/h/edit/main/\(path)\">Предложить правку</a></p>\n</article>" }
        #expect(try #require(site.text("standards/email.html")).contains(edit("Handbook/02-standards/01-email.md")))
        #expect(try #require(site.text("index.html")).contains(edit("Handbook/index.md")))
        #expect(try #require(site.text("raznoe.html")).contains(edit("Handbook/03%20%D0%A0%D0%B0%D0%B7%D0%BD%D0%BE%D0%B5.md")))
        #expect(try #require(site.text("print.html")).contains("edit-page") == false)
        #expect(try #require(try renderSite(Self.sample).text("intro.html")).contains("edit-page") == false)
    }

    @Test func frontPageListsTheWholeContents() throws {
        let index = try #require(try renderSite(Self.sample).text("index.html"))
        #expect(index.contains("<html lang=\"ru\">"))
        #expect(index.contains("<p>Добро пожаловать.</p>"))
        #expect(index.contains("<li><a href=\"intro.html\">Введение</a><span class=\"summary\">С чего начать</span></li>"))
        #expect(index.contains("<a href=\"standards/email.html\">Письмо</a>"))
        #expect(index.contains("<a class=\"pager-next\" rel=\"next\" href=\"intro.html\">"))
    }

    @Test func sidebarMarksTheCurrentPageAndLinksWorkFromSubfolders() throws {
        let page = try #require(try renderSite(Self.sample).text("standards/email.html"))
        #expect(page.contains("<li><a href=\"../standards/email.html\" aria-current=\"page\">Письмо</a></li>"))
        #expect(page.contains("<li><a href=\"../intro.html\">Введение</a></li>"))
        #expect(page.components(separatedBy: "aria-current").count == 2)
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(page.contains("<img src=\"../media/02-standards/img/s.png\" alt=\"схема\" />"))
        #expect(page.contains("<a href=\"../intro.html\">назад</a>"))
        #expect(page.contains("rel=\"prev\" href=\"index.html\"><span>Назад</span>Стандарты</a>"))
        #expect(!page.contains("rel=\"next\""))
    }

    @Test func pagesHaveAnchorsAndAnOnPageContents() throws {
        let page = try #require(try renderSite(Self.sample).text("intro.html"))
        #expect(page.contains("<h2 id=\"первое\">Первое</h2>"))
        #expect(page.contains("<li class=\"toc-level-3\"><a href=\"#детали\">Детали</a></li>"))
        #expect(page.contains("<a href=\"standards/email.html#%D1%82%D0%B5%D0%BC%D0%B0\">Письмо</a>"))
    }

    @Test func largeBooksShareOneSidebarScript() throws {
        var files = Self.sample
        files["Handbook/03-hostile.md"] = "---\ntitle: '</script><script>alert(1)</script>\\\" '\n---\n"
        let site = try renderSite(files, inlineSidebarLimit: 2)
        let page = try #require(site.text("standards/email.html"))
        #expect(page.contains(
            "<script src=\"../assets/toc.js\" data-page=\"standards/email.html\"></script><noscript><a href=\"../index.html\">Содержание</a></noscript>"))
        #expect(!page.contains("<ol class=\"toc\">"))
        let script = try #require(site.text("assets/toc.js"))
        #expect(script.contains("<li><a href=\\\"standards/email.html\\\">Письмо</a></li>"))
        #expect(script.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\\\&quot;"))
        #expect(!script.contains("</script>"))
        #expect(try renderSite(Self.sample).text("assets/toc.js") == nil)
    }

    @Test func sectionPagesListTheirChapters() throws {
        let page = try #require(try renderSite(Self.sample).text("standards/index.html"))
        #expect(page.contains("<h2>В этом разделе</h2>"))
        #expect(page.contains("<a href=\"email.html\">Письмо</a>"))
    }

    @Test func russianTypographyGluesShortWordsAndDashes() throws {
        let page = try #require(try renderSite(["Handbook/a.md": "# A\n\nОтвет в чате — за 5 минут, «ёлочки» как есть.\n"]).text("a.html"))
        #expect(page.contains("Ответ в\u{00A0}чате\u{00A0}— за\u{00A0}5\u{00A0}минут, «ёлочки» как есть."))
        let english = try #require(try renderSite(["Handbook/a.md": "# A\n\nIt is a test — ok.\n"], config: "title: T\nlanguage: en\n").text("a.html"))
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("It is a test — ok."))
        #expect(english.contains("On this page") == false)
        #expect(english.contains("Skip to content"))
    }

    @Test func everythingFromTheSourcesIsEscaped() throws {
        let hostile = "<script>alert(1)</script>\" onload=\"x"
        let site = try renderSite([
            "Handbook/a.md": "---\ntitle: '\(hostile)'\nsummary: '\(hostile)'\n---\n## \(hostile)\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n",
        ], config: "title: '\(hostile)'\ndescription: '\(hostile)'\nauthor: '\(hostile)'\n")
        for (path, data) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("\" onload=\""), "\(path)")
            #expect(!html.contains("onerror=alert"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
        }
        let page = try #require(site.text("a.html"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x</h1>"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLWhenTheHandbookOptsIn() throws {
        let page = try #require(try renderSite(
            ["Handbook/a.md": "# A\n\n<kbd>Ctrl</kbd>\n\n<script>x</script>\n"],
            config: "title: T\nmarkdown:\n  raw-html: true\n").text("a.html"))
        #expect(page.contains("<kbd>Ctrl</kbd>"))
        #expect(page.contains("&lt;script>x&lt;/script>"))
    }
}

/// `markdown.raw-html: true` trusts the authors' HTML, never a Markdown link to a script.
@Suite struct ScriptLinkTests {
    static let links = """
        # Ссылки

        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](&#106;avascript:alert(3)) [d](javascript&colon;alert(4))
        <javascript:alert(5)> [e][ref] [f](vbscript:msgbox(6)) [g](data:text/html,x) ![h](file:///etc/passwd)
        [ok](https://example.com) ![pic](data:image/png;base64,AA==)

        [ref]: VBScript:msgbox(7)

        <b>сырой HTML</b>

        """

    @Test(arguments: [false, true])
    func markdownLinksNeverRunScripts(rawHTML: Bool) throws {
        let example = "---\ntitle: П\nchannel: chat\ntopic: t\nverdict: good\n---\n\n<i>курсив</i> [x](javascript:alert(8))\n\n```dialogue\nклиент: Где?\nагент: Здесь, сегодня до 18:00.\n```\n"
        let site = try renderSite(
            ["Handbook/a.md": Self.links, "Examples/one.md": example], config: "title: Т\nmarkdown:\n  raw-html: \(rawHTML)\n")
        let page = try #require(site.text("a.html"))
        for scheme in ["javascript:", "vbscript:", "data:text", "file:"] {
            #expect(!page.lowercased().contains("href=\"\(scheme)"), "\(scheme)")
            #expect(!page.lowercased().contains("src=\"\(scheme)"), "\(scheme)")
        }
        #expect(page.components(separatedBy: "href=\"\"").count == 9, "eight links to nothing")
        #expect(page.contains("<img src=\"\" alt=\"h\""))
        #expect(page.contains("<a href=\"https://example.com\">ok</a>"))
        #expect(page.contains("src=\"data:image/png;base64,AA==\""))
        #expect(page.contains("<b>сырой HTML</b>") == rawHTML)
        let examplePage = try #require(site.text("examples/one.html"))
        #expect(!examplePage.contains("<i>курсив</i>"), "raw HTML is for chapters only")
        #expect(!examplePage.contains("javascript:"))
    }

    @Test func checkWarnsAboutThem() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# А\n\n[x](JavaScript:alert(1)) [y](https://example.com)\n\n```compare\nРасплывчато: [z](vbscript:x)\nКонкретно: да\n```\n",
        ])
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, _) = BookLoader(root: handbook.root, config: config).load()
        #expect(BookCheck.run(book).items.map(\.description) == [
            "Handbook/a.md:3:1: warning: a link to 'JavaScript:alert(1)' would run a script or open a local file, so the page shows it as a link to nothing; remove it",
            "Handbook/a.md:6:1: warning: a link to 'vbscript:x' would run a script or open a local file, so the page shows it as a link to nothing; remove it",
        ])
    }
}

import Foundation
import HandbookBuild
import HandbookKit
import SiteRenderer
import Testing
import TestSupport

/// The lint page, `lint/index.html`: on the site of a handbook with a lint style, linked from
/// every page's sidebar, in the handbook's language, never in the book.
@Suite struct LintPageTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let files: [String: String] = [
        "Handbook/index.md": "---\ntitle: Главная\n---\nДобро пожаловать.\n",
        "Handbook/01-intro.md": "---\ntitle: Введение\n---\nТекст.\n",
        "Handbook/02-standards/index.md": "---\ntitle: Стандарты\n---\nОбщее.\n",
        "Handbook/02-standards/01-email.md": "---\ntitle: Письмо\n---\nТекст.\n",
    ]

    private static let rules = [RuleSummary(id: "chat.ladder", level: "warning", description: "Лесенка", message: "Лесенка")]

    /// The site of `files`, with `rules` as its lint style's.
    private func site(
        _ files: [String: String] = files, config: String = "title: Тест\n", rules: [RuleSummary] = rules,
        inlineSidebarLimit: Int = SiteRenderer.defaultInlineSidebarLimit
    ) throws -> MemoryOutput {
        let handbook = try TemporaryHandbook(files, config: config)
        let parsed = try #require(HandbookConfig.load(root: handbook.root).0)
        var (book, diagnostics) = BookLoader(root: handbook.root, config: parsed).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
        book.rules = rules
        let output = MemoryOutput()
        try SiteRenderer(book: book, sourceRoot: handbook.root, inlineSidebarLimit: inlineSidebarLimit).render(to: output)
        return output
    }

    /// The value of the attribute `name` on `html`'s first element that has it, unescaped.
    private func attribute(_ name: String, in html: String) throws -> String {
        let start = try #require(html.range(of: " \(name)=\"")).upperBound
        let end = try #require(html[start...].firstIndex(of: "\""))
        return html[start..<end].replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func theSiteHasThePageAndItsScript() throws {
        let site = try site()
        let page = try #require(site.text("lint/index.html"))
        #expect(page.contains("<html lang=\"ru\">"))
        #expect(page.contains("<title>Проверка ответа — Тест</title>"))
        #expect(page.contains("<h1>Проверка ответа</h1>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(page.contains("<script src=\"../assets/lint.js\" defer></script>"))
        // Without a server the page says how to start one, and the form waits hidden.
        #expect(page.contains("<pre><code>handbook serve</code></pre>"))
        #expect(page.contains("<a href=\"http://127.0.0.1:8000/lint/\">http://127.0.0.1:8000/lint/</a>"))
        #expect(page.contains("<form class=\"lint-form\" hidden>"))
        #expect(page.contains("<label for=\"lint-draft\">Черновик ответа</label>"))
        #expect(page.contains("<div class=\"lint-live\" aria-live=\"polite\">"))
        let script = try #require(site.text("assets/lint.js"))
        #expect(script.contains("\"../api/lint\"") && script.contains("\"../healthz\"") && script.contains("AbortController"))
        #expect(try #require(site.text("assets/style.css")).contains(".lint-backdrop"))
    }

    @Test func theScriptGetsTheWordsAndTheRoleLabels() throws {
        let page = try #require(try site(config: "title: Тест\ndialogue:\n  client: [Покупатель, Клиент]\n  agent: [Оператор]\n").text("lint/index.html"))
        let strings = try #require(try JSONSerialization.jsonObject(with: Data(attribute("data-strings", in: page).utf8)) as? [String: String])
        #expect(strings["noFindings"] == "Замечаний нет.")
        #expect(strings["count"] == "Замечаний: {count}." && strings["quoted"] == "«{match}»")
        #expect(strings["error"] == "ошибка" && strings["warning"] == "предупреждение" && strings["suggestion"] == "совет")
        #expect(try attribute("data-client-roles", in: page) == "[\"Покупатель\",\"Клиент\"]")
        #expect(try attribute("data-agent-roles", in: page) == "[\"Оператор\"]")
        // The hint shows the handbook's own first labels.
        #expect(page.contains("«покупатель:\u{00A0}…» и\u{00A0}«оператор:\u{00A0}…»"))
    }

    @Test func everyPageLinksItAboveTheContents() throws {
        let site = try site()
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == ["index.html", "intro.html", "lint/index.html", "print.html", "rules/chat.ladder.html", "rules/index.html", "standards/email.html", "standards/index.html"])
        let tools = [("lint/index.html", "Проверка ответа"), ("rules/index.html", "Правила линтера"), ("print.html", "Всё руководство на одной странице")]
        for path in pages {
            let page = try #require(site.text(path))
            let root = String(repeating: "../", count: path.count { $0 == "/" })
            let links = tools.map { tool, title in
                "<li><a href=\"\(root)\(tool)\"\(tool == path ? " aria-current=\"page\"" : "")>\(title)</a></li>\n"
            }
            #expect(page.contains("<ul class=\"sidebar-tools\">\n" + links.joined() + "</ul>\n<ol class=\"toc\">"), "\(path)")
            #expect(page.components(separatedBy: "aria-current").count == (["index.html", "rules/chat.ladder.html"].contains(path) ? 1 : 2), "\(path)")
        }
    }

    @Test func theSharedContentsScriptLinksItToo() throws {
        let site = try site(inlineSidebarLimit: 2)
        let page = try #require(site.text("lint/index.html"))
        #expect(page.contains("<script src=\"../assets/toc.js\" data-page=\"lint/index.html\"></script>"))
        #expect(!page.contains("sidebar-tools"))
        let script = try #require(site.text("assets/toc.js"))
        #expect(script.contains("<ul class=\\\"sidebar-tools\\\">\\n<li><a href=\\\"lint/index.html\\\">Проверка ответа</a></li>\\n"))
        #expect(script.contains("<li><a href=\\\"rules/index.html\\\">Правила линтера</a></li>\\n<li><a href=\\\"print.html\\\">"))
        // The tool links are not chapters: four chapters are not past the limit of two plus one.
        #expect(try self.site(inlineSidebarLimit: 4).text("assets/toc.js") == nil)
    }

    @Test func anEnglishHandbookGetsItInEnglish() throws {
        let site = try site(config: "title: Test\nlanguage: en\n")
        let page = try #require(site.text("lint/index.html"))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<h1>Check a reply</h1>"))
        #expect(page.contains("<label for=\"lint-draft\">Your draft</label>"))
        #expect(page.contains("lines “client:\u{00A0}…” and “agent:\u{00A0}…”"))
        #expect(page.contains("Checking needs the handbook&#39;s server.") || page.contains("Checking needs the handbook's server."))
        #expect(try attribute("data-client-roles", in: page) == "[\"Client\",\"клиент\"]")
        let strings = try #require(try JSONSerialization.jsonObject(with: Data(attribute("data-strings", in: page).utf8)) as? [String: String])
        #expect(strings["noFindings"] == "No findings." && strings["replace"] == "Replace with “{suggestion}”")
        #expect(try #require(site.text("intro.html")).contains("<li><a href=\"lint/index.html\">Check a reply</a></li>"))
        #expect(!page.contains("Проверка") && !page.contains("Черновик"))
    }

    @Test func labelsAndWordsAreEscapedForTheirPlace() throws {
        let hostile = "<img src=x onerror=alert(1)>\\\"'&amp;"
        let config = "title: Тест\ndialogue:\n  client: [\"\(hostile)\", Клиент]\n  agent: [\"</script><b>\"]\n"
        let page = try #require(try site(config: config).text("lint/index.html"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("</script><b>"))
        #expect(!page.contains("onerror=alert(1)>"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // In the attribute the labels are JSON, which the script reads back as they were written.
        let roles = try #require(try JSONSerialization.jsonObject(with: Data(attribute("data-client-roles", in: page).utf8)) as? [String])
        #expect(roles == ["<img src=x onerror=alert(1)>\"'&amp;", "Клиент"])
        #expect(try attribute("data-agent-roles", in: page) == "[\"</script><b>\"]")
    }

    @Test func withoutAStyleThereIsNothingToCheck() throws {
        let site = try site(rules: [])
        #expect(site.text("lint/index.html") == nil)
        #expect(site.text("assets/lint.js") == nil)
        #expect(try #require(site.text("intro.html")).contains("lint/index.html") == false)
    }

    @Test func aThemesOwnScriptWins() throws {
        let handbook = try TemporaryHandbook(Self.files.merging(["Theme/assets/lint.js": "// the theme's"]) { $1 }, config: "title: Тест\nfolders:\n  theme: Theme\n")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.output != nil)
        #expect(try handbook.read("site/assets/lint.js") == "// the theme's")
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/lint/index.html").path))
    }

    @Test func lintIsTheSitesNameAtTheTop() throws {
        let handbook = try TemporaryHandbook(["Handbook/lint.md": "# Линт\n", "Handbook/02-part/lint.md": "# Линт внутри\n"])
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(diagnostics.items.map(\.description) == [
            "Handbook/lint.md: warning: the name 'lint' is used by the site itself, so the page is 'lint-page.html'; rename 'lint.md' or set another 'slug:'",
        ])
        #expect(book.readingOrder.map(\.id) == ["part/index", "part/lint", "lint-page"])
    }

    /// A style that comes (or goes) brings the page and every sidebar's link to it, as a fresh build does.
    @Test func aLiveSiteGainsThePageWithAStyle() throws {
        // In English, for which no style is built in: without Styles/, it has none.
        let handbook = try TemporaryHandbook(Self.files, config: "title: Test\nlanguage: en\n")
        var site = LiveSite(root: handbook.root)
        #expect(!site.diagnostics.hasErrors && site.files["lint/index.html"] == nil)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        let styleFiles = try FileManager.default.subpathsOfDirectory(atPath: handbook.url("Styles").path).map { "Styles/" + $0 }
        let update = site.update(changed: Set(styleFiles))
        #expect(update.changed.contains("lint/index.html") && update.changed.contains("assets/lint.js"))
        #expect(update.changed.contains("intro.html") && update.changed.contains("standards/email.html"))
        #expect(site.files == LiveSite(root: handbook.root).files)
        try FileManager.default.removeItem(at: handbook.url("Styles"))
        let removal = site.update(changed: Set(styleFiles))
        #expect(removal.removed.contains("lint/index.html") && removal.removed.contains("assets/lint.js"))
        #expect(removal.changed.contains("intro.html"))
        #expect(site.files == LiveSite(root: handbook.root).files)
    }
}

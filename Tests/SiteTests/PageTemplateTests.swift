import Foundation
import HandbookBuild
import SiteRenderer
import Testing
import TestSupport

@Suite struct PageTemplateTests {
    static let book: [String: String] = [
        "Handbook/index.md": "Привет.\n",
        "Handbook/01-a.md": "---\ntitle: 'A & <b>'\nsummary: Кратко\n---\n## Раздел\n\nТекст.\n",
        "Handbook/02-b/index.md": "# Б\n",
        "Handbook/02-b/01-c.md": "# В «кавычки»\n\n## Один\n\n### Два\n",
        "Handbook/03-d.md": "# Г\n",
    ]

    private func build(_ files: [String: String], template: String?) throws -> [String: Data] {
        var all = files
        var config = "title: 'Книга \"<i>\"'\ndescription: Описание & всё\nauthor: Автор\nlint:\n  style: none\n"
        if let template {
            all["Theme/page.mustache"] = template
            config += "folders:\n  theme: Theme\n"
        }
        let handbook = try TemporaryHandbook(all, config: config)
        // The pages alone: the book is dated by its sources, which two builds write at different times.
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        return try handbook.snapshot("site")
    }

    @Test func framedPagesEqualPageByPageRendering() throws {
        let framed = try build(Self.book, template: Theme.builtinTemplate)
        // A parenthesis inside a tag (here a comment) makes every page render on its own.
        let direct = try build(Self.book, template: Theme.builtinTemplate + "{{! (rendered page by page) }}")
        #expect(framed.count == 17)
        #expect(framed == direct)
    }

    @Test func escapedAndRawValuesKeepTheirMeaning() throws {
        let site = try build(
            ["Handbook/a.md": "---\ntitle: '<b>x</b> & y'\n---\n"],
            template: "{{title}}|{{{title}}}|{{#summary}}S{{/summary}}{{^summary}}no summary{{/summary}}|{{bookTitle}}")
        let page = String(decoding: try #require(site["a.html"]), as: UTF8.self)
        #expect(page == "&lt;b&gt;x&lt;/b&gt; &amp; y|<b>x</b> & y|no summary|Книга &quot;&lt;i&gt;&quot;")
    }

    /// Frames are filled at markers made of a private-use character; text holding it once
    /// pasted each page's body into `<title>` and the sidebar into `<meta>`.
    @Test(arguments: [nil, "<title>{{uppercased(title)}}</title><meta content=\"{{description}}\">{{{sidebar}}}<main>{{{content}}}</main>"])
    func textThatLooksLikeAMarkerStaysText(_ template: String?) throws {
        let marker = { (slot: Int) in "\u{F8FF}\(slot)&\u{F8FF}" }
        let handbook = try TemporaryHandbook(
            [
                "Handbook/a.md": "---\ntitle: 'Глава \(marker(0)) \(marker(2))'\n---\nТЕЛО-ГЛАВЫ\n",
                "Handbook/b.md": "# Б\n\nДругая.\n",
            ].merging(template.map { ["Theme/page.mustache": $0] } ?? [:]) { $1 },
            config: "title: \"Book \\uF8FF0&\\uF8FF end\"\ndescription: \"\\uF8FF1&\\uF8FF\"\nauthor: \"\\uF8FF1&\\uF8FF\"\n"
                + (template == nil ? "" : "folders:\n  theme: Theme\n"))
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        let page = try handbook.read("site/a.html")
        #expect(page.components(separatedBy: "ТЕЛО-ГЛАВЫ").count == 2)
        #expect(page.components(separatedBy: "b.html\">Б</a>").count == 2, "the sidebar is there once")
        #expect(page.contains(marker(0).replacingOccurrences(of: "&", with: "&amp;")))
        #expect(!page.contains(marker(0)) && !page.contains(marker(1)))
    }

    /// A template that sets other delimiters hid its transforms, and its pages were spliced.
    @Test func transformsBehindOtherDelimitersWork() throws {
        let site = try build(
            ["Handbook/a.md": "---\ntitle: Страница\nsummary: Кратко\n---\n"],
            template: "{{=<% %>=}}<h1><% uppercased(title) %>|<%& summary %></h1>")
        #expect(String(decoding: try #require(site["a.html"]), as: UTF8.self) == "<h1>СТРАНИЦА|Кратко</h1>")
    }

    @Test func transformsStillWork() throws {
        let site = try build(["Handbook/a.md": "# Заголовок\n"], template: "{{uppercased(title)}}")
        #expect(String(decoding: try #require(site["a.html"]), as: UTF8.self) == "ЗАГОЛОВОК")
    }
}

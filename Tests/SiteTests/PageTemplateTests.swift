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
        var config = "title: 'Книга \"<i>\"'\ndescription: Описание & всё\nauthor: Автор\n"
        if let template {
            all["Theme/page.mustache"] = template
            config += "folders:\n  theme: Theme\n"
        }
        let handbook = try TemporaryHandbook(all, config: config)
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        return try handbook.snapshot("site")
    }

    @Test func framedPagesEqualPageByPageRendering() throws {
        let framed = try build(Self.book, template: Theme.builtinTemplate)
        // A parenthesis inside a tag (here a comment) makes every page render on its own.
        let direct = try build(Self.book, template: Theme.builtinTemplate + "{{! (rendered page by page) }}")
        #expect(framed.count == 9)
        #expect(framed == direct)
    }

    @Test func escapedAndRawValuesKeepTheirMeaning() throws {
        let site = try build(
            ["Handbook/a.md": "---\ntitle: '<b>x</b> & y'\n---\n"],
            template: "{{title}}|{{{title}}}|{{#summary}}S{{/summary}}{{^summary}}no summary{{/summary}}|{{bookTitle}}")
        let page = String(decoding: try #require(site["a.html"]), as: UTF8.self)
        #expect(page == "&lt;b&gt;x&lt;/b&gt; &amp; y|<b>x</b> & y|no summary|Книга &quot;&lt;i&gt;&quot;")
    }

    @Test func transformsStillWork() throws {
        let site = try build(["Handbook/a.md": "# Заголовок\n"], template: "{{uppercased(title)}}")
        #expect(String(decoding: try #require(site["a.html"]), as: UTF8.self) == "ЗАГОЛОВОК")
    }
}

import Foundation
import Testing
import TestSupport

@Suite struct PrintPageTests {
    static let book: [String: String] = [
        "Handbook/index.md": "---\ntitle: Руководство\n---\nНачните с [введения](01-intro.md).\n",
        "Handbook/01-intro.md": """
            ---
            title: Введение
            ---
            ## Итоги

            См. [итоги письма](02-standards/01-email.md#итоги), [выше](#итоги), [правило](rule:chat.ladder),
            [пример](example:) и ![схема](02-standards/img/s.png). Со сноской[^1].

            [^1]: Первая сноска.

            """,
        "Handbook/02-standards/index.md": "---\ntitle: Стандарты\n---\nОбщее.\n",
        "Handbook/02-standards/01-email.md": "# Письмо\n\n## Итоги\n\n[Назад](../01-intro.md), и сноска[^1].\n\n[^1]: Вторая сноска.\n",
        "Handbook/02-standards/img/s.png": "PNG",
    ]

    private func page() throws -> String {
        try #require(try renderSite(Self.book).text("print.html"))
    }

    @Test func everyPageInReadingOrderEachInItsSection() throws {
        let page = try page()
        let sections = page.components(separatedBy: "<section class=\"print-page\" id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(sections == ["index:", "intro:", "standards/index:", "standards/email:"])
        // A page titled by its front matter gets the title; one whose text begins with it has its own.
        #expect(page.contains("id=\"intro:\">\n<h1>Введение</h1>\n<h2 id=\"intro:итоги\">Итоги</h2>"))
        #expect(page.contains("id=\"standards/email:\">\n<h1 id=\"standards/email:письмо\">Письмо</h1>"))
        #expect(page.contains("<title>Всё руководство на одной странице — Тест</title>"))
    }

    @Test func linksToChaptersLeadToTheirSections() throws {
        let page = try page()
        #expect(page.contains("<a href=\"#intro:\">введения</a>"))
        #expect(page.contains("href=\"#standards/email:%D0%B8%D1%82%D0%BE%D0%B3%D0%B8\">итоги письма</a>"))
        #expect(page.contains("href=\"#intro:%D0%B8%D1%82%D0%BE%D0%B3%D0%B8\">выше</a>"))
        #expect(page.contains("<a href=\"#intro:\">Назад</a>"))
        // The front page's contents lead to the sections too.
        #expect(page.contains("<li><a href=\"#standards/index:\">Стандарты</a>"))
    }

    @Test func linksToOtherPagesAndFilesStayLinksFromTheRoot() throws {
        let page = try page()
        #expect(page.contains("<a href=\"rules/chat.ladder.html\">правило</a>"))
        #expect(page.contains("<a href=\"examples/index.html\">пример</a>"))
        #expect(page.contains("<img src=\"media/02-standards/img/s.png\" alt=\"схема\""))
    }

    @Test func noIDTwiceAndNoAnchorLeadsNowhere() throws {
        let page = try page()
        let ids = page.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Set(ids).count == ids.count)
        let anchors = page.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(anchors.count >= 10)
        // Both chapters' first footnotes, each with its own ids both ways.
        #expect(page.contains("<a href=\"#fn-intro:1\" id=\"fnref-intro:1\" data-footnote-ref>1</a>"))
        #expect(page.contains("<li id=\"fn-standards/email:1\">"))
        #expect(page.contains("href=\"#fnref-standards/email:1\""))
        for anchor in anchors { #expect(ids.contains(anchor.removingPercentEncoding ?? anchor), "\(anchor)") }
    }

    @Test func theSitesOwnPagesAreUnchanged() throws {
        let site = try renderSite(Self.book)
        let intro = try #require(site.text("intro.html"))
        #expect(intro.contains("<h2 id=\"итоги\">Итоги</h2>"))
        #expect(intro.contains("<li id=\"fn-1\">") && intro.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"))
        #expect(intro.contains("<a href=\"standards/email.html#%D0%B8%D1%82%D0%BE%D0%B3%D0%B8\">итоги письма</a>"))
        #expect(intro.contains("<li><a href=\"print.html\">Всё руководство на одной странице</a></li>"))
    }
}

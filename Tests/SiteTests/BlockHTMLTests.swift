import Foundation
import HandbookKit
import Testing
import TestSupport

/// The handbook blocks as a page shows them, with text that tries to inject markup everywhere.
@Suite struct BlockHTMLTests {
    private func page(_ body: String, config: String = "title: Тест\n") throws -> String {
        let site = try renderSite(["Handbook/01-blocks.md": "---\ntitle: Блоки\n---\n" + body], config: config)
        let html = try #require(site.text("blocks.html"))
        let start = try #require(html.range(of: "<article class=\"page\">")), end = try #require(html.range(of: "</article>"))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func compareIsATableWithLabelledColumnsAndMarkdownInside() throws {
        let html = try page("```compare\nРасплывчато: Скоро <b>решим</b> & \"всё\"\nКонкретно: До **20 мая** — [подробнее](https://example.com)\n```\n")
        #expect(html.contains("""
            <table class="compare">
            <thead><tr><th scope="col">Расплывчато</th><th scope="col">Конкретно</th></tr></thead>
            <tbody>
            <tr><td class="compare-vague" data-label="Расплывчато"><p>Скоро <!-- raw HTML omitted -->решим<!-- raw HTML omitted --> &amp; &quot;всё&quot;</p>
            </td><td class="compare-concrete" data-label="Конкретно"><p>До\u{A0}<strong>20\u{A0}мая</strong>\u{A0}— <a href="https://example.com">подробнее</a></p>
            </td></tr>
            </tbody>
            </table>
            """))
    }

    @Test func dialogueBubblesNotesAndRuleLinks() throws {
        let html = try page("""
            ```dialogue
            клиент: Где <script>alert(1)</script> заказ?
            агент: Добрый день!
            > ✗ chat.empty-greeting: пусто <img src=x onerror=alert(1)> & "ничего"
            агент: Привезём сегодня до 18:00.
              Курьер позвонит.
            > ✓ срок назван
            ```
            """)
        #expect(html.contains("<figure class=\"dialogue\">\n<ol class=\"dialogue-messages\" aria-label=\"Диалог\">\n"))
        #expect(html.contains("<li class=\"message message-client\">\n<div class=\"bubble\"><p class=\"message-role\">Клиент</p>\n"))
        #expect(html.contains("Где <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> заказ?"))
        #expect(html.contains("<li class=\"message message-agent message-bad\">"))
        #expect(html.contains("""
            <li class="note note-bad"><span class="note-mark" aria-hidden="true">✗</span> <span class="visually-hidden">Ошибка: </span>\
            <a class="note-rule" href="rules/chat.empty-greeting.html">chat.empty-greeting</a>: \
            пусто &lt;img src=x\u{A0}onerror=alert(1)&gt; &amp; &quot;ничего&quot;</li>
            """))
        #expect(html.contains("<p>Привезём сегодня до\u{A0}18:00.<br />\nКурьер позвонит.</p>"))
        #expect(html.contains("<li class=\"message message-agent message-good\">"))
        #expect(!html.contains("<script>") && !html.contains("<img"))
    }

    @Test func ruleLinksLeadToTheSiteRootFromSubfolders() throws {
        let site = try renderSite([
            "Handbook/02-part/index.md": "---\ntitle: Часть\n---\n",
            "Handbook/02-part/01-page.md": "---\ntitle: Стр\n---\n[лесенка](rule:chat.ladder)\n```dialogue\nагент: Да\n> ✗ tone.blame: вина\n```\n",
        ])
        let page = try #require(site.text("part/page.html"))
        #expect(page.contains("href=\"../rules/tone.blame.html\""))
        let links = try self.page("[все правила](rule:) и [галерея](example:)\n")
        #expect(links.contains("<a href=\"rules/index.html\">все правила</a> и\u{A0}<a href=\"examples/index.html\">галерея</a>"))
        #expect(page.contains("<a href=\"../rules/chat.ladder.html\">лесенка</a>"))
    }

    @Test func githubAlertsBecomeTitledCallouts() throws {
        let html = try page("> [!WARNING]\n> Не обещайте <b>срок</b>, которого нет.\n\n> [!tip]\n>\n> Совет\n\n> [!NOTE] в строке\n\n> Цитата\n")
        #expect(html.contains("""
            <div class="callout callout-warning" role="note">
            <p class="callout-title">Внимание</p>
            <p>Не\u{A0}обещайте <!-- raw HTML omitted -->срок<!-- raw HTML omitted -->, которого нет.</p>
            </div>
            <div class="callout callout-tip" role="note">
            <p class="callout-title">Совет</p>
            <p>Совет</p>
            </div>
            <blockquote>
            <p>[!NOTE] в\u{A0}строке</p>
            </blockquote>
            <blockquote>
            <p>Цитата</p>
            </blockquote>
            """))
    }

    @Test func scriptCardMarksPlaceholdersAndEscapes() throws {
        let html = try page("""
            ```script
            Название: Возврат <em>в пути</em>
            Ситуация: Клиент "спрашивает" & ждёт
            ---
            {Имя}, возврат <b>оформлен</b> {дата"><script>}.
            Деньги придут до {срок}.
            ```
            """)
        #expect(html.contains("<section class=\"script\">\n<p class=\"script-title\">Возврат &lt;em&gt;в\u{A0}пути&lt;/em&gt;</p>\n"))
        #expect(html.contains("<dl class=\"script-about\">\n<dt>Ситуация</dt><dd>Клиент &quot;спрашивает&quot; &amp; ждёт</dd>\n</dl>\n"))
        #expect(html.contains("""
            <p class="script-text"><mark class="placeholder">{Имя}</mark>, возврат &lt;b&gt;оформлен&lt;/b&gt; \
            <mark class="placeholder">{дата&quot;&gt;&lt;script&gt;}</mark>.<br>
            Деньги придут до\u{A0}<mark class="placeholder">{срок}</mark>.</p>
            <button type="button" class="script-copy" hidden data-copied="Скопировано">Копировать</button>
            """))
    }

    @Test func englishHandbooksGetEnglishLabels() throws {
        let html = try page("```dialogue\nclient: Hi\nagent: Hello\n> ✓ fine\n```\n```compare\nvague: soon\nconcrete: by 5 pm\n```\n", config: "title: T\nlanguage: en\n")
        #expect(html.contains("<p class=\"message-role\">Client</p>") && html.contains("<p class=\"message-role\">Agent</p>"))
        #expect(html.contains("<span class=\"visually-hidden\">Good: </span>fine"))
        #expect(html.contains("<th scope=\"col\">Vague</th><th scope=\"col\">Concrete</th>"))
    }

    @Test func aHandbookNamesItsOwnRoles() throws {
        let html = try page("```dialogue\nгость: Где заказ?\nоператор: Уже едет.\n```\n", config: "title: Т\ndialogue:\n  client: [Гость]\n  agent: [Оператор]\n")
        #expect(html.contains("<p class=\"message-role\">Гость</p>") && html.contains("<p class=\"message-role\">Оператор</p>"))
    }

    @Test func otherFencedBlocksStayCode() throws {
        #expect(try page("```swift\nlet x = 1 < 2\n```\n").contains("<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>"))
    }

    @Test func theSiteScriptShowsCopyButtons() throws {
        let site = try renderSite(["Handbook/index.md": "---\ntitle: Т\n---\n"])
        #expect(try #require(site.text("assets/handbook.js")).contains("button.hidden = false"))
        #expect(try #require(site.text("index.html")).contains("<script src=\"assets/handbook.js\" defer></script>"))
        #expect(try #require(site.text("assets/style.css")).contains(".compare td::before { content: attr(data-label);"))
    }
}

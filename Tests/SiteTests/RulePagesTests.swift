import Foundation
import HandbookKit
import SiteRenderer
import Testing
import TestSupport

/// The pages of the lint rules, which findings and `rule:` links point at.
@Suite struct RulePagesTests {
    private func site(_ files: [String: String], rules: [RuleSummary]) throws -> MemoryOutput {
        let handbook = try TemporaryHandbook(files, config: "title: Тест\n")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        var book = BookLoader(root: handbook.root, config: config).load().0
        book.rules = rules
        let output = MemoryOutput()
        try SiteRenderer(book: book, sourceRoot: handbook.root).render(to: output)
        return output
    }

    private let rules = [
        RuleSummary(id: "chat.ladder", name: "Лесенка <i>", level: "warning", description: "Лесенка <b>сообщений</b>", message: "«{match}» — лесенка"),
        RuleSummary(id: "tone.blame", level: "error", description: "Обвинение клиента", message: "Не обвиняйте"),
    ]

    @Test func theIndexListsEveryRuleAndTheFrontPageLinksToIt() throws {
        let output = try site(["Handbook/index.md": "---\ntitle: Главная\n---\n"], rules: rules)
        let index = try #require(output.text("rules/index.html"))
        #expect(index.contains("<h1>Правила линтера</h1>"))
        #expect(index.contains("""
            <tr><td><a class="rule-name" href="chat.ladder.html">Лесенка &lt;i&gt;</a> <code class="rule-id">chat.<wbr>ladder</code></td>\
            <td class="level-warning">предупреждение</td><td>Лесенка &lt;b&gt;сообщений&lt;/b&gt;</td></tr>
            """))
        // A rule without a name is called by its id.
        #expect(index.contains("<a class=\"rule-name\" href=\"tone.blame.html\">tone.blame</a> <code class=\"rule-id\">tone.<wbr>blame</code>"))
        #expect(index.contains("<td class=\"level-error\">ошибка</td><td>Обвинение клиента</td>"))
        #expect(index.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(try #require(output.text("index.html")).contains("<p class=\"rules-link\"><a href=\"rules/index.html\">Правила линтера</a></p>"))
    }

    @Test func aRulePageListsTheSectionsThatSpeakOfIt() throws {
        let output = try site([
            "Handbook/01-chat.md": "---\ntitle: Чат\n---\nВступление про [лесенку](rule:chat.ladder).\n\n## Формат\n\nСнова [лесенка](rule:chat.ladder).\n\n"
                + "## Сравнение\n\n```compare\nРасплывчато: [обвинение](rule:tone.blame)\nКонкретно: помощь\n```\n",
            "Handbook/02-part/index.md": "---\ntitle: Часть\n---\n",
            "Handbook/02-part/01-tone.md": "# Тон\n\n## Примеры\n\n```dialogue\nагент: Сами виноваты\n> ✗ chat.ladder: и лесенка\n```\n",
        ], rules: rules)
        let page = try #require(output.text("rules/chat.ladder.html"))
        #expect(page.contains("<h1>Лесенка &lt;i&gt; <code class=\"rule-id\">chat.ladder</code></h1>\n<p class=\"lead\">Лесенка &lt;b&gt;сообщений&lt;/b&gt;</p>"))
        #expect(page.contains("<title>Лесенка &lt;i&gt; — Тест</title>"))
        #expect(page.components(separatedBy: "<h1").count == 2)
        #expect(try #require(output.text("rules/tone.blame.html")).contains("<h1>tone.blame <code class=\"rule-id\">tone.blame</code></h1>"))
        #expect(page.contains("<dt>Линтер пишет</dt><dd>«{match}» — лесенка</dd>"))
        #expect(page.contains("""
            <ul class="rule-places">
            <li><a href="../chat.html">Чат</a></li>
            <li><a href="../chat.html#формат">Чат — Формат</a></li>
            <li><a href="../part/tone.html#примеры">Тон — Примеры</a></li>
            </ul>
            """))
        let blame = try #require(output.text("rules/tone.blame.html"))
        #expect(blame.contains("<li><a href=\"../chat.html#сравнение\">Чат — Сравнение</a></li>"))
        #expect(blame.contains("<p><a href=\"index.html\">Все правила</a></p>"))
    }

    @Test func aRuleNoSectionMentionsSaysSo() throws {
        let output = try site(["Handbook/index.md": "---\ntitle: Главная\n---\n"], rules: rules)
        #expect(try #require(output.text("rules/tone.blame.html")).contains("<p>Пока ни один раздел руководства не ссылается на это правило.</p>"))
    }

    @Test func theFrontPageListsEachWayOnce() throws {
        let files = ["Handbook/index.md": "---\ntitle: Главная\n---\n", "Handbook/01-linter.md": "---\ntitle: Правила линтера\n---\nО правилах.\n"]
        let index = try #require(try site(files, rules: rules).text("index.html"))
        let body = try #require(index.components(separatedBy: "<article").last?.components(separatedBy: "</article>").first)
        #expect(body.components(separatedBy: "Правила линтера").count == 2)
        #expect(!body.contains("rules-link"))
    }

    @Test func noStyleNoRulePages() throws {
        let output = try site(["Handbook/index.md": "---\ntitle: Главная\n---\n"], rules: [])
        #expect(!output.files.keys.contains { $0.hasPrefix("rules/") })
        #expect(try #require(output.text("index.html")).contains("rules-link") == false)
    }
}

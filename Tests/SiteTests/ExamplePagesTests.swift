import Foundation
import HandbookKit
import SiteRenderer
import Testing
import TestSupport

/// The examples' gallery, their pages, and the examples on the rule pages.
@Suite struct ExamplePagesTests {
    private static let bad = """
        ---
        title: Лесенка <script>alert(1)</script>
        channel: chat
        topic: delivery
        verdict: bad
        rules: [chat.ladder]
        fixed: answer
        ---

        ```dialogue
        клиент: Где заказ?
        агент: Секунду
        агент: Смотрю
        > ✗ chat.ladder: две реплики
        ```
        """
    private static let good = "---\ntitle: Ответ\nchannel: email\ntopic: x-\"custom\"\nverdict: good\n---\n\n```dialogue\nклиент: Где заказ?\nагент: Будет сегодня до 18:00.\n```\n"

    private func site() throws -> MemoryOutput {
        let handbook = try TemporaryHandbook(
            ["Handbook/index.md": "---\ntitle: Главная\n---\n", "Examples/ladder.md": Self.bad, "Examples/answer.md": Self.good], config: "title: Тест\n")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        var (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
        book.rules = [RuleSummary(id: "chat.ladder", level: "warning", description: "Лесенка", message: "Соберите в одно")]
        let output = MemoryOutput()
        try SiteRenderer(book: book, sourceRoot: handbook.root).render(to: output)
        return output
    }

    @Test func theGalleryListsEveryExampleWithWhatItFiltersBy() throws {
        let output = try site()
        let gallery = try #require(output.text("examples/index.html"))
        #expect(gallery.contains("<h1>Примеры диалогов</h1>"))
        #expect(gallery.contains("<form class=\"example-filters\" hidden aria-label=\"Отбор примеров\">"))
        #expect(gallery.contains("<option value=\"x-&quot;custom&quot;\">x-&quot;custom&quot;</option>"))
        #expect(gallery.contains("""
            <li class="example-card verdict-bad" data-topic="delivery" data-channel="chat" data-verdict="bad" data-rule="chat.ladder">
            <a href="ladder.html">Лесенка &lt;script&gt;alert(1)&lt;/script&gt;</a>
            <p class="example-meta"><span class="verdict">плохо</span> · чат · доставка</p>
            """))
        #expect(gallery.contains("<li class=\"example-card verdict-good\" data-topic=\"x-&quot;custom&quot;\" data-channel=\"email\""))
        #expect(gallery.contains("""
            <ol class="example-preview" aria-label="Диалог">
            <li class="preview-client"><span class="preview-role">Клиент:</span> Где заказ?</li>
            <li class="preview-agent"><span class="preview-role">Агент:</span> Будет сегодня до 18:00.</li>
            </ol>
            """))
        #expect(try #require(output.text("index.html")).contains("<p class=\"examples-link\"><a href=\"examples/index.html\">Примеры диалогов</a></p>"))
    }

    @Test func aCardShowsTheFirstTwoMessagesCutShortAndEscaped() throws {
        let long = "Здравствуйте! <script>alert(1)</script> Я заказал\n  три коробки, а привезли одну, и курьер уехал, не дождавшись, пока я проверю остальное"
        let example = "---\ntitle: Длинный\nchannel: chat\ntopic: delivery\nverdict: good\n---\n\n```dialogue\nклиент: \(long)\nагент: Разберусь.\nклиент: Третье не видно\n```\n"
        let handbook = try TemporaryHandbook(["Handbook/index.md": "---\ntitle: Главная\n---\n", "Examples/long.md": example])
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let book = BookLoader(root: handbook.root, config: config).load().0
        let output = MemoryOutput()
        try SiteRenderer(book: book, sourceRoot: handbook.root).render(to: output)
        let gallery = try #require(output.text("examples/index.html"))
        #expect(gallery.contains("""
            <li class="preview-client"><span class="preview-role">Клиент:</span> Здравствуйте! &lt;script&gt;alert(1)&lt;/script&gt; \
            Я заказал три коробки, а привезли одну, и курьер…</li>
            <li class="preview-agent"><span class="preview-role">Агент:</span> Разберусь.</li>
            </ol>
            """))
        #expect(!gallery.contains("Третье"))
    }

    @Test func anExamplePageShowsItsDialogueRulesAndCounterpart() throws {
        let output = try site()
        let bad = try #require(output.text("examples/ladder.html"))
        #expect(bad.contains("<title>Лесенка &lt;script&gt;alert(1)&lt;/script&gt; — Тест</title>"))
        #expect(bad.contains("<dt>Нарушенные правила</dt><dd><a href=\"../rules/chat.ladder.html\"><code>chat.ladder</code></a></dd>"))
        #expect(bad.contains("<a class=\"note-rule\" href=\"../rules/chat.ladder.html\">chat.ladder</a>: две реплики"))
        #expect(bad.contains("<p class=\"example-counterpart\">Как надо: <a href=\"answer.html\">Ответ</a></p>"))
        let good = try #require(output.text("examples/answer.html"))
        #expect(good.contains("<p class=\"example-counterpart\">Как не надо: <a href=\"ladder.html\">Лесенка &lt;script&gt;alert(1)&lt;/script&gt;</a></p>"))
        #expect(good.contains("<dd class=\"verdict-good\">хорошо</dd>"))
    }

    /// An example's file name becomes its page and every link to it: `javascript:alert(4001).md`
    /// once gave `<a href="javascript:alert(4001).html">` in the gallery.
    @Test(arguments: ["javascript:alert(4001)", "a#b", "c?d", "e%2Ff", "data:text", "q\"uote", "sp ace", "x<y>"])
    func fileNamesThatAreNotSafeIDsAreErrors(_ id: String) throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "Examples/\(id).md": Self.good], config: "title: Тест\n")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(book.examples.isEmpty)
        #expect(diagnostics.items.map(\.description) == [
            "Examples/\(id).md: error: '\(id)' cannot name an example: its file name becomes a page and a link, so use letters, digits, "
                + "'-', '_' and '.', like 'refund-delay-bad.md'; rename the file",
        ])
    }

    /// `examples/index.html` is the gallery: an example named `index` once replaced it. Ids
    /// that differ only in case are one file on some disks and in the EPUB's archive.
    @Test func anExampleCannotBeNamedIndexOrLikeAnother() throws {
        let handbook = try TemporaryHandbook(
            ["Handbook/a.md": "# A\n", "Examples/index.md": Self.good, "Examples/Ab.md": Self.good, "Examples/ab.md": Self.good],
            config: "title: Тест\n")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(book.examples.map(\.id) == ["Ab"])
        #expect(diagnostics.items.map(\.description) == [
            "Examples/ab.md: error: 'ab' would be the same page as 'Ab': ids must differ by more than letter case; rename the file",
            "Examples/index.md: error: 'index' would be the same page as the gallery: ids must differ by more than letter case; rename the file",
        ])
    }

    /// Links to pages are percent-encoded relative paths: a Cyrillic example id and a heading
    /// anchor with a quote cannot break out of the link or read as a scheme.
    @Test func linksToPagesAreEncodedRelativePaths() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n\nСм. [пример](example:отказ-v1.2), [раздел](b.md#кавычки-и-скобки).\n",
            "Handbook/b.md": "# B\n\n## «Кавычки» и (скобки)\n",
            "Examples/отказ-v1.2.md": Self.good,
        ], config: "title: Тест\n")
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
        let output = MemoryOutput()
        try SiteRenderer(book: book, sourceRoot: handbook.root).render(to: output)
        let encoded = "%D0%BE%D1%82%D0%BA%D0%B0%D0%B7-v1.2.html"
        #expect(try #require(output.text("examples/index.html")).contains("<a href=\"\(encoded)\">Ответ</a>"))
        #expect(output.files["examples/отказ-v1.2.html"] != nil)
        let page = try #require(output.text("a.html"))
        #expect(page.contains("<a href=\"examples/\(encoded)\">пример</a>"))
        #expect(page.contains("<a href=\"b.html#%D0%BA%D0%B0%D0%B2%D1%8B%D1%87%D0%BA%D0%B8-%D0%B8-%D1%81%D0%BA%D0%BE%D0%B1%D0%BA%D0%B8\">раздел</a>"))
    }

    @Test func aRulePageShowsTheBadExamplesNextToTheirFixes() throws {
        let page = try #require(try site().text("rules/chat.ladder.html"))
        #expect(page.contains("<h2 id=\"examples\">Примеры диалогов</h2>\n<table class=\"example-pairs\">"))
        #expect(page.contains("<th scope=\"col\">Как не надо</th><th scope=\"col\">Как надо</th>"))
        #expect(page.contains("<tr><td><p class=\"example-title\"><a href=\"../examples/ladder.html\">"))
        #expect(page.contains("</td><td><p class=\"example-title\"><a href=\"../examples/answer.html\">Ответ</a></p>"))
        #expect(page.components(separatedBy: "<figure class=\"dialogue\">").count == 3)
    }
}

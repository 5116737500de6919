import HandbookKit
import Testing
import TestSupport

/// Handbook blocks written against their format are diagnostics at the file's own line and column.
@Suite struct BlockCheckTests {
    private func problems(_ markdown: String) throws -> [String] {
        let handbook = try TemporaryHandbook(["Handbook/01-a.md": markdown])
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(!diagnostics.hasErrors)
        return BookCheck.run(book).sorted.map(\.description)
    }

    @Test func wellFormedBlocksPass() throws {
        #expect(try problems("""
            # A

            ```compare
            Расплывчато: скоро
            Конкретно: завтра до 12:00
            ```

            ```dialogue
            клиент: Где заказ?
            агент: У курьера, будет до 18:00.
            > ✓ срок
            ```

            ```script
            Ситуация: вопрос о заказе
            ---
            {Имя}, заказ у курьера.
            ```
            """).isEmpty)
    }

    @Test func problemsPointIntoTheFile() throws {
        #expect(try problems("""
            ---
            title: A
            ---
            Текст.

            ```dialogue
            > ✓ рано
            оператор: Привет
            агент: Да
            ```

            - пункт

              ```compare
              Конкретно: без пары
              ```

            ```script
            Ситуация: x
            ---
            Здравствуйте, {имя
            ```
            """) == [
            "Handbook/01-a.md:7:1: error: a note comes before any message; put it under the message it is about",
            "Handbook/01-a.md:8:1: error: unknown role 'оператор'; a message starts with 'клиент:' or 'агент:'",
            "Handbook/01-a.md:15:3: error: 'конкретно:' needs a 'расплывчато:' line before it",
            "Handbook/01-a.md:21:15: warning: '{' has no '}' on its line, so it is not a placeholder",
        ])
    }
}

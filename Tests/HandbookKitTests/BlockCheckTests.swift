import HandbookKit
import Testing
import TestSupport

/// Handbook blocks written against their format are diagnostics at the file's own line and column.
@Suite struct BlockCheckTests {
    private func problems(_ markdown: String, ruleIDs: Set<String>? = nil) throws -> [String] {
        let handbook = try TemporaryHandbook(["Handbook/01-a.md": markdown])
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(!diagnostics.hasErrors)
        return BookCheck.run(book, ruleIDs: ruleIDs).sorted.map(\.description)
    }

    @Test func ruleLinksAndNotesMustNameRulesOfTheStyle() throws {
        let markdown = """
            # A
            [лесенка](rule:chat.ladder), [опечатка](rule:chat.lader), [нет такого](rule:zzz.qqq)

            ```dialogue
            агент: Да
            > ✗ chat.ladder: есть
            > ✗ tone.blam: опечатка
            ```
            """
        #expect(try problems(markdown, ruleIDs: ["chat.ladder", "tone.blame"]) == [
            "Handbook/01-a.md:2:30: error: the lint style has no rule 'chat.lader'; did you mean 'chat.ladder'?",
            "Handbook/01-a.md:2:59: error: the lint style has no rule 'zzz.qqq'; 'handbook rules' lists them",
            "Handbook/01-a.md:7:5: error: the lint style has no rule 'tone.blam'; did you mean 'tone.blame'?",
        ])
        #expect(try problems(markdown, ruleIDs: []).first
            == "Handbook/01-a.md:2:1: error: 'chat.ladder' names a rule, but the handbook has no lint style (lint: style: in handbook.yml)")
        #expect(try problems(markdown).isEmpty)
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

    @Test func linksInsideBlocksAreCheckedLikeTheRest() throws {
        #expect(try problems("""
            # A

            ```compare
            Расплывчато: [скоро](rule:promise.vague-deadlin)
            Конкретно: [до 18:00](02-missing.md)
            ```

            ```dialogue
            агент: Подробнее [здесь](rule:chat.ladder).
            ```
            """, ruleIDs: ["chat.ladder", "promise.vague-deadline"]) == [
            "Handbook/01-a.md:4:1: error: the lint style has no rule 'promise.vague-deadlin'; did you mean 'promise.vague-deadline'?",
            "Handbook/01-a.md:4:1: error: link to a missing page '02-missing.md'; create it or fix the link",
        ])
    }
}

import HandbookBlocks
import Testing

@Suite struct ComparisonTests {
    @Test func pairsWithContinuations() {
        let (comparison, problems) = Comparison.parse("""
            Расплывчато: Решим в ближайшее время.
            Конкретно: Деньги вернутся до 20 мая.
              Если нет — напишите.

            расплывчато: Скоро
              будет.
            конкретно: Завтра до 12:00.
            """, labels: .russian)
        #expect(problems.isEmpty)
        #expect(comparison.pairs == [
            Comparison.Pair(vague: "Решим в ближайшее время.", concrete: "Деньги вернутся до 20 мая.\nЕсли нет — напишите.", line: 1),
            Comparison.Pair(vague: "Скоро\nбудет.", concrete: "Завтра до 12:00.", line: 5),
        ])
    }

    @Test func unpairedAndStrayLinesAreProblems() {
        let (_, problems) = Comparison.parse("Конкретно: сам по себе\nРасплывчато: а\nРасплывчато: б\nКонкретно: в\nчто-то\nРасплывчато: г\n", labels: .russian)
        #expect(problems == [
            BlockProblem(.error, "'конкретно:' needs a 'расплывчато:' line before it", line: 1),
            BlockProblem(.error, "'расплывчато:' on line 2 has no 'конкретно:' after it", line: 2),
            BlockProblem(.error, "start the line with 'расплывчато:' or 'конкретно:', or indent it to continue the line above", line: 5),
            BlockProblem(.error, "'расплывчато:' on line 6 has no 'конкретно:' after it", line: 6),
        ])
        #expect(Comparison.parse("\n", labels: .english).1.map(\.message) == ["the comparison is empty; write 'vague: …' and 'concrete: …' lines"])
    }
}

@Suite struct ReplyScriptTests {
    @Test func fieldsTextAndPlaceholders() {
        let (script, problems) = ReplyScript.parse("""
            Название: Возврат в пути
            Ситуация: Клиент спрашивает, где деньги
            Когда использовать: возврат оформлен
            ---

            {Имя}, возврат оформлен {дата}.
            Деньги придут до {срок}. {Не
            закрыто}

            """, labels: .russian)
        #expect(script.title == "Возврат в пути")
        #expect(script.situation == "Клиент спрашивает, где деньги")
        #expect(script.whenToUse == "возврат оформлен")
        #expect(script.text == "{Имя}, возврат оформлен {дата}.\nДеньги придут до {срок}. {Не\nзакрыто}")
        #expect(script.pieces == [
            .placeholder("Имя"), .text(", возврат оформлен "), .placeholder("дата"), .text(".\nДеньги придут до "), .placeholder("срок"),
            .text(". {Не\nзакрыто}"),
        ])
        #expect(problems == [BlockProblem(.warning, "'{' has no '}' on its line, so it is not a placeholder", line: 7, column: 26)])
    }

    @Test func withoutSeparatorTheBlockIsTheText() {
        let (script, problems) = ReplyScript.parse("Ситуация: это тоже текст\n", labels: .russian)
        #expect(problems.isEmpty)
        #expect(script.situation == nil)
        #expect(script.text == "Ситуация: это тоже текст")
    }

    @Test func problems() {
        #expect(ReplyScript.parse("Ситуация: x\nчто-то\n---\n", labels: .russian).1 == [
            BlockProblem(.error, "above '---' only 'название:', 'ситуация:', 'когда использовать:' lines are allowed; the script's text goes below it", line: 2),
            BlockProblem(.error, "the script has no text; write it below '---'", line: 3),
        ])
    }
}

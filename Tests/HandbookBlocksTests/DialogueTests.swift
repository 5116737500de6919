import HandbookBlocks
import Testing

@Suite struct DialogueTests {
    private func parse(_ content: String) -> (Dialogue, [BlockProblem]) {
        Dialogue.parse(content, labels: .russian)
    }

    @Test func messagesContinuationsAndNotes() {
        let (dialogue, problems) = parse("""
            клиент: Где мой заказ?
            Агент: Добрый день!
            > ✗ chat.empty-greeting: приветствие без ответа
            агент: Заказ у курьера.
              Курьер позвонит за час.

              Если не дозвонится, напишите сюда.
            > ✓ срок и что будет дальше
            > просто заметка

            """)
        #expect(problems.isEmpty)
        #expect(dialogue.messages.map(\.role) == [.client, .agent, .agent])
        #expect(dialogue.messages.map(\.line) == [1, 2, 4])
        #expect(dialogue.messages[2].text == "Заказ у курьера.\nКурьер позвонит за час.\n\nЕсли не дозвонится, напишите сюда.")
        #expect(dialogue.messages[2].textLines.map { "\($0.line):\($0.column)" } == ["4:8", "5:3", "6:1", "7:3"])
        #expect(dialogue.messages[1].textLines.map { "\($0.line):\($0.column)" } == ["2:8"])
        #expect(dialogue.messages[1].notes == [
            Dialogue.Note(verdict: .bad, rule: "chat.empty-greeting", text: "приветствие без ответа", line: 3, ruleColumn: 5),
        ])
        #expect(dialogue.messages[2].notes.map(\.verdict) == [.good, .neutral])
        #expect(dialogue.messages[2].notes.map(\.rule) == [nil, nil])
        #expect(dialogue.messages[2].notes.map(\.text) == ["срок и что будет дальше", "просто заметка"])
    }

    @Test func englishLabelsAndWindowsLineBreaks() {
        let (dialogue, problems) = Dialogue.parse("client: Where is it?\r\nagent: On its way.\r\n", labels: .english)
        #expect(problems.isEmpty)
        #expect(dialogue.messages.map(\.text) == ["Where is it?", "On its way."])
    }

    @Test func problemsSayWhereAndWhat() {
        let (_, problems) = parse("> ✓ рано\nоператор: Здравствуйте\nагент: Привет\nбез метки\n")
        #expect(problems == [
            BlockProblem(.error, "a note comes before any message; put it under the message it is about", line: 1),
            BlockProblem(.error, "unknown role 'оператор'; a message starts with 'клиент:' or 'агент:'", line: 2),
            BlockProblem(
                .error, "this line belongs to no message; start it with 'клиент:' or 'агент:', or indent it to continue the message above",
                line: 4),
        ])
        #expect(parse("клиент: Алло?\n").1 == [BlockProblem(.error, "the dialogue has no agent message; write the reply after 'агент:'", line: 1)])
    }
}

import Foundation
import SourceFiles
import StyleLint
import HandbookBlocks
import Testing

@Suite struct DraftTests {
    private func json(_ text: String) throws(Diagnostic) -> Draft {
        try DraftReader.json(SourceText(path: "draft.json", text: text)).draft
    }

    private func jsonLineError(_ text: String, number: Int = 4) -> String? {
        guard case .failure(let problem) = DraftReader.jsonLine(Data(text.utf8), number: number, file: "stdin") else { return nil }
        return problem.description
    }

    @Test func readsTheContractsInput() throws {
        let draft = try json(#"{"context": ["Где заказ?"], "messages": ["Добрый день!", "Проверю"]}"#)
        #expect(draft == Draft(context: ["Где заказ?"], messages: ["Добрый день!", "Проверю"]))
        let line = try DraftReader.jsonLine(Data(#" {"id": 7, "messages": ["x"], "extra": {"nested": [1, -2.5e3, true, null]}} "#.utf8), number: 1, file: "stdin").get()
        #expect(line.draft == Draft(messages: ["x"], id: "7"))
        #expect(line.inputLine == 1)
        #expect(try json(#"{"id": "r-1", "messages": []}"#).id == "r-1")
        #expect(try json(#"{"id": null, "messages": ["a"]}"#).id == nil)
    }

    @Test func aServerRequestIsMessagesOrOneText() throws {
        let request = { (text: String) throws(Diagnostic) -> DraftSource in
            try DraftReader.request(SourceText(path: "request", text: text))
        }
        let messages = try request(#"{"id": 12, "context": ["Где заказ?"], "messages": ["Секунду"]}"#)
        #expect(messages.draft == Draft(context: ["Где заказ?"], messages: ["Секунду"], id: "12"))
        #expect(messages.origins.isEmpty)
        let dialogue = try request(#"{"id": "t", "text": "клиент: Где заказ?\nагент: Добрый день!\n  Заказ приедет завтра."}"#)
        #expect(dialogue.draft == Draft(context: ["Где заказ?"], messages: ["Добрый день!\nЗаказ приедет завтра."], id: "t"))
        #expect(dialogue.origins == [[.init(line: 2, columnOffset: 7), .init(line: 3, columnOffset: 2)]])
        #expect(try request(#"{"text": "Просто ответ"}"#).draft == Draft(messages: ["Просто ответ"]))
        #expect(throws: Diagnostic.error("give either 'text' or 'context' and 'messages', not both", file: "request")) {
            try request(#"{"text": "a", "messages": ["b"]}"#)
        }
        #expect(throws: Diagnostic.error("'text' has the wrong type: it is the draft as one text", file: "request")) {
            try request(#"{"text": ["a"]}"#)
        }
        #expect(throws: Diagnostic.error("'id' has the wrong type: it is a text or a number", file: "request")) {
            try request(#"{"id": {"a": 1}, "messages": ["b"]}"#)
        }
        #expect(throws: Diagnostic.error("'id' has the wrong type: it is a text or a number", file: "request")) {
            try request(#"{"id": true, "text": "b"}"#)
        }
    }

    @Test func decodesEveryEscape() throws {
        let draft = try json(#"{"messages": ["\"q\" \\ \/ \b\f\n\r\t \u0416\u0436 \ud83d\ude00 <&>"]}"#)
        #expect(draft.messages == ["\"q\" \\ / \u{8}\u{C}\n\r\t Жж 😀 <&>"])
    }

    @Test func syntaxErrorsSayWhereAndWhy() {
        #expect(jsonLineError(#"{"messages": ["a",]}"#) == "stdin:4:19: error: invalid JSON: a value should start here (a string in double quotes, a number, an object, a list, true, false or null)")
        #expect(jsonLineError(#"{"messages": ["незакрытая]}"#) == "stdin:4:28: error: invalid JSON: the string is not closed with '\"'")
        #expect(jsonLineError(#"{"messages": ["a"]} x"#) == "stdin:4:21: error: invalid JSON: unexpected text after the JSON value")
        #expect(jsonLineError(#"{"messages": [01]}"#)?.hasSuffix("a number cannot start with 0") == true)
        #expect(jsonLineError(#"{"messages": ["\x"]}"#)?.contains("unknown escape") == true)
        #expect(jsonLineError(#"{"messages": ["\ud83d"]}"#)?.hasSuffix("a high surrogate must be followed by a low one") == true)
        #expect(jsonLineError(#"{"messages": ["\ude00"]}"#)?.hasSuffix("a low surrogate without a high one before it") == true)
        #expect(jsonLineError(#"{"messages": ["\u12"]}"#)?.hasSuffix("\\u needs four hex digits") == true)
        #expect(jsonLineError("{\"messages\": [\"a\tb\"]}")?.hasSuffix("a control character (such as a line break) must be escaped inside a string") == true)
        #expect(jsonLineError(#"{messages: []}"#)?.hasSuffix("a key in double quotes should be here") == true)
        #expect(jsonLineError(#"{"messages" []}"#)?.hasSuffix("':' should follow the key") == true)
        #expect(jsonLineError(#"{"messages": [] "id": 1}"#)?.hasSuffix("',' or '}' should be here") == true)
        #expect(jsonLineError(#"{"messages": ["a" "b"]}"#)?.hasSuffix("',' or ']' should be here") == true)
        #expect(jsonLineError(#"{"messages": [tru]}"#)?.hasSuffix("unknown word; JSON has only true, false and null") == true)
        #expect(jsonLineError(#"{"messages": [1.]}"#)?.hasSuffix("a digit should follow '.'") == true)
        #expect(jsonLineError(#"{"messages": [1e]}"#)?.hasSuffix("a digit should follow the exponent") == true)
        #expect(jsonLineError(#"{"messages": [-]}"#)?.hasSuffix("a digit should follow '-'") == true)
        #expect(jsonLineError(#"{"messages": ["#)?.hasSuffix("the text ends where a value should be") == true)
        #expect(jsonLineError(#"{"messages": ["a""#)?.hasSuffix("the list is not closed with ']'") == true)
        #expect(jsonLineError(#"{"messages": ["a"]"#)?.hasSuffix("the object is not closed with '}'") == true)
    }

    @Test func aMultiLineDocumentsErrorHasItsOwnLine() {
        #expect(throws: Diagnostic.error("invalid JSON: ',' or ']' should be here", file: "draft.json", line: 3, column: 12)) {
            try json("{\n  \"messages\": [\n    \"один\" \"два\"]\n}")
        }
    }

    @Test func hostileNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(jsonLineError(#"{"x": "# + deep)?.hasSuffix("objects and lists nest too deeply") == true)
    }

    @Test func theShapeOfADraftIsChecked() {
        #expect(jsonLineError(#"{"context": []}"#) == #"stdin:4: error: 'messages' is missing: a draft is {"context": [client messages], "messages": [agent messages]}"#)
        #expect(jsonLineError(#"["Здравствуйте"]"#) == #"stdin:4: error: a draft is a JSON object {"context": [...], "messages": [...]}"#)
        #expect(jsonLineError(#"{"messages": "текст"}"#) == "stdin:4: error: 'messages' has the wrong type: 'context' and 'messages' are lists of texts")
        #expect(jsonLineError(#"{"messages": [], "context": ["a", 2]}"#) == "stdin:4: error: 'context[1]' has the wrong type: 'context' and 'messages' are lists of texts")
    }

    @Test func jsonLinesSkipBlankLinesAndKeepNumbers() {
        let lines = Array(InputLines(Data("\u{FEFF}{\"a\": 1}\n\n \t\r\n{\"b\": 2}\r\n{\"c\": 3}".utf8)))
        #expect(lines.map(\.number) == [1, 4, 5])
        #expect(lines.map { String(decoding: $0.bytes ?? Data(), as: UTF8.self) } == [#"{"a": 1}"#, "{\"b\": 2}\r", #"{"c": 3}"#])
    }

    /// Read from a pipe a chunk at a time, the lines are those of the same bytes in memory, lines
    /// across chunk boundaries and a last line without a line break included.
    @Test func linesFromAPipeAreTheLinesInMemory() throws {
        var text = "\u{FEFF}"
        for index in 0..<3000 { text += "{\"id\": \"\(index)\", \"messages\": [\"" + String(repeating: "ы", count: index % 97) + "\"]}\n" + (index % 7 == 0 ? "\n" : "") }
        text += "{\"id\": \"last\"}"
        let data = Data(text.utf8)
        #expect(data.count > 3 << 16)
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(data)
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let fromPipe = Array(InputLines(fileDescriptor: pipe.fileHandleForReading.fileDescriptor))
        let inMemory = Array(InputLines(data))
        #expect(fromPipe.count == 3001)
        #expect(fromPipe.map(\.number) == inMemory.map(\.number))
        #expect(fromPipe.map(\.bytes) == inMemory.map(\.bytes))
    }

    /// A line past the limit is skipped as it is read, not held: the lines around it are read as ever.
    @Test(arguments: [false, true])
    func aLineLongerThanTheLimitIsDroppedAsItComes(fromPipe: Bool) throws {
        let data = Data(("{\"a\": 1}\n" + String(repeating: "x", count: 200_000) + "\n{\"b\": 2}").utf8)
        var lines: [InputLines.Line]
        if fromPipe {
            let pipe = Pipe()
            let writer = Thread {
                pipe.fileHandleForWriting.write(data)
                try? pipe.fileHandleForWriting.close()
            }
            writer.start()
            lines = Array(InputLines(fileDescriptor: pipe.fileHandleForReading.fileDescriptor, maximumLength: 100_000))
        } else {
            lines = Array(InputLines(data, maximumLength: 100_000))
        }
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(lines.map { $0.bytes.map { String(decoding: $0, as: UTF8.self) } } == [#"{"a": 1}"#, nil, #"{"b": 2}"#])
    }

    /// A line that is not UTF-8 is one bad draft; it once rejected the whole input.
    @Test func aLineThatIsNotUTF8IsItsOwnError() throws {
        let input = Data("{\"messages\": [\"да\"]}\n".utf8) + Data([0x7B, 0x22, 0xD0, 0x22, 0x7D, 0x0A]) + Data("{\"messages\": [\"нет\"]}\n".utf8)
        let results = InputLines(input).map { DraftReader.jsonLine($0.bytes ?? Data(), number: $0.number, file: "in.jsonl") }
        #expect(results.count == 3)
        #expect(try results[0].get().draft.messages == ["да"])
        #expect(try results[2].get().draft.messages == ["нет"])
        guard case .failure(let problem) = results[1] else {
            Issue.record("the second line is not UTF-8")
            return
        }
        #expect(problem.description == "in.jsonl:2:3: error: the line is not valid UTF-8 (first bad byte here); save the input as UTF-8")
    }

    @Test func aKeyGivenTwiceIsAnError() {
        #expect(jsonLineError(#"{"messages": ["a"], "messages": ["b"]}"#) == #"stdin:4:21: error: invalid JSON: the key "messages" is given twice; keep one"#)
        #expect(jsonLineError(#"{"messages": ["a"], "extra": {"k": 1, "k": 2}}"#) != nil)
    }

    @Test func findingsAreWrittenWithTheContractsKeysInItsOrder() throws {
        let finding = Finding(
            rule: "chat.ladder", severity: .warning, message: "Лесенка", messageIndex: 1, line: 1, column: 3,
            length: 7, match: "Секунду")
        var out = ReportBuffer()
        FindingReport(inputName: "stdin", colors: false, links: RuleLinks { _ in nil }).json([finding], into: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == #"{"findings":[{"rule":"chat.ladder","severity":"warning","message":"Лесенка","message_index":1,"line":1,"column":3,"length":7,"match":"Секунду","suggestion":null,"link":null}]}"# + "\n")
    }

    @Test func severitiesAreOrdered() {
        #expect(Severity.suggestion < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity(rawValue: "error") == .error)
    }
}

/// A dialogue becomes drafts turn by turn, the way an agent wrote it.
@Suite struct DialogueTurnTests {
    @Test func eachRunOfAgentMessagesIsADraftWithTheClientsLatestMessages() {
        var text = "агент: Здравствуйте!\n"
        for number in 1...25 { text += "клиент: Вопрос \(number)\n" }
        text += "агент: Ответ.\nагент: Ещё.\nклиент: Спасибо\nагент: Пожалуйста.\n"
        let (dialogue, problems) = Dialogue.parse(text, labels: .russian)
        #expect(problems.isEmpty)
        let turns = dialogue.turns
        #expect(turns.map(\.messageIndices) == [[0], [26, 27], [29]])
        #expect(turns.map(\.draft.messages) == [["Здравствуйте!"], ["Ответ.", "Ещё."], ["Пожалуйста."]])
        #expect(turns[0].draft.context.isEmpty)
        #expect(turns[1].draft.context == (6...25).map { "Вопрос \($0)" })
        #expect(turns[2].draft.context.count == Dialogue.contextLimit)
        #expect(turns[2].draft.context.last == "Спасибо")
    }
}

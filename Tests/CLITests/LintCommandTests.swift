import Foundation
import Testing
import TestSupport

/// `handbook lint` and `handbook rules` as an agent or a CI job runs them, in the repository
/// (whose handbook.yml names Styles/ru-support).
@Suite struct LintCommandTests {
    private struct Output: Decodable {
        struct Item: Decodable {
            var rule: String
            var severity: String
            var message: String
            var message_index: Int
            var line: Int
            var column: Int
            var length: Int
            var match: String
            var suggestion: String?
            var link: String?
        }

        var findings: [Item]
    }

    @Test func plainTextIsOneAgentMessageAndTextOutputLooksLikeACompilers() throws {
        let result = try CLI.run(["lint"], stdin: "Здравствуйте! Данный заказ придёт в ближайшее время.\n")
        #expect(result.status == 0)
        #expect(result.stdout == """
            stdin:1:15: совет: «Данный» — канцелярит. Проще: «этот». [style.kantselyarit]
            1 | Здравствуйте! Данный заказ придёт в ближайшее время.
              |               ^~~~~~
              = лучше: этот
              = подробнее: site/rules/style.kantselyarit.html
            stdin:1:35: предупреждение: «в ближайшее время» — расплывчатый срок. \
            Назовите конкретное время: «до 18:00», «в течение 2 часов», «завтра до обеда». [promise.vague-deadline]
            1 | Здравствуйте! Данный заказ придёт в ближайшее время.
              |                                   ^~~~~~~~~~~~~~~~~
              = подробнее: site/rules/promise.vague-deadline.html

            """)
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func dialogueSyntaxGivesContextAndInputPositions() throws {
        let draft = "клиент: Где мой заказ 5521? Жду третий день.\nагент: Добрый день!\nагент: Сейчас посмотрю\n> ✗ chat.ladder: это заметка, её не проверяют\n"
        let result = try CLI.run(["lint", "--format", "json", "--input", "text"], stdin: draft)
        #expect(result.status == 1)
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.findings.map(\.rule) == ["chat.empty-greeting", "chat.ladder", "promise.no-eta"])
        let text = try CLI.run(["lint"], stdin: draft)
        #expect(text.stdout.hasPrefix("stdin:2:8: ошибка: Первое сообщение"))
        #expect(text.stdout.contains("stdin:3:15: предупреждение: «посмотрю» — пауза без срока"))
    }

    @Test func dialogueInputIsTheHandbooksDialogueSyntax() throws {
        let paragraphs = try CLI.run(["lint"], stdin: "клиент: Где заказ?\nагент: Здравствуйте! Заказ у курьера.\n\n    Данный курьер приедет до 18:00.\n")
        #expect(paragraphs.stdout.hasPrefix("stdin:4:5: совет: «Данный» — канцелярит."))
        #expect(paragraphs.stdout.contains("\n4 | Данный курьер приедет до 18:00.\n  | ^~~~~~\n"))
        let role = try CLI.run(["lint"], stdin: "оператор: Привет\nагент: Да\n")
        #expect(role.status == 2)
        #expect(role.stderr == "stdin:1:1: error: unknown role 'оператор'; a message starts with 'клиент:' or 'агент:'\n")
    }

    @Test func dialogueInputUsesTheHandbooksRoleLabels() throws {
        let handbook = try TemporaryHandbook(["Handbook/index.md": "# Т\n"], config: "title: Т\ndialogue:\n  client: [Гость]\n  agent: [Оператор]\n")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        let result = try CLI.run(["lint", "--root", handbook.root.path], stdin: "гость: Где заказ?\nоператор: Данный заказ уже едет, будет до 18:00.\n")
        #expect(result.stdout.hasPrefix("stdin:2:11: совет: «Данный» — канцелярит."))
    }

    @Test func windowsLineBreaksReadAsLines() throws {
        let crlf = try CLI.run(["lint"], stdin: "клиент: Где мой заказ?\r\nагент: Данный заказ\r\n  придёт завтра.\r\n")
        #expect(crlf.status == 0)
        #expect(crlf.stdout.hasPrefix("stdin:2:8: совет: «Данный» — канцелярит."))
        #expect(crlf.stdout.contains("\n2 | Данный заказ\n  | ^~~~~~\n"))
    }

    @Test func messagePositionsWhenTheInputHasNoLinesOfItsOwn() throws {
        let result = try CLI.run(["lint", "--input", "json"], stdin: #"{"messages": ["Готово.", "Спасибо!!"]}"#)
        #expect(result.stdout.contains("\nstdin: сообщение 2, 1:8: совет: «!!»"))
    }

    @Test func jsonInputAndOutputFollowTheContract() throws {
        let result = try CLI.run(
            ["lint", "--input", "json", "--format", "json"],
            stdin: #"{"context": ["Где мой заказ 4471?"], "messages": ["Здравствуйте!", "Заказ приедет завтра до 12:00."]}"#)
        #expect(result.status == 1)
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.findings.map(\.rule) == ["chat.empty-greeting", "chat.ladder"])
        let first = try #require(output.findings.first)
        #expect(first.rule == "chat.empty-greeting")
        #expect(first.severity == "error")
        #expect((first.message_index, first.line, first.column, first.length) == (0, 1, 1, 13))
        #expect(first.match == "Здравствуйте!")
        #expect(first.suggestion == nil)
        // The bundled handbook has no `url:`, so the link is the page in its built site.
        #expect(first.link == "site/rules/chat.empty-greeting.html")
        #expect(result.stdout.contains(#""suggestion":null"#))
        let clean = try CLI.run(["lint", "--input", "json", "--format", "json"], stdin: #"{"messages": ["Заказ приедет завтра до 12:00."]}"#)
        #expect(clean.status == 0)
        #expect(clean.stdout == "{\"findings\":[]}\n")
    }

    @Test func jsonLinesKeepOrderAndIDsAndReportABadLineByNumber() throws {
        let input = """
            {"id": "a", "messages": ["Ожидайте."]}
            {"id": 7, "context": [], "messages": ["Готово, деньги вернутся до 20 мая."]}
            {"id": "c", "messages": [oops]}

            {"id": "d", "messages": ["Спасибо!!"]}
            """
        let result = try CLI.run(["lint", "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"id":"a","findings":[{"rule":"promise.no-eta""#))
        #expect(lines[1] == #"{"id":"7","findings":[]}"#)
        let problem = "stdin:3:26: error: invalid JSON: a value should start here (a string in double quotes, a number, an object, a list, true, false or null)"
        #expect(lines[2] == #"{"id":null,"findings":[],"error":"\#(problem)"}"#)
        #expect(lines[3].hasPrefix(#"{"id":"d","findings":[{"rule":"tone.exclamation""#))
        #expect(result.stderr == problem + "\n")
    }

    /// A dialogue is linted turn by turn, as `check` lints the handbook's: an answer to a second
    /// question is not a лесенка with the first answer (lint once read all agent messages as one
    /// draft and said it was, while check passed the same dialogue).
    @Test func aDialogueIsLintedTurnByTurnAsCheckDoes() throws {
        let dialogue = """
            клиент: Где мой заказ 5521?
            агент: Здравствуйте! Заказ у курьера, он привезёт его сегодня до 18:00.
            клиент: А можно к 20:00?
            агент: Да, перенёс на 20:00.
            """
        let clean = try CLI.run(["lint", "--format", "json"], stdin: dialogue)
        #expect(clean.status == 0)
        #expect(clean.stdout == "{\"findings\":[]}\n")
        let shouted = try CLI.run(["lint", "--format", "json"], stdin: dialogue.replacingOccurrences(of: "перенёс", with: "ОБЯЗАТЕЛЬНО перенёс"))
        #expect(shouted.stdout.contains(#""rule":"tone.caps","severity":"warning""#))
        #expect(shouted.stdout.contains(#""message_index":1,"line":1,"column":5"#), "indexes count all the agent's messages")
        let text = try CLI.run(["lint"], stdin: dialogue.replacingOccurrences(of: "перенёс", with: "ОБЯЗАТЕЛЬНО перенёс"))
        #expect(text.stdout.hasPrefix("stdin:4:12: "))
    }

    @Test func githubAnnotations() throws {
        let result = try CLI.run(["lint", "--format", "github", "-"], stdin: "Вы неверно ввели код, ОБЯЗАТЕЛЬНО повторите.")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=stdin,line=1,col=1,endColumn=11,title=tone.blame::«Вы неверно» звучит как упрёк"))
        #expect(result.stdout.contains("::warning file=stdin,line=1,col=23,endColumn=34,title=tone.caps::«ОБЯЗАТЕЛЬНО» капслоком"))
    }

    @Test func minSeverityFiltersAndDecidesTheExitCode() throws {
        let draft = "Здравствуйте! Данный заказ придёт в ближайшее время."
        let warnings = try CLI.run(["lint", "--min-severity", "warning", "--format", "jsonl"], stdin: draft)
        #expect(warnings.stdout.contains("promise.vague-deadline"))
        #expect(!warnings.stdout.contains("style.kantselyarit"))
        let errors = try CLI.run(["lint", "--min-severity", "error"], stdin: draft)
        #expect(errors.status == 0)
        #expect(errors.stdout.isEmpty)
    }

    @Test func readsAFileArgument() throws {
        let handbook = try TemporaryHandbook([:])
        try handbook.write("Спасибо!!", to: "draft.txt")
        let result = try CLI.run(["lint", handbook.url("draft.txt").path, "--root", CLI.repository.path])
        #expect(result.stdout.hasPrefix("\(handbook.url("draft.txt").path):1:8: совет:"))
        let missing = try CLI.run(["lint", "/nonexistent/draft.txt"], stdin: "")
        #expect(missing.status == 2)
        #expect(missing.stderr == "/nonexistent/draft.txt: error: cannot read the draft file; check the path\n")
    }

    @Test func colorsOnlyOnATerminalAndNeverWithNoColor() throws {
        let command = "printf 'Спасибо!!' | '\(CLI.executable.path)' lint --root '\(CLI.repository.path)'"
        let onTerminal = try CLI.run(["-qec", command, "/dev/null"], environment: ["NO_COLOR": ""], viaScript: true)
        #expect(onTerminal.stdout.contains("\u{1B}[1;36mсовет:\u{1B}[0m"))
        let noColor = try CLI.run(["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"], viaScript: true)
        #expect(noColor.stdout.contains("совет:"))
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    // MARK: Bad input

    @Test func invalidUTF8IsPositioned() throws {
        var bytes = Data("Здравствуйте!\nЗаказ ".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        let result = try CLI.run(["lint"], stdin: bytes, in: CLI.repository)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("stdin:2:7: error:"))
        #expect(result.stderr.contains("UTF-8"))
    }

    /// One line of JSON Lines that is not UTF-8 once rejected the whole input with no output.
    @Test func aJSONLineThatIsNotUTF8IsReportedAndTheRestLinted() throws {
        var input = Data((#"{"id": "a", "messages": ["Ожидайте."]}"# + "\n").utf8)
        input.append(contentsOf: [0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A])
        input.append(Data(#"{"id": "c", "messages": ["Готово, деньги вернутся до 20 мая."]}"#.utf8))
        let result = try CLI.run(["lint", "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"id":"a","findings":[{"rule":"promise.no-eta""#))
        let problem = "stdin:2:8: error: the line is not valid UTF-8 (first bad byte here); save the input as UTF-8"
        #expect(lines[1] == #"{"id":null,"findings":[],"error":"\#(problem)"}"#)
        #expect(lines[2] == #"{"id":"c","findings":[]}"#)
        #expect(result.stderr == problem + "\n")
    }

    /// `--format json` is one draft's document; JSON Lines input printed one per line without ids.
    @Test func jsonOutputOfJSONLinesInputIsRefused() throws {
        let result = try CLI.run(["lint", "--input", "jsonl", "--format", "json"], stdin: #"{"id": 1, "messages": ["a"]}"#)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("for --input jsonl use --format jsonl"))
    }

    /// A file name is shown, not obeyed: an escape sequence in it once reached the terminal.
    @Test func controlCharactersInAFileNameAreShown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "draft\u{1B}[31mred.txt"
        try Data("Ожидайте.".utf8).write(to: folder.appendingPathComponent(name))
        let style = CLI.repository.appendingPathComponent("Styles/ru-support").path
        let found = try CLI.run(["lint", "--style", style, name], in: folder)
        #expect(found.status == 0)
        #expect(found.stdout.hasPrefix("draft\u{241B}[31mred.txt:1:1: предупреждение:"))
        #expect(!found.stdout.contains("\u{1B}") && !found.stderr.contains("\u{1B}"))
        let missing = try CLI.run(["lint", "--style", style, "gone\u{1B}[2J.txt"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "gone\u{241B}[2J.txt: error: cannot read the draft file; check the path\n")
        let github = try CLI.run(["lint", "--style", style, "--format", "github", name], in: folder)
        #expect(github.stdout.hasPrefix("::warning file=draft\u{241B}[31mred.txt,line=1"))
        let usage = try CLI.run(["lint", "--input", "x\u{1B}[2J"], in: folder)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("x\u{241B}[2J") && !usage.stderr.contains("\u{1B}"))
    }

    @Test func invalidJSONAndWrongShapesAreExplained() throws {
        let broken = try CLI.run(["lint", "--input", "json"], stdin: #"{"messages": ["a"}"#)
        #expect(broken.status == 2)
        #expect(broken.stderr == "stdin:1:18: error: invalid JSON: ',' or ']' should be here\n")
        let missing = try CLI.run(["lint", "--input", "json"], stdin: #"{"context": ["a"]}"#)
        #expect(missing.stderr.hasPrefix("stdin: error: 'messages' is missing"))
        let wrongType = try CLI.run(["lint", "--input", "json"], stdin: #"{"messages": "Здравствуйте"}"#)
        #expect(wrongType.stderr.hasPrefix("stdin: error: 'messages' has the wrong type"))
        let array = try CLI.run(["lint", "--input", "json"], stdin: #"["a"]"#)
        #expect(array.stderr.hasPrefix("stdin: error: a draft is a JSON object"))
    }

    @Test func emptyDraftsAreRefusedOrClean() throws {
        let empty = try CLI.run(["lint"], stdin: "  \n")
        #expect(empty.status == 2)
        #expect(empty.stderr == "stdin: error: the draft is empty: give the text of the reply to check\n")
        let noAgent = try CLI.run(["lint"], stdin: "клиент: Где заказ?\n")
        #expect(noAgent.status == 2)
        #expect(noAgent.stderr.contains("the dialogue has no agent message"))
        let stray = try CLI.run(["lint"], stdin: "Привет\nагент: Здравствуйте\n")
        #expect(stray.stderr.hasPrefix("stdin:1:1: error: this line belongs to no message"))
        let emptyJSON = try CLI.run(["lint", "--input", "json", "--format", "json"], stdin: #"{"messages": []}"#)
        #expect(emptyJSON.status == 0)
        #expect(emptyJSON.stdout == "{\"findings\":[]}\n")
    }

    @Test func aTenMegabyteDraftIsLinted() throws {
        let line = "Здравствуйте!!! Данный заказ придёт в ближайшее время, ОБЯЗАТЕЛЬНО ожидайте.  Извените\n"
        let draft = String(repeating: line, count: 10 * 1_048_576 / line.utf8.count + 1)
        let result = try CLI.run(["lint", "--format", "jsonl", "--min-severity", "error"], stdin: draft)
        #expect(result.status == 0)
        #expect(result.stdout == "{\"id\":null,\"findings\":[]}\n")
    }

    @Test func unknownOrBrokenStylesExitTwo() throws {
        let unknown = try CLI.run(["lint", "--style", "Styles/nope"], stdin: "Привет")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("Styles/nope: error: the style folder 'Styles/nope' does not exist"))
        let handbook = try TemporaryHandbook([
            "Styles/ru-support/style.cliche.yml": "extends: existence\nmessage: m\ntokens:\n  - \"@nope\"\n",
        ])
        let broken = try CLI.run(["lint"], stdin: "Привет", in: handbook.root)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("Styles/ru-support/style.cliche.yml:4:3: error: there is no list 'nope'"))
        let usage = try CLI.run(["lint", "--format", "xml"], stdin: "Привет")
        #expect(usage.status == 2)
    }

    @Test func rulesListsTheActiveRules() throws {
        let result = try CLI.run(["rules"], stdin: "")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "ru-support: 21")
        #expect(lines.contains { $0.hasPrefix("chat.ladder") && $0.contains("warning") && $0.contains("Лесенка") })
        #expect(lines.contains { $0.hasPrefix("address.ty ") && $0.contains("warning") && $0.contains("Обращение на «ты»") })
        let json = try CLI.run(["rules", "--format", "json"], stdin: "")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((decoded?["rules"] as? [[String: String]])?.count == 21)
    }

    /// JSON Lines are linted as they come: the reports of a first batch are out while the input
    /// is still open, so a bulk run holds a batch, not its whole input.
    @Test func jsonLinesAreReportedBeforeTheInputEnds() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["lint", "--input", "jsonl", "--format", "jsonl"]
        process.currentDirectoryURL = CLI.repository
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let line = Data(#"{"id": "r", "messages": ["Здравствуйте! Заказ приедет завтра до 18:00."]}"#.utf8 + [0x0A])
        for _ in 0..<2000 { input.fileHandleForWriting.write(line) }
        // The input stays open; a report must come anyway, or the test stops waiting after 60 s.
        let firstReport = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            while !received.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received += chunk
            }
            firstReport.signal()
        }
        reader.start()
        #expect(firstReport.wait(timeout: .now() + 60) == .success)
        #expect(String(decoding: received, as: UTF8.self).hasPrefix(#"{"id":"r","findings":"#))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

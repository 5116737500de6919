import Foundation
import HandbookBuild
import HandbookKit
import Testing
import TestSupport

/// `handbook check` lints every example: a bad one must produce exactly its `rules:`, a good one
/// no warning or error; a malformed example is a diagnostic at its own line.
@Suite struct ExampleCheckTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The diagnostics of checking a handbook with the bundled style and these examples.
    private func check(_ examples: [String: String], home: String = "") throws -> [String] {
        var files = ["Handbook/index.md": "---\ntitle: Главная\n---\n" + home]
        for (name, text) in examples { files["Examples/" + name] = text }
        let handbook = try TemporaryHandbook(files)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        return BuildPipeline(root: handbook.root).check().diagnostics.sorted.map(\.description)
    }

    private func example(verdict: String, rules: String? = nil, extra: String = "", dialogue: String) -> String {
        "---\ntitle: Пример\nchannel: chat\ntopic: delivery\nverdict: \(verdict)\n" + (rules.map { "rules: \($0)\n" } ?? "") + extra + "---\n\n```dialogue\n"
            + dialogue + "```\n"
    }

    private let ladder = "клиент: Где мой заказ 5521? Жду третий день.\nагент: Добрый день!\n> ✗ chat.empty-greeting: пусто\nагент: Сейчас посмотрю\n"
    private let answer = "клиент: Где мой заказ 5521? Жду третий день.\nагент: Здравствуйте! Заказ у курьера, он привезёт его сегодня до 18:00.\n"

    @Test func examplesThatMatchTheLinterPass() throws {
        #expect(try check([
            "ladder-bad.md": example(
                verdict: "bad", rules: "[chat.empty-greeting, chat.ladder, promise.no-eta]", extra: "fixed: ladder-good\n", dialogue: ladder),
            "ladder-good.md": example(verdict: "good", dialogue: answer),
        ]) == [])
    }

    @Test func chaptersLinkToExamplesTheGalleryAndTheRules() throws {
        let examples = ["ladder-good.md": example(verdict: "good", dialogue: answer)]
        #expect(try check(examples, home: "[пример](example:ladder-good), [галерея](example:), [правила](rule:)\n").isEmpty)
        #expect(try check(examples, home: "[пример](example:ladder-god)\n") == [
            "Handbook/index.md:4:1: error: there is no example 'ladder-god' in the examples folder; did you mean 'ladder-good'?",
        ])
    }

    /// The words around an example's dialogue are Markdown like a chapter's: their links were
    /// neither checked nor rewritten (`href="example:no-such-example"`).
    @Test func linksAroundTheDialogueAreCheckedAndLeadToPages() throws {
        let prose = "Cм. [правило](rule:no.such-rule), [пример](example:no-such-example), [глава](../Handbook/missing.md), "
            + "[главная](../Handbook/index.md) и [лесенка](rule:chat.ladder).\n\n"
        var text = example(verdict: "good", dialogue: answer)
        text = text.replacingOccurrences(of: "---\n\n```", with: "---\n\n" + prose + "```")
        #expect(try check(["prose.md": text]) == [
            "Examples/prose.md:8:5: error: the lint style has no rule 'no.such-rule'; 'handbook rules' lists them",
            "Examples/prose.md:8:35: error: there is no example 'no-such-example' in the examples folder",
            "Examples/prose.md:8:70: error: link to a missing page '../Handbook/missing.md'; create it or fix the link",
        ])
        let handbook = try TemporaryHandbook([
            "Handbook/index.md": "# Главная\n",
            "Examples/prose.md": example(verdict: "good", dialogue: answer).replacingOccurrences(
                of: "---\n\n```", with: "---\n\n[главная](../Handbook/index.md), [себя](example:prose), [галерея](example:)\n\n```"),
        ])
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        let page = try handbook.read("site/examples/prose.html")
        #expect(page.contains("<a href=\"../index.html\">главная</a>, <a href=\"prose.html\">себя</a>, <a href=\"index.html\">галерея</a>"))
    }

    @Test func eachTurnOfTheAgentIsItsOwnDraft() throws {
        // Two answers separated by the client's message are not a лесенка.
        let turns = answer + "клиент: А можно к 20:00?\nагент: Да, перенёс доставку на 20:00, курьер позвонит за час.\n"
        #expect(try check(["turns.md": example(verdict: "good", dialogue: turns)]) == [])
    }

    @Test func mismatchesPointAtTheExample() throws {
        #expect(try check([
            "a.md": example(verdict: "bad", rules: "[chat.ladder, tone.blame]", dialogue: ladder),
            "b.md": example(verdict: "good", dialogue: "клиент: Где заказ?\nагент: Ваш заказ придёт в ближайшее время.\n"),
        ]) == [
            "Examples/a.md:6: error: 'rules' lists 'tone.blame', but the linter does not find it in this dialogue; show the mistake or take the rule out",
            "Examples/a.md:11:8: error: the linter also finds 'chat.empty-greeting' here, which 'rules' does not list "
                + "(it says: Первое сообщение — только приветствие или «подождите», а клиент ждёт ответа. "
                + "Начните с ответа или назовите срок в том же сообщении.); "
                + "add it to 'rules' or change the dialogue",
            "Examples/a.md:13:15: error: the linter also finds 'promise.no-eta' here, which 'rules' does not list "
                + "(it says: «посмотрю» — пауза без срока: клиент не знает, сколько ждать. Скажите, когда вернётесь: «проверю и отвечу через 10 минут».); "
                + "add it to 'rules' or change the dialogue",
            "Examples/b.md:10:25: error: a good example must pass the linter, but it finds 'promise.vague-deadline' here "
                + "(it says: «в ближайшее время» — расплывчатый срок. Назовите конкретное время: «до 18:00», «в течение 2 часов», «завтра до обеда».)",
        ])
    }

    @Test func malformedExamplesAreDiagnostics() throws {
        let result = try check([
            "no-front-matter.md": "```dialogue\nагент: Да\n```\n",
            "no-dialogue.md": "---\ntitle: Т\nchannel: chat\ntopic: t\nverdict: good\n---\nТекст\n",
            "bad-verdict.md": example(verdict: "so-so", dialogue: answer),
            "unknown.md": example(verdict: "bad", rules: "[tone.blam]", extra: "fixed: nowhere\nlevel: 3\n", dialogue: "агент: Да\n> ✗ chat.ladr: x\n"),
            "roles.md": example(verdict: "good", dialogue: "оператор: Привет\n"),
        ])
        #expect(result == [
            "Examples/bad-verdict.md:5:10: error: 'verdict' is 'good' or 'bad', not 'so-so'",
            "Examples/no-dialogue.md:7: error: the example has no ```dialogue block",
            "Examples/no-front-matter.md:1:1: error: an example starts with front matter: title, channel, topic, verdict, rules, fixed between '---' lines",
            "Examples/roles.md:9:1: error: unknown role 'оператор'; a message starts with 'клиент:' or 'агент:'",
            "Examples/unknown.md:6: error: the lint style has no rule 'tone.blam'; did you mean 'tone.blame'?",
            "Examples/unknown.md:7: error: 'fixed: nowhere' names no example; write the file name of the good version without '.md'",
            "Examples/unknown.md:8:1: error: unknown key 'level' in the front matter of an example; known keys: channel, fixed, rules, title, topic, verdict",
            "Examples/unknown.md:13:5: error: the lint style has no rule 'chat.ladr'; did you mean 'chat.ladder'?",
        ])
    }

    @Test func verdictsRulesAndFixedAgree() throws {
        #expect(try check([
            "good.md": example(verdict: "good", rules: "[chat.ladder]", extra: "fixed: bad\n", dialogue: answer),
            "bad.md": example(verdict: "bad", dialogue: ladder),
        ]) == [
            "Examples/bad.md:5:1: error: a bad example lists the rules it breaks in 'rules: [...]'",
            "Examples/good.md:6:8: error: a good example breaks no rules; leave 'rules' out",
            "Examples/good.md:7: error: 'fixed:' goes on a bad example and names its good version",
        ])
    }

    @Test func chapterDialoguesAreHeldToTheirNotes() throws {
        let graded = "```dialogue\n" + ladder + "> ✗ chat.ladder: вторая реплика\n> ✗ promise.no-eta: без срока\n```\n\n```dialogue\n" + answer
            + "> ✓ ответ и срок\n```\n"
        #expect(try check([:], home: graded) == [])
        // A message without notes is quoted, not graded.
        #expect(try check([:], home: "```dialogue\nклиент: Где заказ?\nагент: Ожидайте.\n```\n") == [])
    }

    @Test func chapterDialoguesThatDisagreeWithTheLinterPointAtTheMessage() throws {
        let home = "```dialogue\nклиент: Где заказ?\nагент: Придёт в ближайшее время.\n> ✓ срок назван\n"
            + "клиент: Я дома.\nагент: Вы неправильно указали адрес.\n> ✗ tone.caps: крик\n```\n"
        #expect(try check([:], home: home) == [
            "Handbook/index.md:6:15: error: this message is marked ✓, but the linter finds 'promise.vague-deadline' here "
                + "(it says: «в ближайшее время» — расплывчатый срок. Назовите конкретное время: «до 18:00», «в течение 2 часов», «завтра до обеда».); "
                + "change the message or mark it '✗ promise.vague-deadline: …'",
            "Handbook/index.md:9:8: error: the linter also finds 'tone.blame' in this message, which its notes do not name "
                + "(it says: «Вы неправильно» звучит как упрёк клиенту. Опишите, что произошло, без оценки: «платёж ушёл на старый номер карты».); "
                + "add '✗ tone.blame: …' or change the message",
            "Handbook/index.md:10:5: error: the note names 'tone.caps', but the linter does not find it in this message; show the mistake or drop the note",
        ])
    }
}

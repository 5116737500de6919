import Foundation
import SourceFiles
import StyleLint

// Times the linter in-process (release build: `swift run -c release lint-benchmark [REPO]`):
// loading the default style with its Hunspell dictionary, linting a typical reply, the dev
// set's drafts on one thread, and 1 MB hostile drafts. `Benchmarks/lint_benchmark.py` adds the
// bulk CLI run and its peak memory.
//   --reply-only     stop after the reply and the dev set (more rounds of each)
//   --hostile WORD   only the hostile drafts whose name contains WORD (to profile one)

let arguments = CommandLine.arguments.dropFirst()
let repository = URL(fileURLWithPath: arguments.first { !$0.hasPrefix("--") } ?? FileManager.default.currentDirectoryPath)
let replyOnly = arguments.contains("--reply-only")
let hostileFilter = arguments.firstIndex(of: "--hostile").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[$0 + 1] : nil }

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func milliseconds(_ value: Double) -> String { String(format: "%.3f ms", value * 1000) }

func loadStyle() -> Style {
    let folder = repository.appendingPathComponent("Styles/ru-support")
    // Each style is freed outside the timed part: freeing a Hunspell dictionary is not loading it.
    var style: Style?
    let loads = (0..<7).map { _ in
        style = nil
        return seconds { style = Style.load(folder, displayPath: "Styles/ru-support").0 }
    }
    guard let style else {
        print("the style does not load")
        exit(1)
    }
    print("style load (\(style.rules.count) rules, Hunspell ru_RU included): median \(milliseconds(median(loads))), first \(milliseconds(loads[0]))")
    return style
}

func benchmarkReply(_ linter: Linter) {
    let reply = """
        Здравствуйте, Марина! Посмотрела ваш заказ 4471: курьер забрал его со склада в 11:40 и привезёт \
        сегодня с 18:00 до 20:00, за полчаса до приезда он позвонит. Если это время неудобно, напишите \
        здесь — перенесу доставку на завтра. Данный заказ оплачен картой, чек пришлём на почту. \
        Извените за задержку, в ближайшее время исправим!! Если захотите отменить заказ, это можно сделать \
        в приложении: «Мои заказы» → «Отменить», деньги вернутся на карту за 1–3 рабочих дня.
        """
    let draft = Draft(context: ["Где мой заказ 4471? Обещали вчера."], messages: [reply])
    let findings = linter.lint(draft).count
    let times = (0..<(replyOnly ? 20000 : 2000)).map { _ in seconds { _ = linter.lint(draft) } }
    print("one reply of \(reply.count) characters (\(findings) findings): median \(milliseconds(median(times))), "
        + "99th percentile \(milliseconds(times.sorted()[times.count * 99 / 100]))")
}

/// The dev set's drafts on one thread: the per-draft cost that bounds a bulk run.
func benchmarkDevSet(_ linter: Linter) {
    let file = repository.appendingPathComponent("Tests/LintDevSet/cases.jsonl")
    guard let data = FileManager.default.contents(atPath: file.path) else {
        print("cannot read \(file.path)")
        exit(1)
    }
    let drafts = InputLines(data).compactMap { line in line.bytes.flatMap { try? DraftReader.jsonLine($0, number: line.number, file: "cases.jsonl").get().draft } }
    let rounds = replyOnly ? 200 : 50
    let time = seconds { for _ in 0..<rounds { for draft in drafts { _ = linter.lint(draft) } } }
    print("dev-set drafts on one thread: \(milliseconds(time / Double(rounds * drafts.count))) per draft (\(drafts.count) drafts × \(rounds))")
}

func benchmarkHostile(_ linter: Linter) {
    let megabyte = 1 << 20
    func repeated(_ piece: String) -> String {
        String(repeating: piece, count: megabyte / piece.utf8.count + 1)
    }
    let hostile: [(String, () -> String)] = [
        ("one letter, 1 MB", { String(repeating: "а", count: megabyte / 2) }),
        ("'!!!' thousands of times", { repeated("!!! ") }),
        ("a repeated phrase", { repeated("как бы в ближайшее время осуществим данный возврат ") }),
        ("repeated problem lines", { repeated("Здравствуйте!!! Данный заказ придёт в ближайшее время, ОБЯЗАТЕЛЬНО ожидайте.  Извените\n") }),
        ("unbalanced quotes and brackets", { repeated("«(( \"") }),
        ("made-up words", { (0..<(megabyte / 12)).map { "ъыь\($0 % 9973)жж" }.joined(separator: " ") }),
    ]
    for (name, makeText) in hostile where hostileFilter.map(name.contains) ?? true {
        let text = makeText()
        var found = 0
        let time = seconds { found = linter.lint(Draft(context: ["Вопрос клиента про заказ и возврат денег"], messages: [text])).count }
        print("hostile \(name) (\(text.utf8.count / 1024) KB, \(found) findings): \(String(format: "%.3f", time)) s")
    }
}

let linter = Linter(style: loadStyle())
if hostileFilter == nil {
    benchmarkReply(linter)
    benchmarkDevSet(linter)
}
if !replyOnly { benchmarkHostile(linter) }

import Foundation
import SourceFiles
import StyleLint

// Times the linter in-process (release build: `swift run -c release lint-benchmark`):
// loading the default style with its Hunspell dictionary, linting a typical reply, and
// linting 1 MB hostile drafts. `Benchmarks/lint_benchmark.py` adds the bulk CLI run and
// peak memory.

let repository = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath)
let styleFolder = repository.appendingPathComponent("Styles/ru-support")

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func format(_ value: Double) -> String { String(format: "%.3f", value * 1000) + " ms" }

// Each style is freed outside the timed part: freeing a Hunspell dictionary is not loading it.
var style: Style?
let loads = (0..<7).map { _ in
    style = nil
    return seconds { style = Style.load(styleFolder, displayPath: "Styles/ru-support").0 }
}
guard let style else {
    print("the style does not load")
    exit(1)
}
print("style load (\(style.rules.count) rules, Hunspell ru_RU included): median \(format(median(loads))), first \(format(loads[0]))")

let linter = Linter(style: style)
let reply = """
    Здравствуйте, Марина! Посмотрела ваш заказ 4471: курьер забрал его со склада в 11:40 и привезёт \
    сегодня с 18:00 до 20:00, за полчаса до приезда он позвонит. Если это время неудобно, напишите \
    здесь — перенесу доставку на завтра. Данный заказ оплачен картой, чек пришлём на почту. \
    Извените за задержку, в ближайшее время исправим!! Если захотите отменить заказ, это можно сделать \
    в приложении: «Мои заказы» → «Отменить», деньги вернутся на карту за 1–3 рабочих дня.
    """
let draft = Draft(context: ["Где мой заказ 4471? Обещали вчера."], messages: [reply])
_ = linter.lint(draft)
let replyOnly = CommandLine.arguments.contains("--reply-only")
let times = (0..<(replyOnly ? 20000 : 2000)).map { _ in seconds { _ = linter.lint(draft) } }
print("one reply of \(reply.count) characters (\(linter.lint(draft).count) findings): median \(format(median(times))), 99th percentile \(format(times.sorted()[times.count * 99 / 100]))")

// The dev set's drafts on one thread: the per-draft cost that bounds a bulk run.
let devSet = try! SourceText(path: "cases.jsonl", data: Data(contentsOf: repository.appendingPathComponent("Tests/LintDevSet/cases.jsonl")))
let devDrafts = DraftReader.lines(devSet).compactMap { try? DraftReader.jsonLine($0.text, number: $0.number, file: "cases.jsonl").get().draft }
let rounds = replyOnly ? 200 : 50
let devTime = seconds { for _ in 0..<rounds { for draft in devDrafts { _ = linter.lint(draft) } } }
print("dev-set drafts on one thread: \(format(devTime / Double(rounds * devDrafts.count))) per draft (\(devDrafts.count) drafts × \(rounds))")

if replyOnly { exit(0) }
let megabyte = 1 << 20
func repeated(_ piece: String) -> String {
    String(repeating: piece, count: megabyte / piece.utf8.count + 1)
}
let hostile: [(String, String)] = [
    ("one letter, 1 MB", String(repeating: "а", count: megabyte / 2)),
    ("'!!!' thousands of times", repeated("!!! ")),
    ("a repeated phrase", repeated("как бы в ближайшее время осуществим данный возврат ")),
    ("repeated problem lines", repeated("Здравствуйте!!! Данный заказ придёт в ближайшее время, ОБЯЗАТЕЛЬНО ожидайте.  Извените\n")),
    ("unbalanced quotes and brackets", repeated("«(( \"")),
    ("made-up words", (0..<(megabyte / 12)).map { "ъыь\($0 % 9973)жж" }.joined(separator: " ")),
]
for (name, text) in hostile {
    var found = 0
    let time = seconds { found = linter.lint(Draft(context: ["Вопрос клиента про заказ и возврат денег"], messages: [text])).count }
    print("hostile \(name) (\(text.utf8.count / 1024) KB, \(found) findings): \(String(format: "%.3f", time)) s")
}

import HandbookKit
import Markdown

/// The words of the site's own interface, in the handbook's language.
struct SiteStrings: Sendable {
    var contents: String
    var onThisPage: String
    var previous: String
    var next: String
    var menu: String
    var inThisSection: String
    var home: String
    var skipToContent: String
    /// Around the handbook blocks: what a screen reader hears, what the copy button says.
    var dialogue: String
    var good: String
    var bad: String
    var note: String
    var copy: String
    var copied: String
    /// The titles of callouts (`> [!NOTE]` …), by kind.
    var callouts: [Callout: String]
    /// The rule pages.
    var rules: String
    var rulesLead: String
    var rule: String
    var level: String
    var catches: String
    var linterSays: String
    var explainedIn: String
    var notExplained: String
    var allRules: String
    private var levels: [String: String]

    /// `error`, `warning`, `suggestion` in the handbook's language.
    func levelName(_ level: String) -> String { levels[level] ?? level }

    init(_ language: HandbookLanguage) {
        switch language {
        case .ru:
            contents = "Содержание"
            onThisPage = "На этой странице"
            previous = "Назад"
            next = "Далее"
            menu = "Меню"
            inThisSection = "В этом разделе"
            home = "Главная"
            skipToContent = "Перейти к тексту"
            (dialogue, good, bad, note, copy, copied) = ("Диалог", "Хорошо", "Ошибка", "Заметка", "Копировать", "Скопировано")
            callouts = [.note: "Заметка", .tip: "Совет", .important: "Важно", .warning: "Внимание", .caution: "Осторожно"]
            (rules, rulesLead, rule, level, catches) = (
                "Правила линтера", "Эти правила проверяет «handbook lint» в черновике ответа. Ссылка из замечания линтера ведёт на страницу правила.",
                "Правило", "Уровень", "Что ловит"
            )
            (linterSays, explainedIn, notExplained, allRules) = (
                "Линтер пишет", "Где в руководстве", "Пока ни один раздел руководства не ссылается на это правило.", "Все правила"
            )
            levels = ["error": "ошибка", "warning": "предупреждение", "suggestion": "совет"]
        case .en:
            contents = "Contents"
            onThisPage = "On this page"
            previous = "Previous"
            next = "Next"
            menu = "Menu"
            inThisSection = "In this section"
            home = "Home"
            skipToContent = "Skip to content"
            (dialogue, good, bad, note, copy, copied) = ("Dialogue", "Good", "Mistake", "Note", "Copy", "Copied")
            callouts = [.note: "Note", .tip: "Tip", .important: "Important", .warning: "Warning", .caution: "Caution"]
            (rules, rulesLead, rule, level, catches) = (
                "Lint rules", "These are the rules “handbook lint” checks in a draft reply. A finding's link leads to its rule's page.",
                "Rule", "Level", "What it catches"
            )
            (linterSays, explainedIn, notExplained, allRules) = (
                "The linter says", "In the handbook", "No section of the handbook links to this rule yet.", "All rules"
            )
            levels = ["error": "error", "warning": "warning", "suggestion": "suggestion"]
        }
    }

    var context: [String: String] {
        [
            "contents": contents, "onThisPage": onThisPage, "previous": previous, "next": next,
            "menu": menu, "inThisSection": inThisSection, "home": home, "skipToContent": skipToContent,
        ]
    }
}

import HandbookKit
import Markdown
import SourceFiles

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
    /// The e-book's landmarks: its cover and where reading starts.
    var cover: String
    var start: String
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
    /// The examples' gallery and pages.
    var examples: String
    var filter: String
    var topic: String
    var channel: String
    var verdict: String
    var any: String
    var shown: String
    var rulesBroken: String
    var howItShouldBe: String
    var howNotTo: String
    var allExamples: String
    var verdictGood: String
    var verdictBad: String
    /// Names of the usual channels and topics; others are shown as written.
    var exampleNames: [String: String]

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
            cover = "Обложка"
            start = "Начало"
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
            (examples, filter, topic, channel, verdict, any, shown) = (
                "Примеры диалогов", "Отбор примеров", "Тема", "Канал", "Оценка", "все", "Показано: {shown} из {total}"
            )
            (rulesBroken, howItShouldBe, howNotTo, allExamples, verdictGood, verdictBad) = (
                "Нарушенные правила", "Как надо", "Как не надо", "Все примеры", "хорошо", "плохо"
            )
            exampleNames = [
                "chat": "чат", "email": "почта", "social": "соцсети", "phone": "телефон",
                "payments": "оплата", "delivery": "доставка", "returns": "возвраты", "outages": "сбои",
                "complaints": "жалобы", "off-topic": "вопросы не по теме", "account": "учётная запись",
            ]
        case .en:
            contents = "Contents"
            onThisPage = "On this page"
            previous = "Previous"
            next = "Next"
            menu = "Menu"
            inThisSection = "In this section"
            home = "Home"
            skipToContent = "Skip to content"
            cover = "Cover"
            start = "Start"
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
            (examples, filter, topic, channel, verdict, any, shown) = (
                "Dialogue examples", "Filter the examples", "Topic", "Channel", "Verdict", "any", "Showing {shown} of {total}"
            )
            (rulesBroken, howItShouldBe, howNotTo, allExamples, verdictGood, verdictBad) = (
                "Rules broken", "The way to do it", "How not to", "All examples", "good", "bad"
            )
            exampleNames = [
                "chat": "chat", "email": "e-mail", "social": "social media", "phone": "phone",
                "payments": "payments", "delivery": "delivery", "returns": "returns", "outages": "outages",
                "complaints": "complaints", "off-topic": "off-topic questions", "account": "account",
            ]
        }
    }

    var context: [String: String] {
        [
            "contents": contents, "onThisPage": onThisPage, "previous": previous, "next": next,
            "menu": menu, "inThisSection": inThisSection, "home": home, "skipToContent": skipToContent,
        ]
    }
}

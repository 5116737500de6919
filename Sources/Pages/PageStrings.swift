import HandbookKit
public import Markdown
public import SourceFiles

/// The words of the handbook's own interface on its pages, in the site and the book, in the handbook's language.
public struct PageStrings: Sendable {
    public var contents: String
    public var onThisPage: String
    public var previous: String
    public var next: String
    public var menu: String
    public var inThisSection: String
    public var home: String
    public var skipToContent: String
    /// The e-book's landmarks: its cover and where reading starts.
    public var cover: String
    public var start: String
    /// Around the handbook blocks: what a screen reader hears, what the copy button says.
    public var dialogue: String
    public var good: String
    public var bad: String
    public var note: String
    public var copy: String
    public var copied: String
    /// The titles of callouts (`> [!NOTE]` …), by kind.
    public var callouts: [Callout: String]
    /// The rule pages.
    public var rules: String
    public var rulesLead: String
    public var rule: String
    public var level: String
    public var catches: String
    public var linterSays: String
    public var explainedIn: String
    public var notExplained: String
    public var allRules: String
    private var levels: [String: String]
    /// The examples' gallery and pages.
    public var examples: String
    public var filter: String
    public var topic: String
    public var channel: String
    public var verdict: String
    public var any: String
    public var shown: String
    public var rulesBroken: String
    public var howItShouldBe: String
    public var howNotTo: String
    public var allExamples: String
    public var verdictGood: String
    public var verdictBad: String
    /// Names of the usual channels and topics; others are shown as written.
    public var exampleNames: [String: String]

    /// `error`, `warning`, `suggestion` in the handbook's language.
    public func levelName(_ level: String) -> String { levels[level] ?? level }

    public init(_ language: HandbookLanguage) {
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

    public var context: [String: String] {
        [
            "contents": contents, "onThisPage": onThisPage, "previous": previous, "next": next,
            "menu": menu, "inThisSection": inThisSection, "home": home, "skipToContent": skipToContent,
        ]
    }
}

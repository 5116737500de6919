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
    /// The lint page, where a draft is checked through `handbook serve`.
    public var lint: LintPageStrings
    /// The whole book on one page (`print.html`), and the link to a page's source for a fix.
    public var wholeBook: String
    public var editPage: String
    /// The text of a page left at a page's old address.
    public var moved: String
    /// The search field of the site's top bar.
    public var search: SearchStrings

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
            lint = .russian
            (wholeBook, editPage) = ("Всё руководство на одной странице", "Предложить правку")
            moved = "Страница переехала:"
            search = .russian
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
            lint = .english
            (wholeBook, editPage) = ("The whole handbook on one page", "Edit this page")
            moved = "This page has moved:"
            search = .english
        }
    }

    public var context: [String: String] {
        [
            "contents": contents, "onThisPage": onThisPage, "previous": previous, "next": next,
            "menu": menu, "inThisSection": inThisSection, "home": home, "skipToContent": skipToContent,
            "editPage": editPage,
        ]
    }
}

/// The words of the search field; `{count}` is how many sections were found.
public struct SearchStrings: Sendable {
    public var label: String
    public var placeholder: String
    public var keyHint: String
    public var found: String
    public var none: String

    public static let russian = SearchStrings(
        label: "Поиск по руководству", placeholder: "Поиск по руководству", keyHint: "Нажмите «/», чтобы начать поиск",
        found: "Найдено: {count}", none: "Ничего не найдено")
    public static let english = SearchStrings(
        label: "Search the handbook", placeholder: "Search the handbook", keyHint: "Press “/” to search",
        found: "Found: {count}", none: "Nothing found")
}

/// The words of the lint page. Those its script shows (from `checking` on) travel to it in the
/// page; `{name}` marks what is filled in: `{client}` and `{agent}` the handbook's role labels,
/// `{count}`, `{match}`, `{suggestion}`, `{rule}`, `{number}`, `{message}`, `{line}`, `{column}`.
public struct LintPageStrings: Sendable {
    public var title: String
    public var lead: String
    /// Opened without a server: what to run, and where to open the page then.
    public var needsServer: String
    public var thenOpen: String
    public var noServerHere: String
    public var contextLabel: String
    public var contextHint: String
    public var contextFromDialogue: String
    public var draftLabel: String
    public var draftHint: String
    public var check: String
    public var shortcut: String
    public var tokenLabel: String
    public var tokenHint: String
    public var findings: String
    public var checking: String
    public var emptyDraft: String
    public var noFindings: String
    public var count: String
    public var messageNumber: String
    public var showInDraft: String
    public var quoted: String
    public var replace: String
    public var rulePage: String
    public var tokenNeeded: String
    public var tokenRefused: String
    public var refused: String
    public var position: String
    public var noAnswer: String

    /// Every word of the page, to typeset them all.
    static var allWords: [WritableKeyPath<LintPageStrings, String>] {
        [
            \.title, \.lead, \.needsServer, \.thenOpen, \.noServerHere, \.contextLabel, \.contextHint, \.contextFromDialogue,
            \.draftLabel, \.draftHint, \.check, \.shortcut, \.tokenLabel, \.tokenHint, \.findings, \.checking, \.emptyDraft,
            \.noFindings, \.count, \.messageNumber, \.showInDraft, \.quoted, \.replace, \.rulePage, \.tokenNeeded,
            \.tokenRefused, \.refused, \.position, \.noAnswer,
        ]
    }

    public static let russian = LintPageStrings(
        title: "Проверка ответа",
        lead: "Линтер руководства проверяет черновик, пока вы пишете: по тем же правилам, что и диалоги в руководстве.",
        needsServer: "Проверка работает через сервер руководства. Запустите его в папке руководства:",
        thenOpen: "Затем откройте эту страницу на сервере:",
        noServerHere: "По этому адресу сервер руководства не ответил.",
        contextLabel: "Сообщения клиента",
        contextHint: "Необязательно: на что вы отвечаете. Между сообщениями — пустая строка.",
        contextFromDialogue: "В черновике диалог: сообщения клиента берутся из его строк «{client}:\u{00A0}…», а это поле не учитывается.",
        draftLabel: "Черновик ответа",
        draftHint: "Одно или несколько сообщений, между сообщениями — пустая строка. Можно вставить диалог целиком: строки «{client}:\u{00A0}…» и «{agent}:\u{00A0}…».",
        check: "Проверить",
        shortcut: "или Ctrl+Enter",
        tokenLabel: "Ключ доступа",
        tokenHint: "Сервер проверки просит ключ. Он хранится только в этой вкладке.",
        findings: "Замечания",
        checking: "Проверяю…",
        emptyDraft: "Напишите черновик — замечания появятся здесь.",
        noFindings: "Замечаний нет.",
        count: "Замечаний: {count}.",
        messageNumber: "сообщение {number}",
        showInDraft: "Выделить в черновике:",
        quoted: "«{match}»",
        replace: "Заменить на «{suggestion}»",
        rulePage: "Правило {rule}",
        tokenNeeded: "Сервер просит ключ доступа: введите его в поле «Ключ доступа».",
        tokenRefused: "Ключ не подошёл: проверьте его и введите снова.",
        refused: "Сервер не принял черновик: {message}",
        position: "строка {line}, столбец {column}",
        noAnswer: "Сервер не ответил. Запущен ли «handbook serve»?"
    )

    public static let english = LintPageStrings(
        title: "Check a reply",
        lead: "The handbook's linter checks your draft as you type, by the rules the handbook's dialogues are graded with.",
        needsServer: "Checking needs the handbook's server. Start it in the handbook's folder:",
        thenOpen: "Then open this page on the server:",
        noServerHere: "No handbook server answered at this address.",
        contextLabel: "The client's messages",
        contextHint: "Optional: what you are answering. Separate messages with an empty line.",
        contextFromDialogue: "The draft is a dialogue: the client's messages come from its “{client}:\u{00A0}…” lines, and this field is left out.",
        draftLabel: "Your draft",
        draftHint: "One message or several, separated by an empty line. A whole dialogue works too: lines “{client}:\u{00A0}…” and “{agent}:\u{00A0}…”.",
        check: "Check",
        shortcut: "or Ctrl+Enter",
        tokenLabel: "Access token",
        tokenHint: "The server asks for a token. It is kept in this tab only.",
        findings: "Findings",
        checking: "Checking…",
        emptyDraft: "Write a draft, and the findings will show here.",
        noFindings: "No findings.",
        count: "Findings: {count}.",
        messageNumber: "message {number}",
        showInDraft: "Select in the draft:",
        quoted: "“{match}”",
        replace: "Replace with “{suggestion}”",
        rulePage: "Rule {rule}",
        tokenNeeded: "The server asks for an access token: enter it in the “Access token” field.",
        tokenRefused: "The token was not accepted: check it and enter it again.",
        refused: "The server did not take the draft: {message}",
        position: "line {line}, column {column}",
        noAnswer: "The server did not answer. Is “handbook serve” running?"
    )
}

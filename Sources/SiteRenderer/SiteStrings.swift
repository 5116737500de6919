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
        }
    }

    var context: [String: String] {
        [
            "contents": contents, "onThisPage": onThisPage, "previous": previous, "next": next,
            "menu": menu, "inThisSection": inThisSection, "home": home, "skipToContent": skipToContent,
        ]
    }
}

import Foundation
import HandbookKit
import Testing
import SourceFiles

@Suite struct ConfigTests {
    private func parse(_ yaml: String) -> (HandbookConfig?, [String]) {
        let (config, diagnostics) = HandbookConfig.parse(SourceText(path: "handbook.yml", text: yaml))
        return (config, diagnostics.items.map(\.description))
    }

    @Test func readsEveryField() {
        let (config, problems) = parse("""
            title: Руководство
            language: en
            author: Команда
            description: Как мы отвечаем
            output: public
            folders:
              chapters: Book
              examples: Ex
              styles: St
              theme: Theme
            markdown:
              raw-html: true
            """)
        #expect(problems.isEmpty)
        #expect(config?.title == "Руководство")
        #expect(config?.language == .en)
        #expect(config?.author == "Команда")
        #expect(config?.description == "Как мы отвечаем")
        #expect(config?.outputFolder == "public")
        #expect(config?.chaptersFolder == "Book")
        #expect(config?.examplesFolder == "Ex")
        #expect(config?.stylesFolder == "St")
        #expect(config?.themeFolder == "Theme")
        #expect(config?.allowsRawHTML == true)
    }

    /// Control characters in a title were written raw into every page (NUL bytes included).
    @Test func charactersNoPageCanShowAreLeftOutWithAWarning() {
        let (config, problems) = parse("title: \"Книга\\x01\\0 и\\x1b[31m\"\nauthor: \"\\uFFFEАвтор\\x7f\"\ndescription: \"Табуляция\\tостаётся\"\n")
        #expect(config?.title == "Книга и[31m")
        #expect(config?.author == "Автор")
        #expect(config?.description == "Табуляция\tостаётся")
        #expect(problems == [
            "handbook.yml:1:8: warning: 'title' holds characters that no page can show (U+0000, U+0001, U+001B); they are left out",
            "handbook.yml:2:9: warning: 'author' holds characters that no page can show (U+007F, U+FFFE); they are left out",
        ])
    }

    @Test func dialogueRoleLabels() {
        let (config, problems) = parse("title: T\ndialogue:\n  client: [Покупатель, Гость]\n  agent: [Оператор]\n")
        #expect(problems.isEmpty)
        let labels = config?.blockLabels
        #expect(labels?.clientRoles == ["Покупатель", "Гость"])
        #expect(labels?.agentRoles == ["Оператор"])
        #expect(labels?.vague == ["Расплывчато", "vague"])
        #expect(parse("title: T\n").0?.blockLabels.agentRoles == ["Агент", "agent"])
        #expect(parse("title: T\ndialogue:\n  client: [\"a:b\"]\n  agent: []\n").1 == [
            "handbook.yml:3:11: error: 'client' lists role labels, like [Клиент, Покупатель]: words without ':' or a leading '>'",
            "handbook.yml:4:10: error: 'agent' lists role labels, like [Клиент, Покупатель]: words without ':' or a leading '>'",
        ])
        #expect(parse("title: T\ndialogue:\n  client: [Гость]\n  agent: [гость]\n  role: x\n").1 == [
            "handbook.yml:4:10: error: 'гость' is both a client's and an agent's label; a label names one role",
            "handbook.yml:5:3: error: unknown key 'role' in 'dialogue'; known keys: agent, client",
        ])
    }

    @Test func defaultsAreTheDocumentedLayout() {
        let (config, _) = parse("title: X")
        #expect(config?.language == .ru)
        #expect(config?.chaptersFolder == "Handbook")
        #expect(config?.outputFolder == "site")
        #expect(config?.themeFolder == nil)
        #expect(config?.allowsRawHTML == false)
    }

    @Test func folderPathsAreNormalised() {
        let (config, _) = parse("title: X\noutput: ./public/\nfolders:\n  chapters: ./Book//\n  theme: /abs/Theme/\n")
        #expect(config?.outputFolder == "public")
        #expect(config?.chaptersFolder == "Book")
        #expect(config?.themeFolder == "/abs/Theme")
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() {
        let (config, problems) = parse("title: X\ntitel: Y\nmarkdown:\n  raw-htm: true\n")
        #expect(config == nil)
        #expect(problems.contains("handbook.yml:2:1: error: unknown key 'titel' in handbook.yml; did you mean 'title'?"))
        #expect(problems.contains("handbook.yml:4:3: error: unknown key 'raw-htm' in 'markdown'; did you mean 'raw-html'?"))
    }

    @Test func wrongTypesArePositioned() {
        let (_, problems) = parse("title: X\nmarkdown:\n  raw-html: maybe\nfolders: [a, b]\n")
        #expect(problems.contains("handbook.yml:3:13: error: 'raw-html' should be true or false"))
        #expect(problems.contains("handbook.yml:4:10: error: 'folders' should be a mapping of 'key: value' lines"))
    }

    @Test func brokenYAMLSaysWhere() {
        let (config, problems) = parse("title: X\nlanguage: [ru\n")
        #expect(config == nil)
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("handbook.yml:3:1: error: invalid YAML:"))
    }

    @Test func titleIsRequiredAndLanguageChecked() {
        let (_, problems) = parse("language: de\n")
        #expect(problems.contains { $0.contains("'title' is required") })
        #expect(problems.contains("handbook.yml:1:11: error: language 'de' is not supported; use one of: ru, en"))
    }

    /// `url:` is where the site is published: an http(s) address, in any case, given a final slash.
    @Test func theSiteAddressIsAnHTTPAddress() {
        #expect(parse("title: X\nurl: HTTPS://Support.example.com/handbook\n").0?.url == "HTTPS://Support.example.com/handbook/")
        #expect(parse("title: X\nurl: https://support.example.com/\n").0?.url == "https://support.example.com/")
        for bad in ["support.example.com", "ftp://x/", "https://", "https://x/a b", "javascript:alert(1)//"] {
            #expect(parse("title: X\nurl: '\(bad)'\n").1.contains { $0.contains("'url' is the address the site is published at") }, "\(bad)")
        }
    }

    @Test func theEditAddressNeedsThePathAndIsAnHTTPAddress() {
        let config = parse("title: X\nedit-url: https://git.example.com/h/edit/main/{path}?plain=1\n").0
        #expect(config?.editURL(of: "Handbook/03 Стандарты/01-email.md")
            == "https://git.example.com/h/edit/main/Handbook/03%20%D0%A1%D1%82%D0%B0%D0%BD%D0%B4%D0%B0%D1%80%D1%82%D1%8B/01-email.md?plain=1")
        #expect(config?.editURL(of: "Handbook/a#b?c%d.md") == "https://git.example.com/h/edit/main/Handbook/a%23b%3Fc%25d.md?plain=1")
        #expect(parse("title: X\n").0?.editURL(of: "Handbook/a.md") == nil)
        let missing = parse("title: X\nedit-url: https://git.example.com/h/edit/main/\n")
        #expect(missing.0 == nil)
        #expect(missing.1 == [
            "handbook.yml:2:11: error: 'edit-url' has no '{path}': put it where the page's file goes (its path from the folder of handbook.yml), "
                + "like 'https://github.com/team/handbook/edit/main/{path}'",
        ])
        for bad in ["javascript:alert('{path}')", "git.example.com/{path}", "https://x/{path} y"] {
            #expect(parse("title: X\nedit-url: \"\(bad)\"\n").1.contains { $0.contains("'edit-url' is an address starting with 'https://'") }, "\(bad)")
        }
    }

    @Test func duplicateKeyIsAnError() {
        let (_, problems) = parse("title: A\ntitle: B\n")
        #expect(problems.contains { $0.hasPrefix("handbook.yml:") && $0.contains("'title' is given twice") })
    }

    @Test func missingFileExplainsWhatToDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-config-\(UUID().uuidString)")
        let (config, diagnostics) = HandbookConfig.load(root: folder)
        #expect(config == nil)
        #expect(diagnostics.items.first?.description.contains("no handbook.yml in") == true)
        #expect(diagnostics.items.first?.description.contains("--root DIR") == true)
    }
}

@Suite struct SourceTextTests {
    @Test func invalidUTF8IsReportedAtItsPosition() {
        let bytes = Data("первая\nвт".utf8) + Data([0xD0]) + Data("x".utf8)
        #expect(throws: Diagnostic.error(
            "the file is not valid UTF-8 (first bad byte here); save it as UTF-8", file: "a.md", line: 2, column: 3)
        ) {
            try SourceText(path: "a.md", data: bytes)
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        let text = try SourceText(path: "a.md", data: Data([0xEF, 0xBB, 0xBF]) + Data("# Заголовок".utf8))
        #expect(text.text == "# Заголовок")
    }

    @Test func columnsCountScalarsNotBytes() {
        var columns = SourceText.ScalarColumns(SourceText(path: "a.md", text: "x\nабв [ссылка](y) [ещё](z)\nё"))
        #expect(columns.column(line: 2, byteColumn: 8) == 5)
        #expect(columns.column(line: 2, byteColumn: 28) == 19)
        #expect(columns.column(line: 2, byteColumn: 1) == 1)
        #expect(columns.column(line: 3, byteColumn: 3) == 2)
        #expect(columns.column(line: 2, byteColumn: 999) == 25, "past the end")
    }
}

@Suite struct ShownControlCharacterTests {
    @Test func controlCharactersBecomeVisibleAndKeepTheirColumns() {
        #expect("a\u{1B}[2J\nb\tc\u{7F}\u{85}".controlCharactersShown == "a\u{241B}[2J\u{240A}b\u{2409}c\u{2421}\u{FFFD}")
        #expect("a\u{1B}\nb\r\n".showingControlCharacters(keepingLineBreaks: true) == "a\u{241B}\nb\r\n")
        #expect(Diagnostic.error("name\u{1B}[31m\nnext", file: "f\u{7}.md", line: 1).description == "f\u{2407}.md:1: error: name\u{241B}[31m\u{240A}next")
        // Marks that reorder text ("Trojan Source") are shown too.
        #expect("ticket-\u{202E}1234\u{202C}\u{2066}".controlCharactersShown == "ticket-\u{FFFD}1234\u{FFFD}\u{FFFD}")
    }

    @Test func didYouMeanFindsTheClosestAndIgnoresTheHopeless() {
        #expect(closestCandidate(to: "chat.ladr", in: ["chat.ladder", "chat.empty-greeting"]) == "chat.ladder")
        #expect(closestCandidate(to: "нормы-по-канлам", in: ["нормы-по-каналам", "нормы"]) == "нормы-по-каналам")
        #expect(closestCandidate(to: "abc", in: ["xyz", "abd", "abcd"]) == "abd")
        #expect(closestCandidate(to: "totally-different", in: ["chat.ladder"]) == nil)
        let long = String(repeating: "a", count: 10_000)
        #expect(closestCandidate(to: long, in: [long.dropLast() + "b"]) == nil)
    }
}

import Foundation
import SourceFiles
import StyleLint
import Testing

@Suite struct StyleLoadingTests {
    private func load(_ files: [String: String]) throws -> (Style?, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("style-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let (style, diagnostics) = Style.load(folder, displayPath: "Styles/test")
        return (style, diagnostics.sorted.map(\.description))
    }

    static let kantselyarit = """
        extends: substitution
        name: Канцелярит
        message: "Проще: «{suggestion}» вместо «{match}»."
        level: suggestion
        link: https://example.com/kantselyarit
        description: Канцелярит, у которого есть простая замена.
        swap:
          данный: этот
          в настоящее время: сейчас
        """

    static let cliche = """
        extends: existence
        message: "«{match}» — штамп; скажите о ситуации клиента."
        tokens:
          - спасибо за ожидание
          - ваше обращение очень важно для нас
        """

    /// A style's files come from its own folder: a rule, list or accept file that links
    /// elsewhere (whose text a rule page would show) is left out, and a pipe is never opened.
    @Test func filesLinkedFromOutsideAreLeftOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("style-\(UUID().uuidString)")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).yml")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lists"), withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data(Self.cliche.utf8).write(to: outside)
        try Data(Self.kantselyarit.utf8).write(to: folder.appendingPathComponent("style.kantselyarit.yml"))
        for link in ["style.cliche.yml", "accept.txt", "lists/greeting.txt"] {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(link).path, withDestinationPath: outside.path)
        }
        #expect(mkfifo(folder.appendingPathComponent("style.pipe.yml").path, 0o644) == 0)
        let (style, diagnostics) = Style.load(folder, displayPath: "Styles/test")
        #expect(try #require(style).rules.map(\.info.id) == ["style.kantselyarit"])
        #expect(diagnostics.items.map(\.file).sorted() == [
            "Styles/test/accept.txt", "Styles/test/lists/greeting.txt", "Styles/test/style.cliche.yml", "Styles/test/style.pipe.yml",
        ])
        #expect(diagnostics.items.allSatisfy { $0.severity == .warning })
    }

    /// `accept: ./accept.txt` once dropped the accepted words without a word.
    @Test func theAcceptFileMayBeWrittenWithADotSlash() throws {
        let spelling = "extends: spelling\nmessage: \"Опечатка: {match}\"\n"
        for accept in ["./words/./accept.txt", "words/accept.txt"] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("style-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("words"), withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data("accept: \(accept)\n".utf8).write(to: folder.appendingPathComponent("style.yml"))
            try Data(spelling.utf8).write(to: folder.appendingPathComponent("typo.spelling.yml"))
            try Data("промокод\n".utf8).write(to: folder.appendingPathComponent("words/accept.txt"))
            let (style, diagnostics) = Style.load(folder, displayPath: "Styles/test")
            #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
            let linter = Linter(style: try #require(style))
            #expect(linter.lint(Draft(messages: ["Введите промокоды при оплате."])).isEmpty, "\(accept)")
        }
    }

    /// A rule file does not write where the site puts its page: such a link is left out with a
    /// warning, and findings link the page of whichever site or server shows them.
    @Test func aLinkIntoTheSiteIsLeftOutOfARuleFile() throws {
        let (style, problems) = try load(["style.cliche.yml": Self.cliche + "\nlink: rules/style.cliche.html\n"])
        #expect(try #require(style).rules.first?.info.link == nil)
        #expect(problems.count == 1 && problems[0].hasPrefix("Styles/test/style.cliche.yml:") && problems[0].contains("warning: 'link' is left out"))
    }

    /// A style's language is the handbook's one typed value: an unknown code is an error at it
    /// that lists the known ones, as in handbook.yml (it once became Russian without a word).
    @Test func anUnknownLanguageIsAnErrorListingTheKnownOnes() throws {
        let (_, problems) = try load(["style.yml": "language: de\n", "style.cliche.yml": Self.cliche])
        #expect(problems.contains("Styles/test/style.yml:1:11: error: language 'de' is not supported; use one of: ru, en"))
    }

    /// rules/index.html is the list of rules: a rule named `index` once replaced it.
    @Test func aRuleCannotBeNamedIndex() throws {
        let (style, problems) = try load(["index.yml": Self.cliche, "style.cliche.yml": Self.cliche])
        #expect(style == nil)
        #expect(problems == ["Styles/test/index.yml: error: 'index' cannot name a rule: rules/index.html is the list of rules; rename the file"])
    }

    @Test func loadsRulesAndLintsADraft() throws {
        let (style, problems) = try load([
            "style.kantselyarit.yml": Self.kantselyarit, "style.cliche.yml": Self.cliche, "README.md": "# not a rule",
        ])
        #expect(problems.isEmpty)
        let loaded = try #require(style)
        #expect(loaded.rules.map(\.info.id) == ["style.cliche", "style.kantselyarit"])
        #expect(loaded.rules.map(\.info.severity) == [.warning, .suggestion])
        let findings = Linter(style: loaded).lint(
            Draft(messages: ["Спасибо за ожидание! В настоящее время данный заказ в пути."]))
        #expect(findings.map(\.rule) == ["style.cliche", "style.kantselyarit", "style.kantselyarit"])
        #expect(findings.map(\.match) == ["Спасибо за ожидание", "В настоящее время", "данный"])
        #expect(findings[1].suggestion == "сейчас")
        // A rule file's own link is an address outside the handbook, and wins over the handbook's page.
        let links = RuleLinks(style: loaded) { "rules/\($0).html" }
        #expect(links.link(for: "style.kantselyarit") == "https://example.com/kantselyarit")
        #expect(links.link(for: "style.cliche") == "rules/style.cliche.html")
    }

    /// A rule is called by its `name:`, or by its id without one; the list of rules says both.
    @Test func aRuleHasANameOrItsID() throws {
        let (style, problems) = try load(["style.kantselyarit.yml": Self.kantselyarit, "style.cliche.yml": Self.cliche])
        #expect(problems.isEmpty)
        let loaded = try #require(style)
        #expect(loaded.rules.map(\.info.name) == ["style.cliche", "Канцелярит"])
        var json: [UInt8] = []
        RuleListJSON.write(loaded, links: RuleLinks(style: loaded) { "rules/\($0).html" }, to: &json)
        let rules = try #require((try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["name"] as? String } == ["style.cliche", "Канцелярит"])
        #expect(rules.map { $0["id"] as? String } == ["style.cliche", "style.kantselyarit"])
        let (_, empty) = try load(["style.cliche.yml": Self.cliche.replacingOccurrences(of: "extends: existence\n", with: "extends: existence\nname: ' '\n")])
        #expect(empty == [
            "Styles/test/style.cliche.yml:2:7: error: 'name' is empty: give the rule a short name readers know it by, or leave the key out to show its id",
        ])
    }

    @Test func countingKindsLoad() throws {
        let (style, problems) = try load([
            "tone.exclamation.yml": "extends: occurrence\nmessage: \"«{match}»: хватит одного «!»\"\nlevel: suggestion\ntoken: \"!\"\nmax-run: 1\nmax: 2\n",
            "style.long-sentence.yml": "extends: sentence-length\nmessage: \"{count} слов в предложении\"\nmax: 30\n",
            "x.bad.yml": "extends: occurrence\nmessage: m\ntoken: \"!\"\nmax-run: lots\n",
        ])
        #expect(style == nil)
        #expect(problems == ["Styles/test/x.bad.yml:4:10: error: 'max-run' should be a whole number"])
        let (good, none) = try load([
            "tone.exclamation.yml": "extends: occurrence\nmessage: m\ntoken: \"!\"\nmax-run: 1\n",
            "style.long-sentence.yml": "extends: sentence-length\nmessage: m\nmax: 30\n",
        ])
        #expect(none.isEmpty)
        let findings = Linter(style: try #require(good)).lint(Draft(messages: ["Стоп!!"]))
        #expect(findings.map(\.rule) == ["tone.exclamation"])
    }

    @Test func brokenRuleFilesArePositioned() throws {
        let (style, problems) = try load([
            "a.kind.yml": "extends: existance\nmessage: m\ntokens: [x]\n",
            "b.level.yml": "extends: existence\nmessage: m\nlevel: fatal\ntokens: [x]\n",
            "c.empty.yml": "extends: existence\nmessage: m\ntokens: []\n",
            "d.syntax.yml": "extends: existence\nmessage: [oops\n",
            "e.unknown.yml": "extends: existence\nmessage: m\ntoken: [x]\n",
            "f.message.yml": "extends: substitution\nswap:\n  a: b\n",
            "g.swap.yml": "extends: substitution\nmessage: m\nswap: [a, b]\n",
            "Bad_Name.yml": "extends: existence\nmessage: m\ntokens: [x]\n",
        ])
        #expect(style == nil)
        #expect(problems == [
            "Styles/test/Bad_Name.yml: error: 'Bad_Name' is not a rule id: use lower-case words joined by dots and hyphens, like 'style.long-sentence'",
            "Styles/test/a.kind.yml:1:10: error: unknown kind 'existance'; did you mean 'existence'? kinds: existence, substitution, occurrence, sentence-length, case-consistency, capitalization, spelling, spacing, address-mix, address, empty-greeting, ladder, diminutive",
            "Styles/test/b.level.yml:3:8: error: 'level' must be one of suggestion, warning, error, not 'fatal'",
            "Styles/test/c.empty.yml:3:9: error: an existence rule needs at least one phrase in 'tokens'",
            "Styles/test/d.syntax.yml:3:1: error: invalid YAML: did not find expected ',' or ']'",
            "Styles/test/e.unknown.yml:3:1: error: unknown key 'token' in a rule of kind 'existence'; did you mean 'tokens'?",
            "Styles/test/f.message.yml:1:1: error: 'message' is required: what the agent reads in the finding",
            "Styles/test/g.swap.yml:3:7: error: 'swap' should be 'text: text' lines",
        ])
    }

    @Test func missingOrEmptyFolder() throws {
        let (_, empty) = try load([:])
        #expect(empty == ["Styles/test: error: the style folder 'Styles/test' has no rule files (*.yml)"])
        let (style, diagnostics) = Style.load(URL(fileURLWithPath: "/nonexistent/x"), displayPath: "Styles/x")
        #expect(style == nil)
        #expect(diagnostics.items.map(\.description) == ["Styles/x: error: the style folder 'Styles/x' does not exist; check the name or create it"])
    }
}

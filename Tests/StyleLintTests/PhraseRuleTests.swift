import StyleLint
import Testing

@Suite struct PhraseRuleTests {
    let lexicon = Lexicon(language: .ru)!

    private func lint(_ rule: any StyleRule, _ messages: [String], context: [String] = []) -> [Finding] {
        rule.findings(in: LintContext(Draft(context: context, messages: messages), lexicon: lexicon))
    }

    private func search(_ phrases: [String]) throws(RuleError) -> PhraseSearch {
        PhraseSearch(matcher: try PhraseMatcher(phrases: phrases, lexicon: lexicon))
    }

    @Test func existenceFindsEveryFormWithItsPosition() throws {
        let rule = try ExistenceRule(
            info: RuleInfo(id: "ownership.not-our-competence", severity: .error, message: "«{match}» — отказ от ответственности"),
            search: search(["не в нашей компетенции", "ничем не можем помочь"]))
        let findings = lint(rule, ["Добрый день!", "Увы, это не в нашей компетенции.\nНичем не можем помочь"])
        #expect(findings == [
            Finding(
                rule: "ownership.not-our-competence", severity: .error, message: "«не в нашей компетенции» — отказ от ответственности",
                messageIndex: 1, line: 1, column: 10, length: 22, match: "не в нашей компетенции"),
            Finding(
                rule: "ownership.not-our-competence", severity: .error, message: "«Ничем не можем помочь» — отказ от ответственности",
                messageIndex: 1, line: 2, column: 1, length: 21, match: "Ничем не можем помочь"),
        ])
    }

    @Test func existenceLooksOnlyAtTheAgentsMessages() throws {
        let rule = try ExistenceRule(info: RuleInfo(id: "x", severity: .warning, message: "{match}"), search: search(["скоро"]))
        #expect(lint(rule, ["Вернём деньги до пятницы."], context: ["Скоро вернёте?"]).isEmpty)
    }

    @Test func substitutionOffersTheReplacement() throws {
        let rule = try SubstitutionRule(
            info: RuleInfo(id: "style.kantselyarit", severity: .suggestion, message: "Проще: «{suggestion}» вместо «{match}»"),
            swap: [("данный", "этот"), ("произвести оплату", "оплатить")], search: search)
        let findings = lint(rule, ["Для данного заказа произведите оплату картой."])
        #expect(findings.map(\.match) == ["данного"])
        #expect(findings.map(\.suggestion) == ["этот"])
        #expect(findings.first?.message == "Проще: «этот» вместо «данного»")
        #expect(findings.first?.column == 5)
    }

    @Test func brokenRulesAreRefused() {
        let info = RuleInfo(id: "x", severity: .warning, message: "m")
        #expect(throws: RuleError("'данный' has no replacement in 'swap'")) {
            try SubstitutionRule(info: info, swap: [("данный", " ")], search: search)
        }
        #expect(throws: RuleError("'(а|б' has '(' without ')'")) { try search(["(а|б"]) }
        #expect(throws: RuleError("'... спасибо' starts with '...'; a phrase starts with a word")) { try search(["... спасибо"]) }
    }
}

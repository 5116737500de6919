import StyleLint
import Testing

@Suite struct CaseConsistencyRuleTests {
    let lexicon = Lexicon(language: .ru)!
    static let words = ["вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашему", "вашим", "вашими", "ваших", "вашу", "вашем"]

    private func lint(_ messages: [String], require: CaseConsistencyRule.Requirement = .consistent) throws -> [Finding] {
        let rule = try CaseConsistencyRule(
            info: RuleInfo(id: "address.vy-case", severity: .warning, message: "«{match}» → «{suggestion}»"),
            words: Self.words, requirement: require)
        return Linter(style: Style(name: "t", rules: [rule], lexicon: lexicon)).lint(Draft(messages: messages))
    }

    @Test func mixedCaseInsideSentencesFires() throws {
        let findings = try lint(["Здравствуйте! Отправили Вам ссылку на почту, которую вы указали при регистрации."])
        #expect(findings.map(\.match) == ["вы"])
        #expect(findings.map(\.suggestion) == ["Вы"])
        #expect(try lint(["Добрый день! Ваш заказ в пути, курьер привезёт его вам завтра. Благодарим Вас за обращение."]).map(\.match) == ["Вас"])
        #expect(try lint(["Для Вас это бесплатно.", "Отправим вам код."]).map(\.messageIndex) == [1])
    }

    @Test func sentenceStartsAndConsistentRepliesDoNotFire() throws {
        #expect(try lint(["Здравствуйте! Вы увидите штраф в разделе «Платежи». Если бонусов не хватит, остаток вы сможете доплатить картой."]).isEmpty)
        #expect(try lint(["Платёж спишем с Вашей карты 25 июня. Если денег не будет, мы напишем Вам за день, чтобы Вы успели пополнить счёт."]).isEmpty)
        #expect(try lint(["ВЫ выиграли, а вы — нет."]).isEmpty)
    }

    @Test func aRequiredCaseIsEnforced() throws {
        #expect(try lint(["Отправим вам код."], require: .capitalized).map(\.suggestion) == ["Вам"])
        #expect(try lint(["Отправим Вам код."], require: .lowercase).map(\.suggestion) == ["вам"])
    }

    @Test func settingsAreValidated() {
        let info = RuleInfo(id: "x", severity: .warning, message: "m")
        #expect(throws: RuleError("'у вас' is not one word; 'words' lists single words")) {
            try CaseConsistencyRule(info: info, words: ["у вас"], requirement: .consistent)
        }
    }
}

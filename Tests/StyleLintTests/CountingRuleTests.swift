import StyleLint
import Testing

@Suite struct CountingRuleTests {
    let lexicon = Lexicon(language: .ru)!

    private func lint(_ rule: any StyleRule, _ messages: [String]) -> [Finding] {
        Linter(style: Style(name: "t", rules: [rule], lexicon: lexicon)).lint(Draft(messages: messages))
    }

    private var exclamation: OccurrenceRule {
        get throws {
            try OccurrenceRule(
                info: RuleInfo(id: "tone.exclamation", severity: .suggestion, message: "Много восклицаний: «{match}»"),
                token: "!", maxRun: 1, maxPerMessage: 2)
        }
    }

    @Test func exclamationRunsAndCounts() throws {
        let rule = try exclamation
        #expect(lint(rule, ["Это мошенники!!! Никому не сообщайте код."]).map(\.match) == ["!!!"])
        let both = lint(rule, ["Ура, очень рады!! Приятного аппетита!"])
        #expect(both.map(\.match) == ["!!", "!"])
        #expect(both.map(\.column) == [16, 37])
        #expect(lint(rule, ["Раз! Два! Три!"]).map(\.column) == [14])
    }

    @Test func exclamationNearMisses() throws {
        let rule = try exclamation
        #expect(lint(rule, ["Здравствуйте! Тёмная тема включается в настройках."]).isEmpty)
        #expect(lint(rule, ["Как приятно это читать! Обязательно передадим ваши слова — он обрадуется!"]).isEmpty)
        #expect(lint(rule, ["Здравствуйте!", "Спасибо!", "Хорошего дня!"]).isEmpty)
    }

    @Test func longSentences() throws {
        let rule = try SentenceLengthRule(
            info: RuleInfo(id: "style.long-sentence", severity: .suggestion, message: "В предложении {count} слов"), maxWords: 30)
        let long = "Здравствуйте! Бонус за приглашение начисляется только тогда, когда друг зарегистрировался по вашей ссылке, совершил первую поездку на сумму от 300 рублей в течение 14 дней после регистрации и при этом раньше не был зарегистрирован в ТаксиГо с того же номера телефона или с того же устройства."
        let findings = lint(rule, [long])
        #expect(findings.count == 1)
        #expect(findings.first?.column == 15)
        #expect(findings.first?.message == "В предложении 45 слов")
        #expect(findings.first?.match.hasPrefix("Бонус за приглашение") == true)
        #expect(lint(rule, ["Здравствуйте! Тёмная тема включается в «Настройки» → «Внешний вид» → «Тёмная»."]).isEmpty)
    }

    @Test func settingsAreValidated() {
        let info = RuleInfo(id: "x", severity: .warning, message: "m")
        #expect(throws: RuleError("'token' must be one word or one mark, not 'два слова'")) {
            try OccurrenceRule(info: info, token: "два слова", maxRun: 1, maxPerMessage: nil)
        }
        #expect(throws: RuleError("an occurrence rule needs 'max-run', 'max' or both")) {
            try OccurrenceRule(info: info, token: "!", maxRun: nil, maxPerMessage: nil)
        }
        #expect(throws: RuleError("'max' must be 1 or more")) { try SentenceLengthRule(info: info, maxWords: 0) }
    }
}

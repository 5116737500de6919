import Foundation
import StyleLint
import Testing

/// `address.ty`: «ты» to a client of a team that uses «вы», its fixes, its silence on what the
/// agent does not say to the client, and how it shares words with `address.ty-vy-mix`.
@Suite struct AddressFormRuleTests {
    private func findings(_ text: String, context: [String] = []) -> [Finding] {
        BundledStyle.linter.lint(Draft(context: context, messages: [text])).filter { $0.rule.hasPrefix("address.ty") }
    }

    @Test func everyFormOfTyGetsAFixInItsOwnCase() {
        let found = findings("Ты можешь проверить твоего получателя в приложении. Если тебе неудобно, напиши нам или запишись на звонок.")
        #expect(found.map(\.rule) == Array(repeating: "address.ty", count: 6))
        #expect(found.map(\.match) == ["Ты", "можешь", "твоего", "тебе", "напиши", "запишись"])
        #expect(found.map(\.suggestion) == ["Вы", "можете", "вашего", "вам", "напишите", "запишитесь"])
    }

    @Test func anImperativeCountsAnywhereInItsClause() {
        let found = findings("Перед выездом включи режим «Межгород» в приложении.")
        #expect(found.map(\.match) == ["включи"])
        #expect(found.map(\.suggestion) == ["включите"])
    }

    /// In a mix, this rule marks the «ты» words with their fix and the mix marks the «вы» ones,
    /// whichever comes first: no word gets two findings.
    @Test func inAMixEachWordGetsOneFinding() {
        for (text, ty, vy) in [
            ("Откройте приложение и нажми «Оплатить».", "нажми", "Откройте"),
            ("Нажми «Забыли пароль?» и введите номер телефона.", "Нажми", "введите"),
        ] {
            let found = findings(text)
            #expect(found.filter { $0.rule == "address.ty" }.map(\.match) == [ty], "\(text)")
            #expect(found.filter { $0.rule == "address.ty-vy-mix" }.map(\.match) == [vy], "\(text)")
        }
        #expect(findings("Откройте приложение и нажми «Оплатить».").first { $0.rule == "address.ty" }?.suggestion == "нажмите")
    }

    @Test func aTeamOnTyOrOnEitherTurnsTheRuleOff() throws {
        for (address, fires) in [("formal", true), ("informal", false), ("any", false)] {
            let style = try Self.bundledStyle(address: address)
            let rules = Set(Linter(style: style).lint(Draft(messages: ["Ты можешь оформить возврат в приложении."])).map(\.rule))
            #expect(rules.contains("address.ty") == fires, "address: \(address)")
            #expect(style.settings.address.rawValue == address)
        }
    }

    @Test func anUnknownAddressIsAnErrorThatNamesTheChoices() throws {
        let folder = try Self.copyOfBundledStyle(address: "вы")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (style, diagnostics) = Style.load(folder, displayPath: "Styles/test")
        #expect(style == nil)
        #expect(diagnostics.items.map(\.description).contains { $0.contains("'address' must be one of formal, informal, any, not 'вы'") })
    }

    /// The kind turned around: a team on «ты» that wants «вы» reported writes `catches: formal`.
    @Test func theKindTurnedAroundReportsVy() throws {
        let folder = try Self.copyOfBundledStyle(address: "informal")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            extends: address
            message: "«{match}»: с клиентом мы на «ты»."
            catches: formal
            swap: {вы: ты, вам: тебе, ваш: твой}
            verbs: true
            """.utf8).write(to: folder.appendingPathComponent("address.vy.yml"))
        let (style, diagnostics) = Style.load(folder, displayPath: "Styles/test")
        let linter = try #require(style.map(Linter.init), "\(diagnostics.items.map(\.description))")
        let found = linter.lint(Draft(messages: ["Вы можете проверить ваш заказ в приложении, нажмите «Заказы»."])).filter { $0.rule == "address.vy" }
        #expect(found.map(\.match) == ["Вы", "можете", "ваш", "нажмите"])
        #expect(found.map(\.suggestion) == ["Ты", "можешь", "твой", "нажми"])
    }

    private static func copyOfBundledStyle(address: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("style-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: BundledStyle.repository.appendingPathComponent("Styles/ru-support"), to: folder)
        let settings = folder.appendingPathComponent("style.yml")
        let text = try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "address: formal", with: "address: \(address)")
        try Data(text.utf8).write(to: settings)
        return folder
    }

    private static func bundledStyle(address: String) throws -> Style {
        let folder = try copyOfBundledStyle(address: address)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (style, diagnostics) = Style.load(folder, displayPath: "Styles/test")
        return try #require(style, "\(diagnostics.items.map(\.description))")
    }
}

import Foundation
import StyleLint
import Testing

@Suite struct DraftTests {
    @Test func decodesTheContractsInput() throws {
        let draft = try JSONDecoder().decode(Draft.self, from: Data(#"{"context": ["Где заказ?"], "messages": ["Добрый день!", "Проверю"]}"#.utf8))
        #expect(draft == Draft(context: ["Где заказ?"], messages: ["Добрый день!", "Проверю"]))
        let line = try JSONDecoder().decode(Draft.self, from: Data(#"{"id": 7, "messages": ["x"]}"#.utf8))
        #expect(line.id == "7")
        #expect(line.context.isEmpty)
    }

    @Test func messagesAreRequired() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Draft.self, from: Data(#"{"context": []}"#.utf8))
        }
    }

    @Test func findingsEncodeWithTheContractsKeys() throws {
        let finding = Finding(
            rule: "chat.ladder", severity: .warning, message: "Лесенка", messageIndex: 1, line: 1, column: 3,
            length: 7, match: "Секунду")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(finding), as: UTF8.self)
        #expect(json == #"{"column":3,"length":7,"line":1,"link":null,"match":"Секунду","message":"Лесенка","message_index":1,"rule":"chat.ladder","severity":"warning","suggestion":null}"#)
    }

    @Test func severitiesAreOrdered() {
        #expect(Severity.suggestion < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity(rawValue: "error") == .error)
    }
}

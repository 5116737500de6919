import Foundation
import StyleLint
import Testing

@Suite struct FindingReportTests {
    private let report = FindingReport(inputName: "in:put,1%.txt", colors: false, links: RuleLinks { "rules/\($0).html" })

    private func finding(message: String, match: String = "x", line: Int = 1, column: Int = 1, length: Int = 1) -> Finding {
        Finding(
            rule: "style.test", severity: .warning, message: message, messageIndex: 0, line: line, column: column, length: length,
            match: match, suggestion: "лучше")
    }

    private func text(_ write: (inout ReportBuffer) -> Void) -> String {
        var out = ReportBuffer()
        write(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func jsonEscapesWhatJSONAndJavaScriptRequireAndKeepsTheRest() throws {
        let hostile = "«кавычки» \"q\" \\ / \n\r\t \u{1}\u{1F} \u{2028}\u{2029} </script> 😀"
        let json = text { report.json([finding(message: hostile, match: hostile)], into: &$0) }
        #expect(json.hasSuffix("}\n"))
        #expect(!json.dropLast().contains("\n") && !json.contains("\u{2028}") && !json.contains("\u{1}"))
        #expect(json.contains(#"\"q\" \\ / \n\r\t \u0001\u001f \u2028\u2029 </script> 😀"#))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]]
        let item = try #require(decoded?["findings"]?.first)
        #expect(item["message"] as? String == hostile)
        #expect(item["match"] as? String == hostile)
        #expect(item["suggestion"] as? String == "лучше")
        #expect(item["message_index"] as? Int == 0)
    }

    /// C1 controls are escaped as C0 ones are; a terminal reading the JSON must not obey them.
    @Test func jsonEscapesC1Controls() throws {
        let json = text { report.jsonLine(id: "a\u{9B}31m\u{85}b", findings: [], into: &$0) }
        #expect(json == #"{"id":"a\u009b31m\u0085b","findings":[]}"# + "\n")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?["id"] as? String == "a\u{9B}31m\u{85}b")
    }

    /// Every control character and line separator comes out escaped, between any neighbours,
    /// and reads back as it was: the bytes the writer looks at are all the ones it must.
    @Test func everyCharacterThatMustBeEscapedIs() throws {
        let scalars = (0...0xFF).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "ж", "😀", "\u{7F}"]
        let all = String(String.UnicodeScalarView(scalars))
        let json = text { report.jsonLine(id: all, findings: [], into: &$0) }
        #expect(!json.dropLast().unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" })
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?["id"] as? String == all)
    }

    @Test func jsonLinesCarryTheIdOrTheError() {
        #expect(text { report.jsonLine(id: "a\"1", findings: [], into: &$0) } == #"{"id":"a\"1","findings":[]}"# + "\n")
        #expect(text { report.jsonLine(id: nil, findings: [], error: "stdin:3: error: bad", into: &$0) }
            == #"{"id":null,"findings":[],"error":"stdin:3: error: bad"}"# + "\n")
    }

    @Test func githubCommandsEscapePropertiesAndData() {
        let source = DraftSource(draft: Draft(messages: ["x"]), origins: [])
        let command = text { report.github([finding(message: "50% готово:\nдалее")], source: source, into: &$0) }
        #expect(command == "::warning file=in%3Aput%2C1%25.txt,line=1,col=1,endColumn=2,title=style.test::"
            + "50%25 готово:%0Aдалее → лучше (rules/style.test.html)\n")
    }

    @Test func textCutsLongLinesAroundTheMatchAndKeepsTheUnderlineAligned() {
        let line = String(repeating: "а", count: 200) + "\tслово" + String(repeating: "б", count: 200)
        let source = DraftSource(draft: Draft(messages: [line]), origins: [[DraftSource.LineOrigin(line: 1, columnOffset: 0)]])
        let output = text { report.text([finding(message: "m", match: "слово", column: 202, length: 5)], source: source, strings: .en, into: &$0) }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "in:put,1%.txt:1:202: warning: m [style.test]")
        // 60 scalars either side of the match: 59 letters and the tab (shown as a space) before it.
        #expect(lines[1] == "1 | …" + String(repeating: "а", count: 59) + " слово" + String(repeating: "б", count: 60) + "…")
        #expect(lines[2] == "  | " + String(repeating: " ", count: 61) + "^~~~~")
        #expect(lines[3] == "  = suggestion: лучше")
        #expect(lines[4] == "  = see: rules/style.test.html")
    }
}

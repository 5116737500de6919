import SourceFiles

/// Findings as the lint JSON contract writes them. Keys keep the contract's order (rule,
/// severity, message, message_index, line, column, length, match, suggestion, link); a test
/// checks the output decodes to the same findings. `inputPosition`, when given, adds where each
/// finding is in the text the draft was read from (`input_line`, `input_column`).
enum FindingsJSON {
    static func write(
        _ findings: [Finding], links: RuleLinks, inputPosition: ((Finding) -> (line: Int, column: Int)?)? = nil, to out: inout ReportBuffer
    ) {
        // A finding takes about 300 bytes, most of them its message.
        out.reserve(findings.reduce(2) { $0 + 120 + $1.message.utf8.count + $1.match.utf8.count })
        out.write(UInt8(ascii: "["))
        for (index, finding) in findings.enumerated() {
            out.endOfItem()
            if index > 0 { out.write(UInt8(ascii: ",")) }
            out.write("{\"rule\":")
            JSONText.write(finding.rule, to: &out)
            out.write(",\"severity\":\"")
            out.write(finding.severity.rawValue)
            out.write("\",\"message\":")
            JSONText.write(finding.message, to: &out)
            out.write(",\"message_index\":")
            out.write(finding.messageIndex)
            out.write(",\"line\":")
            out.write(finding.line)
            out.write(",\"column\":")
            out.write(finding.column)
            out.write(",\"length\":")
            out.write(finding.length)
            out.write(",\"match\":")
            JSONText.write(finding.match, to: &out)
            out.write(",\"suggestion\":")
            JSONText.write(finding.suggestion, to: &out)
            out.write(",\"link\":")
            JSONText.write(links.link(for: finding.rule), to: &out)
            if let (line, column) = inputPosition?(finding) {
                out.write(",\"input_line\":")
                out.write(line)
                out.write(",\"input_column\":")
                out.write(column)
            }
            out.write(UInt8(ascii: "}"))
        }
        out.write(UInt8(ascii: "]"))
    }
}

/// Writes findings as JSON text directly: a bulk run prints tens of thousands of findings, and
/// the generic encoder costs more than linting them. Keys keep the contract's order (rule,
/// severity, message, message_index, line, column, length, match, suggestion, link); a test
/// checks the output decodes to the same findings.
enum JSONText {
    static func append(_ findings: [Finding], to out: inout String) {
        out += "["
        for (index, finding) in findings.enumerated() {
            if index > 0 { out += "," }
            out += "{\"rule\":"
            append(finding.rule, to: &out)
            out += ",\"severity\":\"" + finding.severity.rawValue + "\",\"message\":"
            append(finding.message, to: &out)
            out += ",\"message_index\":\(finding.messageIndex),\"line\":\(finding.line),\"column\":\(finding.column)"
            out += ",\"length\":\(finding.length),\"match\":"
            append(finding.match, to: &out)
            out += ",\"suggestion\":"
            append(finding.suggestion, to: &out)
            out += ",\"link\":"
            append(finding.link, to: &out)
            out += "}"
        }
        out += "]"
    }

    static func append(_ text: String?, to out: inout String) {
        guard let text else {
            out += "null"
            return
        }
        out += "\""
        var plainStart = text.unicodeScalars.startIndex
        var index = plainStart
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escaped: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: nil
            }
            if let escaped {
                out += text[plainStart..<index]
                out += escaped
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        out += text[plainStart..<scalars.endIndex]
        out += "\""
    }
}

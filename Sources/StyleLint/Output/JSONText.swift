/// Writes findings as JSON text directly: a bulk run prints tens of thousands of findings, and
/// the generic encoder costs more than linting them. Keys keep the contract's order (rule,
/// severity, message, message_index, line, column, length, match, suggestion, link); a test
/// checks the output decodes to the same findings.
enum JSONText {
    static func write(_ findings: [Finding], to out: inout ReportBuffer) {
        // A finding takes about 300 bytes, most of them its message.
        out.reserve(findings.reduce(2) { $0 + 120 + $1.message.utf8.count + $1.match.utf8.count })
        out.write(UInt8(ascii: "["))
        for (index, finding) in findings.enumerated() {
            out.endOfItem()
            if index > 0 { out.write(UInt8(ascii: ",")) }
            out.write("{\"rule\":")
            write(finding.rule, to: &out)
            out.write(",\"severity\":\"")
            out.write(finding.severity.rawValue)
            out.write("\",\"message\":")
            write(finding.message, to: &out)
            out.write(",\"message_index\":")
            out.write(finding.messageIndex)
            out.write(",\"line\":")
            out.write(finding.line)
            out.write(",\"column\":")
            out.write(finding.column)
            out.write(",\"length\":")
            out.write(finding.length)
            out.write(",\"match\":")
            write(finding.match, to: &out)
            out.write(",\"suggestion\":")
            write(finding.suggestion, to: &out)
            out.write(",\"link\":")
            write(finding.link, to: &out)
            out.write(UInt8(ascii: "}"))
        }
        out.write(UInt8(ascii: "]"))
    }

    /// A string in quotes, or `null`. Escaped: the quote, the backslash, control characters,
    /// and U+2028 and U+2029 (E2 80 A8/A9), which JavaScript does not allow unescaped.
    static func write(_ text: String?, to out: inout ReportBuffer) {
        guard let text else {
            out.write("null")
            return
        }
        out.write(UInt8(ascii: "\""))
        out.write(text) { bytes, offset in
            let byte = bytes[offset]
            switch byte {
            case 0x22: return ("\\\"", 1)
            case 0x5C: return ("\\\\", 1)
            case 0x0A: return ("\\n", 1)
            case 0x0D: return ("\\r", 1)
            case 0x09: return ("\\t", 1)
            case 0..<0x20, 0x7F: return ("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16), 1)
            // C1 controls, escaped like C0 ones: a terminal showing the JSON must not obey them.
            case 0xC2 where offset + 1 < bytes.count && (0x80...0x9F).contains(bytes[offset + 1]):
                return ("\\u00" + String(bytes[offset + 1], radix: 16), 2)
            case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] | 1) == 0xA9:
                return (bytes[offset + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
            default: return nil
            }
        }
        out.write(UInt8(ascii: "\""))
    }
}

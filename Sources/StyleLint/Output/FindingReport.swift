public import SourceFiles

/// The ways `handbook lint` prints findings.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style: position, message, the line with the words underlined, suggestion, link.
    case text
    /// `{"findings": […]}`, the contract of `--input json`.
    case json
    /// One `{"id": …, "findings": […]}` per draft and line.
    case jsonl
    /// GitHub Actions workflow commands (`::warning file=…::…`).
    case github
}

/// Turns findings into the text of one of the `ReportFormat`s.
public struct FindingReport: Sendable {
    /// Shown as the file of each finding (`stdin` or the input's path).
    public var inputName: String
    /// ANSI colours, for a terminal.
    public var colors: Bool
    /// Where each rule is explained.
    public var links: RuleLinks

    public init(inputName: String, colors: Bool, links: RuleLinks) {
        self.inputName = inputName
        self.colors = colors
        self.links = links
    }

    /// A line of its own, such as the id of a JSON Lines draft above its text report.
    public func heading(_ text: String, into out: inout ReportBuffer) {
        out.write(text.controlCharactersShown)
        out.write(UInt8(ascii: "\n"))
    }

    /// `{"findings": […]}` on one line.
    public func json(_ findings: [Finding], into out: inout ReportBuffer) {
        out.write("{\"findings\":")
        FindingsJSON.write(findings, links: links, to: &out)
        out.write("}\n")
    }

    /// A linted draft's report in `format`; `headed` puts a text report under a line naming the
    /// draft (its id, or its input line), for input of many drafts. A draft that could not be
    /// read has a line of its own only in JSON Lines, whose lines match the input's.
    public func write(_ outcome: BulkLint.Outcome, as format: ReportFormat, strings: LintStrings, headed: Bool, into out: inout ReportBuffer) {
        switch outcome {
        case .unreadable(let problem):
            if format == .jsonl { jsonLine(id: nil, findings: [], error: problem.description, into: &out) }
        case .linted(let source, let findings):
            switch format {
            case .json: json(findings, into: &out)
            case .jsonl: jsonLine(id: source.draft.id, findings: findings, into: &out)
            case .github: github(findings, source: source, into: &out)
            case .text:
                if headed, !findings.isEmpty { heading("── \(source.draft.id ?? "line \(source.inputLine ?? 0)") ──", into: &out) }
                text(findings, source: source, strings: strings, into: &out)
            }
        }
    }

    /// A lint server's answer for one draft: `{"id": …, "findings": […]}`, the id only when the
    /// draft has one; a draft read from text gives each finding's place in it too.
    public func response(_ source: DraftSource, findings: [Finding], into out: inout ReportBuffer) {
        out.write(UInt8(ascii: "{"))
        if let id = source.draft.id {
            out.write("\"id\":")
            JSONText.write(id, to: &out)
            out.write(UInt8(ascii: ","))
        }
        out.write("\"findings\":")
        let inputPosition: ((Finding) -> (line: Int, column: Int)?)? = source.origins.isEmpty ? nil : { source.inputPosition(of: $0) }
        FindingsJSON.write(findings, links: links, inputPosition: inputPosition, to: &out)
        out.write("}\n")
    }

    /// `{"id": …, "findings": […]}` on one line; a draft that could not be read carries `error`.
    public func jsonLine(id: String?, findings: [Finding], error: String? = nil, into out: inout ReportBuffer) {
        out.write("{\"id\":")
        JSONText.write(id, to: &out)
        out.write(",\"findings\":")
        FindingsJSON.write(findings, links: links, to: &out)
        if let error {
            out.write(",\"error\":")
            JSONText.write(error, to: &out)
        }
        out.write("}\n")
    }

    /// One workflow command per finding; suggestions are `notice`s.
    public func github(_ findings: [Finding], source: DraftSource, into out: inout ReportBuffer) {
        for finding in findings {
            out.endOfItem()
            let level = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .suggestion: "notice"
            }
            let position = position(of: finding, in: source)
            out.write("::\(level) file=")
            Self.writeProperty(inputName.controlCharactersShown, to: &out)
            out.write(",line=\(position.line),col=\(position.column),endColumn=\(position.column + finding.length),title=")
            Self.writeProperty(finding.rule, to: &out)
            out.write("::")
            var text = finding.message
            if let suggestion = finding.suggestion { text += " → " + suggestion }
            if let link = links.link(for: finding.rule) { text += " (" + link + ")" }
            Self.writeData(text.showingControlCharacters(keepingLineBreaks: true), to: &out)
            out.write(UInt8(ascii: "\n"))
        }
    }

    /// Compiler-style text, one block per finding, with the matched words underlined.
    public func text(_ findings: [Finding], source: DraftSource, strings: LintStrings, into out: inout ReportBuffer) {
        var messages: [Int: SourceText] = [:]
        // Findings come in order, so most share the line of the one before: it is read once.
        var shownLine: (message: Int, line: Int, text: ShownLine) = (-1, -1, ShownLine(""))
        let name = inputName.controlCharactersShown
        for finding in findings {
            out.endOfItem()
            let position = position(of: finding, in: source)
            let where_ = source.origins.isEmpty
                ? "\(name): \(strings.message) \(finding.messageIndex + 1), \(finding.line):\(finding.column)"
                : "\(name):\(position.line):\(position.column)"
            let severityColor = color(of: finding.severity)
            paint(where_ + ":", "1", into: &out)
            out.write(UInt8(ascii: " "))
            paint(strings.severity(finding.severity) + ":", severityColor, into: &out)
            out.write(UInt8(ascii: " "))
            paint(finding.message.controlCharactersShown, "1", into: &out)
            out.write(UInt8(ascii: " "))
            paint("[\(finding.rule)]", "2", into: &out)
            out.write(UInt8(ascii: "\n"))
            if shownLine.message != finding.messageIndex || shownLine.line != finding.line {
                let message = messages[finding.messageIndex] ?? SourceText(path: inputName, text: source.draft.messages[finding.messageIndex])
                messages[finding.messageIndex] = message
                shownLine = (finding.messageIndex, finding.line, ShownLine(message.line(finding.line)))
            }
            let number = String(source.origins.isEmpty ? finding.line : position.line)
            paint(number + " | ", "2", into: &out)
            let shown = shownLine.text.write(column: finding.column, length: finding.length, into: &out)
            out.write(UInt8(ascii: "\n"))
            out.write(" ", count: number.count)
            paint(" | ", "2", into: &out)
            out.write(" ", count: shown.column - 1)
            paint("^" + String(repeating: "~", count: max(0, shown.length - 1)), severityColor, into: &out)
            out.write(UInt8(ascii: "\n"))
            if let suggestion = finding.suggestion {
                out.write(" ", count: number.count)
                paint(" = ", "2", into: &out)
                out.write(strings.suggestion + ": ")
                paint(suggestion.controlCharactersShown, "32", into: &out)
                out.write(UInt8(ascii: "\n"))
            }
            if let link = links.link(for: finding.rule) {
                out.write(" ", count: number.count)
                paint(" = ", "2", into: &out)
                out.write(strings.link + ": " + link.controlCharactersShown + "\n")
            }
        }
    }

    /// The input position of a finding, or its position in the message.
    private func position(of finding: Finding, in source: DraftSource) -> (line: Int, column: Int) {
        source.inputPosition(of: finding) ?? (finding.line, finding.column)
    }

    private func color(of severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .suggestion: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String, into out: inout ReportBuffer) {
        guard colors else { return out.write(text) }
        out.write("\u{1B}[\(code)m")
        out.write(text)
        out.write("\u{1B}[0m")
    }

    // MARK: Encoding

    /// Workflow command escaping (the runner's `escapeData` / `escapeProperty`).
    private static func writeData(_ text: String, to out: inout ReportBuffer) {
        out.write(text, escaping: dataEscaped) { bytes, offset in dataEscape(bytes[offset]).map { ($0, 1) } }
    }

    private static func writeProperty(_ text: String, to out: inout ReportBuffer) {
        out.write(text, escaping: propertyEscaped) { bytes, offset in
            switch bytes[offset] {
            case UInt8(ascii: ":"): ("%3A", 1)
            case UInt8(ascii: ","): ("%2C", 1)
            case let byte: dataEscape(byte).map { ($0, 1) }
            }
        }
    }

    private static let dataEscaped = ByteSet("%\r\n".utf8)
    private static let propertyEscaped = ByteSet("%\r\n:,".utf8)

    private static func dataEscape(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "%"): "%25"
        case UInt8(ascii: "\r"): "%0D"
        case UInt8(ascii: "\n"): "%0A"
        default: nil
        }
    }
}

/// The words of the text report, in the handbook's language.
public struct LintStrings: Sendable {
    public var message: String
    public var suggestion: String
    public var link: String
    public var error: String
    public var warning: String
    public var suggestionLevel: String

    public static let ru = LintStrings(
        message: "сообщение", suggestion: "лучше", link: "подробнее", error: "ошибка", warning: "предупреждение",
        suggestionLevel: "совет")
    public static let en = LintStrings(
        message: "message", suggestion: "suggestion", link: "see", error: "error", warning: "warning", suggestionLevel: "suggestion")

    public static func forLanguage(_ language: HandbookLanguage) -> LintStrings { language == .en ? .en : .ru }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: error
        case .warning: warning
        case .suggestion: suggestionLevel
        }
    }
}

/// The line of a finding as the text report shows it: control characters (tabs included) as
/// spaces, so the underline stays under the words, and cut around the match, so a 10 MB
/// one-line draft prints a readable excerpt. Encoded once per line with each scalar's offset,
/// so the excerpt of each finding on it is one copy.
private struct ShownLine {
    private var bytes: [UInt8] = []
    /// The UTF-8 offset of each scalar, and of the end.
    private var offsets: [Int] = []
    private static let margin = 60

    init(_ line: Substring) {
        for scalar in line.unicodeScalars {
            offsets.append(bytes.count)
            // Control characters and the marks that reorder text, which a terminal would obey.
            let shown: Unicode.Scalar = String.isHidden(scalar) ? " " : scalar
            UTF8.encode(shown) { bytes.append($0) }
        }
        offsets.append(bytes.count)
    }

    /// Writes the excerpt around a match at 1-based `column`; returns where the match is in it.
    func write(column: Int, length: Int, into out: inout ReportBuffer) -> (column: Int, length: Int) {
        let count = offsets.count - 1
        let start = max(0, min(count, column - 1 - Self.margin))
        let matchEnd = min(count, column - 1 + length)
        let end = min(count, max(matchEnd, column - 1) + Self.margin)
        if start > 0 { out.write("…") }
        bytes.withUnsafeBufferPointer { out.write($0[offsets[start]..<offsets[max(start, end)]]) }
        if end < count { out.write("…") }
        let shift = start > 0 ? 1 : 0
        return (column - start + shift, max(1, min(length, end - (column - 1))))
    }
}

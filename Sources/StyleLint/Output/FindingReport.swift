import Foundation

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

    public init(inputName: String, colors: Bool) {
        self.inputName = inputName
        self.colors = colors
    }

    /// `{"findings": […]}` on one line.
    public func json(_ findings: [Finding]) -> String {
        var out = "{\"findings\":"
        JSONText.append(findings, to: &out)
        return out + "}"
    }

    /// `{"id": …, "findings": […]}` on one line; a draft that could not be read carries `error`.
    public func jsonLine(id: String?, findings: [Finding], error: String? = nil) -> String {
        var out = "{\"id\":"
        JSONText.append(id, to: &out)
        out += ",\"findings\":"
        JSONText.append(findings, to: &out)
        if let error {
            out += ",\"error\":"
            JSONText.append(error, to: &out)
        }
        return out + "}"
    }

    /// One workflow command per finding; suggestions are `notice`s.
    public func github(_ findings: [Finding], source: DraftSource) -> String {
        findings.map { finding in
            let level = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .suggestion: "notice"
            }
            let position = position(of: finding, in: source)
            var text = finding.message
            if let suggestion = finding.suggestion { text += " → " + suggestion }
            if let link = finding.link { text += " (" + link + ")" }
            return "::\(level) file=\(Self.property(inputName)),line=\(position.line),col=\(position.column),"
                + "endColumn=\(position.column + finding.length),title=\(Self.property(finding.rule))::\(Self.data(text))\n"
        }.joined()
    }

    /// Compiler-style text, one block per finding, with the matched words underlined.
    public func text(_ findings: [Finding], source: DraftSource, strings: LintStrings) -> String {
        var out = ""
        var lines: [Int: [Substring]] = [:]
        for finding in findings {
            let position = position(of: finding, in: source)
            let where_ = source.origins.isEmpty
                ? "\(inputName): \(strings.message) \(finding.messageIndex + 1), \(finding.line):\(finding.column)"
                : "\(inputName):\(position.line):\(position.column)"
            let level = strings.severity(finding.severity)
            out += paint(where_ + ":", "1") + " " + paint(level + ":", color(of: finding.severity)) + " "
                + paint(finding.message, "1") + " " + paint("[\(finding.rule)]", "2") + "\n"
            if lines[finding.messageIndex] == nil {
                lines[finding.messageIndex] = source.draft.messages[finding.messageIndex].split(separator: "\n", omittingEmptySubsequences: false)
            }
            let line = lines[finding.messageIndex].flatMap { finding.line <= $0.count ? $0[finding.line - 1] : nil } ?? ""
            let lineText = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            let shown = Self.visibleLine(lineText, column: finding.column, length: finding.length)
            let number = String(source.origins.isEmpty ? finding.line : position.line)
            let gutter = String(repeating: " ", count: number.count)
            out += paint(number + " | ", "2") + shown.text + "\n"
            out += paint(gutter + " | ", "2") + String(repeating: " ", count: shown.column - 1)
                + paint("^" + String(repeating: "~", count: max(0, shown.length - 1)), color(of: finding.severity)) + "\n"
            if let suggestion = finding.suggestion {
                out += paint(gutter + " = ", "2") + strings.suggestion + ": " + paint(suggestion, "32") + "\n"
            }
            if let link = finding.link { out += paint(gutter + " = ", "2") + strings.link + ": " + link + "\n" }
        }
        return out
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

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Long lines are cut around the match, so a 10 MB one-line draft prints a readable excerpt;
    /// tabs and control characters become spaces, so the underline stays under the words.
    static func visibleLine(_ line: String, column: Int, length: Int) -> (text: String, column: Int, length: Int) {
        let scalars = Array(line.unicodeScalars)
        let margin = 60
        let start = max(0, column - 1 - margin)
        let matchEnd = min(scalars.count, column - 1 + length)
        let end = min(scalars.count, max(matchEnd, column - 1) + margin)
        var view = String.UnicodeScalarView()
        if start > 0 { view.append(contentsOf: "…".unicodeScalars) }
        for scalar in scalars[start..<end] {
            view.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        if end < scalars.count { view.append(contentsOf: "…".unicodeScalars) }
        let shift = start > 0 ? 1 : 0
        let shownLength = max(1, min(length, end - (column - 1)))
        return (String(view), column - start + shift, shownLength)
    }

    // MARK: Encoding

    /// Workflow command escaping (the runner's `escapeData` / `escapeProperty`).
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
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

    public static func forLanguage(_ code: String) -> LintStrings { code == "en" ? .en : .ru }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: error
        case .warning: warning
        case .suggestion: suggestionLevel
        }
    }
}

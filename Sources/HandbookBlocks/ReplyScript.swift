/// A reply script from a ```script block: what it is for, and the text with `{placeholders}`.
/// ```
/// Ситуация: Клиент спрашивает, когда вернутся деньги
/// Когда использовать: возврат оформлен, срок банка известен
/// ---
/// {Имя}, возврат оформлен {дата}. Деньги придут на карту до {срок}.
/// ```
/// Without a `---` line the whole block is the text.
public struct ReplyScript: Sendable, Hashable {
    public var title: String?
    public var situation: String?
    public var whenToUse: String?
    public var text: String

    /// A piece of the text: as written, or a placeholder (without its braces).
    public enum Piece: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    /// The text cut at `{placeholders}`; a `{` without its `}` stays text.
    public var pieces: [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
            !rest[open..<close].contains("\n")
        {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    public static func parse(_ content: String, labels: BlockLabels) -> (ReplyScript, [BlockProblem]) {
        let lines = BlockLines(content).lines
        var problems: [BlockProblem] = []
        var script = ReplyScript(title: nil, situation: nil, whenToUse: nil, text: "")
        var textLines = lines[...]
        if let separator = lines.firstIndex(where: { $0.trimmed.hasPrefix("---") && $0.trimmed.allSatisfy { $0 == "-" || $0.isWhitespace } }) {
            textLines = lines[(separator + 1)...]
            for line in lines[..<separator] where !line.isBlank {
                guard let (field, value) = BlockLabels.labelled(line.trimmed, among: [labels.title, labels.situation, labels.whenToUse]) else {
                    let names = [labels.title, labels.situation, labels.whenToUse].map { "'\($0[0].lowercased()):'" }.joined(separator: ", ")
                    problems.append(BlockProblem(
                        .error, "above '---' only \(names) lines are allowed; the script's text goes below it", line: line.number, column: line.column))
                    continue
                }
                switch field {
                case 0: script.title = String(value)
                case 1: script.situation = String(value)
                default: script.whenToUse = String(value)
                }
            }
        }
        let body = textLines.drop(while: \.isBlank).reversed().drop(while: \.isBlank).reversed()
        script.text = body.map { String($0.text) }.joined(separator: "\n")
        if script.text.isEmpty {
            problems.append(BlockProblem(.error, "the script has no text; write it below '---'", line: max(1, lines.count)))
        }
        for line in body {
            var column = 1
            var open: Int?
            for scalar in line.text.unicodeScalars {
                if scalar == "{" { open = column }
                if scalar == "}" { open = nil }
                column += 1
            }
            if let open {
                problems.append(BlockProblem(.warning, "'{' has no '}' on its line, so it is not a placeholder", line: line.number, column: open))
            }
        }
        return (script, problems)
    }
}

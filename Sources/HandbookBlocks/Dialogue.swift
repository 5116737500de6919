/// A chat transcript from a ```dialogue block:
/// ```
/// клиент: Где мой заказ?
/// агент: Добрый день!
/// > ✗ chat.empty-greeting: приветствие без ответа — клиент ждёт дальше
/// агент: Заказ у курьера, он привезёт его сегодня до 18:00.
///   Курьер позвонит за час.              ← an indented line continues the message
/// > ✓ срок и что будет дальше
/// ```
public struct Dialogue: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        case client, agent
    }

    public struct Message: Sendable, Hashable {
        public var role: Role
        /// The text, lines joined with line breaks.
        public var text: String
        /// The 1-based line of the block the message starts on.
        public var line: Int
        public var notes: [Note]
        /// Where each line of `text` starts in the block: its line and 1-based column.
        public var textLines: [(line: Int, column: Int)] = []

        public static func == (lhs: Message, rhs: Message) -> Bool {
            lhs.role == rhs.role && lhs.text == rhs.text && lhs.line == rhs.line && lhs.notes == rhs.notes
                && lhs.textLines.elementsEqual(rhs.textLines) { $0 == $1 }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(role)
            hasher.combine(text)
            hasher.combine(line)
        }
    }

    /// A trainer's remark on the message above it: `> ✓ why`, `> ✗ rule.id: why`, or `> why`.
    public struct Note: Sendable, Hashable {
        public enum Verdict: Sendable, Hashable {
            case good, bad, neutral
        }

        public var verdict: Verdict
        /// The rule the note is about, when it names one.
        public var rule: String?
        public var text: String
        public var line: Int
        /// The column where the rule id starts, for a diagnostic about it.
        public var ruleColumn: Int?

        public init(verdict: Verdict, rule: String?, text: String, line: Int, ruleColumn: Int?) {
            self.verdict = verdict
            self.rule = rule
            self.text = text
            self.line = line
            self.ruleColumn = ruleColumn
        }
    }

    public var messages: [Message]

    /// True when `line` starts a message (`клиент: …`), the mark of text in the dialogue syntax.
    public static func startsMessage(_ line: Substring, labels: BlockLabels) -> Bool {
        BlockLabels.labelled(line.drop { $0 == " " || $0 == "\t" }, among: [labels.clientRoles, labels.agentRoles]) != nil
    }

    /// Reads a block; every line that is not a message, a continuation or a note is a problem.
    public static func parse(_ content: String, labels: BlockLabels) -> (Dialogue, [BlockProblem]) {
        var messages: [Message] = []
        var problems: [BlockProblem] = []
        var pendingBlank = false
        for line in BlockLines(content) {
            if line.isBlank {
                pendingBlank = !messages.isEmpty
                continue
            }
            if line.trimmed.hasPrefix(">") {
                guard !messages.isEmpty else {
                    problems.append(BlockProblem(
                        .error, "a note comes before any message; put it under the message it is about", line: line.number, column: line.column))
                    continue
                }
                messages[messages.count - 1].notes.append(note(line))
                continue
            }
            if line.isIndented, !messages.isEmpty {
                if pendingBlank { messages[messages.count - 1].textLines.append((line.number - 1, 1)) }
                messages[messages.count - 1].text += (pendingBlank ? "\n\n" : "\n") + line.trimmed
                messages[messages.count - 1].textLines.append((line.number, line.column))
                pendingBlank = false
                continue
            }
            pendingBlank = false
            if let (list, text) = BlockLabels.labelled(line.trimmed, among: [labels.clientRoles, labels.agentRoles]) {
                let column = line.text.unicodeScalars.distance(from: line.text.startIndex, to: text.startIndex) + 1
                messages.append(Message(
                    role: list == 0 ? .client : .agent, text: String(text), line: line.number, notes: [], textLines: [(line.number, column)]))
            } else if let colon = line.trimmed.firstIndex(of: ":"), !line.trimmed[..<colon].contains(" ") {
                let label = line.trimmed[..<colon]
                problems.append(BlockProblem(
                    .error, "unknown role '\(label)'; a message starts with '\(labels.clientRoles[0].lowercased()):' or '\(labels.agentRoles[0].lowercased()):'",
                    line: line.number, column: line.column))
            } else {
                problems.append(BlockProblem(
                    .error,
                    "this line belongs to no message; start it with '\(labels.clientRoles[0].lowercased()):' or '\(labels.agentRoles[0].lowercased()):', or indent it to continue the message above",
                    line: line.number, column: line.column))
            }
        }
        if !messages.contains(where: { $0.role == .agent }), problems.isEmpty {
            problems.append(BlockProblem(
                .error, "the dialogue has no agent message; write the reply after '\(labels.agentRoles[0].lowercased()):'", line: 1))
        }
        return (Dialogue(messages: messages), problems)
    }

    private static func note(_ line: BlockLines.Line) -> Note {
        var rest = line.trimmed.dropFirst().drop { $0 == " " }
        var column = line.column + line.trimmed.unicodeScalars.distance(from: line.trimmed.startIndex, to: rest.startIndex)
        var verdict = Note.Verdict.neutral
        if let mark = rest.first, "✓✔".contains(mark) || "✗✘×".contains(mark) {
            verdict = "✓✔".contains(mark) ? .good : .bad
            let afterMark = rest.dropFirst().drop { $0 == " " }
            column += rest.unicodeScalars.distance(from: rest.startIndex, to: afterMark.startIndex)
            rest = afterMark
        }
        // `rule.id: why` — a rule id is lower-case words joined by dots and hyphens.
        if let colon = rest.firstIndex(of: ":"), isRuleID(rest[..<colon]) {
            let why = rest[rest.index(after: colon)...].drop { $0 == " " }
            return Note(verdict: verdict, rule: String(rest[..<colon]), text: String(why), line: line.number, ruleColumn: column)
        }
        return Note(verdict: verdict, rule: nil, text: String(rest), line: line.number, ruleColumn: nil)
    }

    private static func isRuleID(_ text: Substring) -> Bool {
        text.contains(".") && text.first?.isLetter == true
            && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "." || $0 == "-" }
    }
}

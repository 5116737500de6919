/// What an agent is about to send: the client's messages it answers, and its own messages.
public struct Draft: Sendable, Hashable {
    public var context: [String]
    public var messages: [String]
    /// Set for `--input jsonl` (a string, or a number as written), echoed in the output.
    public var id: String?

    public init(context: [String] = [], messages: [String], id: String? = nil) {
        self.context = context
        self.messages = messages
        self.id = id
    }
}

/// How much a finding matters; `error` fails `handbook lint`.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case suggestion
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One problem in a draft, pointing at the exact words.
public struct Finding: Sendable, Hashable {
    /// The rule's id, e.g. `chat.ladder`.
    public var rule: String
    public var severity: Severity
    /// Why, in the handbook's language.
    public var message: String
    /// Which of the draft's messages (0-based).
    public var messageIndex: Int
    /// 1-based line and column, in Unicode scalars within the message.
    public var line: Int
    public var column: Int
    /// Length of the match in Unicode scalars.
    public var length: Int
    /// The matched words as written.
    public var match: String
    /// A concrete alternative, when the rule has one.
    public var suggestion: String?

    public init(
        rule: String, severity: Severity, message: String, messageIndex: Int, line: Int, column: Int,
        length: Int, match: String, suggestion: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.messageIndex = messageIndex
        self.line = line
        self.column = column
        self.length = length
        self.match = match
        self.suggestion = suggestion
    }
}

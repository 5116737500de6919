public import Foundation
public import HandbookBlocks
public import SourceFiles

/// A draft as read from the input, with where each of its messages came from, so findings
/// can point at the input's own lines.
public struct DraftSource: Sendable {
    public var draft: Draft
    /// Per agent message, per line of it: the input line and the column before its first scalar.
    /// Empty when the message is not on lines of its own (JSON).
    public var origins: [[LineOrigin]]
    /// The input line of a JSON Lines draft.
    public var inputLine: Int?
    /// For a dialogue, its agent turns: each is linted as the draft it was (see `Dialogue.turns`),
    /// as `handbook check` lints the handbook's dialogues. Empty for other input.
    public var turns: [DialogueTurn]

    public init(draft: Draft, origins: [[LineOrigin]], inputLine: Int? = nil, turns: [DialogueTurn] = []) {
        self.draft = draft
        self.origins = origins
        self.inputLine = inputLine
        self.turns = turns
    }

    public struct LineOrigin: Sendable, Hashable {
        public var line: Int
        public var columnOffset: Int

        public init(line: Int, columnOffset: Int) {
            self.line = line
            self.columnOffset = columnOffset
        }
    }

    /// The input position of a finding, when the input has one.
    public func inputPosition(of finding: Finding) -> (line: Int, column: Int)? {
        guard finding.messageIndex < origins.count, finding.line - 1 < origins[finding.messageIndex].count else { return nil }
        let origin = origins[finding.messageIndex][finding.line - 1]
        return (origin.line, origin.columnOffset + finding.column)
    }
}

/// Reads drafts in the forms `handbook lint` takes: plain text (one agent message), the
/// dialogue syntax (`клиент:` / `агент:` lines), one JSON object, or JSON Lines.
public enum DraftReader {
    /// Plain text, or the dialogue syntax of the handbook's ```dialogue blocks when a line starts
    /// with a role label (Russian or English):
    /// ```
    /// клиент: Где мой заказ?
    /// агент: Здравствуйте! Заказ приедет сегодня до 18:00.
    ///   Курьер позвонит за час.        ← an indented line continues the message
    /// > ✓ notes after '>' are annotations and are skipped
    /// ```
    /// Each run of the agent's messages is linted as a draft of its own, with the client's
    /// messages before it as context. `labels` are the handbook's (its own role labels, when it
    /// names them).
    public static func text(_ source: SourceText, labels: BlockLabels = .russian) throws(Diagnostic) -> DraftSource {
        guard (1...max(1, source.lineCount)).contains(where: { Dialogue.startsMessage(source.line($0), labels: labels) }) else {
            guard source.text.contains(where: { !$0.isWhitespace }) else {
                throw Diagnostic.error("the draft is empty: give the text of the reply to check", file: source.path)
            }
            let origins = (0..<source.lineCount).map { DraftSource.LineOrigin(line: $0 + 1, columnOffset: 0) }
            return DraftSource(draft: Draft(messages: [source.text]), origins: [origins])
        }
        let (dialogue, problems) = Dialogue.parse(source.text, labels: labels)
        if let problem = problems.first {
            throw Diagnostic.error(problem.message, file: source.path, line: problem.line, column: problem.column)
        }
        let agent = dialogue.messages.filter { $0.role == .agent }
        return DraftSource(
            draft: Draft(context: dialogue.messages.filter { $0.role == .client }.map(\.text), messages: agent.map(\.text)),
            origins: agent.map { $0.textLines.map { DraftSource.LineOrigin(line: $0.line, columnOffset: $0.column - 1) } },
            turns: dialogue.turns)
    }

    /// One JSON object `{"context": […], "messages": […]}`.
    public static func json(_ source: SourceText) throws(Diagnostic) -> DraftSource {
        DraftSource(draft: try draft(fromJSON: source.text.utf8, file: source.path, line: nil), origins: [])
    }

    /// One JSON object as a lint server takes it: `{"context": […], "messages": […]}`, or
    /// `{"text": "…"}` holding what `text(_:labels:)` reads (a reply, or the dialogue syntax);
    /// either with an optional `"id"`. With `text`, findings can be placed in that text
    /// (`inputPosition(of:)`), and problems in it are reported at its lines.
    public static func request(_ source: SourceText, labels: BlockLabels = .russian) throws(Diagnostic) -> DraftSource {
        let value = try parse(source.text.utf8, file: source.path, line: nil)
        guard let given = value["text"] else {
            return DraftSource(draft: try draft(from: value, file: source.path, line: nil), origins: [])
        }
        guard case .string(let text) = given else {
            throw Diagnostic.error("'text' has the wrong type: it is the draft as one text", file: source.path)
        }
        guard value["messages"] == nil, value["context"] == nil else {
            throw Diagnostic.error("give either 'text' or 'context' and 'messages', not both", file: source.path)
        }
        var read = try Self.text(SourceText(path: source.path, text: text), labels: labels)
        read.draft.id = try id(in: value, file: source.path, line: nil)
        return read
    }

    /// A line as `InputLines` reads it: a draft, or why it is none (a line past the limit included).
    public static func jsonLine(_ line: InputLines.Line, file: String) -> Result<DraftSource, Diagnostic> {
        guard let bytes = line.bytes else {
            return .failure(.error(
                "the line is longer than \(MessageText.largestMessage >> 20) MB, the most lint reads at once; split it", file: file, line: line.number))
        }
        return jsonLine(bytes, number: line.number, file: file)
    }

    /// One line of JSON Lines input, an object with an `id`. A bad line is its own error, so one
    /// broken draft does not stop the rest.
    public static func jsonLine(_ line: Data, number: Int, file: String) -> Result<DraftSource, Diagnostic> {
        do throws(Diagnostic) {
            if String(validating: line, as: UTF8.self) == nil {
                let column = SourceText.positionOfInvalidUTF8(line).column
                throw Diagnostic.error("the line is not valid UTF-8 (first bad byte here); save the input as UTF-8", file: file, line: number, column: column)
            }
            let draft = try draft(fromJSON: line, file: file, line: number)
            return .success(DraftSource(draft: draft, origins: [], inputLine: number))
        } catch {
            return .failure(error)
        }
    }

    /// A draft from JSON text; `line` is the input line a JSON Lines draft is on.
    private static func draft(fromJSON text: some Collection<UInt8>, file: String, line: Int?) throws(Diagnostic) -> Draft {
        try draft(from: try parse(text, file: file, line: line), file: file, line: line)
    }

    private static func parse(_ text: some Collection<UInt8>, file: String, line: Int?) throws(Diagnostic) -> JSONValue {
        do {
            return try JSONValue.parse(text)
        } catch {
            let (lineInText, column) = position(of: error.offset, in: text)
            throw Diagnostic.error("invalid JSON: \(error.reason)", file: file, line: (line ?? 1) + lineInText - 1, column: column)
        }
    }

    private static func draft(from value: JSONValue, file: String, line: Int?) throws(Diagnostic) -> Draft {
        guard case .object = value else {
            throw Diagnostic.error("a draft is a JSON object {\"context\": [...], \"messages\": [...]}", file: file, line: line)
        }
        func texts(_ key: String) throws(Diagnostic) -> [String]? {
            guard let list = value[key] else { return nil }
            guard case .array(let items) = list else { throw wrongType(key) }
            var texts: [String] = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item else { throw wrongType("\(key)[\(index)]") }
                texts.append(text)
            }
            return texts
        }
        func wrongType(_ path: String) -> Diagnostic {
            Diagnostic.error("'\(path)' has the wrong type: 'context' and 'messages' are lists of texts", file: file, line: line)
        }
        guard let messages = try texts("messages") else {
            throw Diagnostic.error(
                "'messages' is missing: a draft is {\"context\": [client messages], \"messages\": [agent messages]}", file: file, line: line)
        }
        return Draft(context: try texts("context") ?? [], messages: messages, id: try id(in: value, file: file, line: line))
    }

    /// A draft's `id`: a text, or a number as written; null is none.
    private static func id(in value: JSONValue, file: String, line: Int?) throws(Diagnostic) -> String? {
        switch value["id"] {
        case .string(let text), .number(let text): return text
        case nil, .null: return nil
        default: throw Diagnostic.error("'id' has the wrong type: it is a text or a number", file: file, line: line)
        }
    }

    /// 1-based line and column (in Unicode scalars) of UTF-8 `offset` in `text`.
    private static func position(of offset: Int, in text: some Collection<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in text.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

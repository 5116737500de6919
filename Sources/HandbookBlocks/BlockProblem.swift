/// Something wrong in a block, at a 1-based line and column (in Unicode scalars) of its content.
public struct BlockProblem: Sendable, Hashable, Error {
    public enum Severity: Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    public var line: Int
    public var column: Int

    public init(_ severity: Severity, _ message: String, line: Int, column: Int = 1) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
    }
}

/// The lines of a block's content, each with its number and whether it is indented (which
/// continues the item above).
struct BlockLines: Sequence {
    struct Line {
        var number: Int
        var text: Substring
        /// The text without its indentation.
        var trimmed: Substring
        var isIndented: Bool { trimmed.startIndex != text.startIndex }
        var isBlank: Bool { trimmed.allSatisfy(\.isWhitespace) }
        /// The 1-based column of the first non-blank scalar.
        var column: Int { text.unicodeScalars.distance(from: text.startIndex, to: trimmed.startIndex) + 1 }
    }

    let lines: [Line]

    init(_ content: String) {
        var lines: [Line] = []
        var number = 0
        // Split by bytes: "\r\n" is one Character, and a split by Characters would miss it.
        var start = content.startIndex
        func add(upTo end: String.Index) {
            number += 1
            var text = content[start..<end]
            if text.utf8.last == UInt8(ascii: "\r") { text = content[start..<content.utf8.index(before: end)] }
            lines.append(Line(number: number, text: text, trimmed: text.drop { $0 == " " || $0 == "\t" }))
        }
        for index in content.utf8.indices where content.utf8[index] == UInt8(ascii: "\n") {
            add(upTo: index)
            start = content.utf8.index(after: index)
        }
        add(upTo: content.endIndex)
        // The content of a fenced block ends with a line break, which is not an empty last line.
        if lines.last?.text.isEmpty == true { lines.removeLast() }
        self.lines = lines
    }

    func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }
}

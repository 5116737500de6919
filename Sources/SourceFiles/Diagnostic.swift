/// A problem found in the handbook's sources, printed the way compilers print theirs:
/// `Handbook/01-intro.md:12:5: error: …`.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// Path relative to the handbook's root (or as given, for files outside it).
    public var file: String
    public var line: Int?
    public var column: Int?
    /// What is wrong and what to do about it, in one line.
    public var message: String

    public init(_ severity: Severity, _ message: String, file: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public static func error(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, file: file, line: line, column: column)
    }

    public static func warning(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line, column: column)
    }

    /// One line; control characters in a path or a quoted text are shown, not sent to the terminal.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)".controlCharactersShown
    }
}

extension String {
    /// The text with each control character replaced by one visible character: C0 controls and
    /// DEL by their Unicode control pictures (ESC as `␛`, a line break as `␊`), C1 controls and
    /// the marks that reorder text (U+202A–U+202E, U+2066–U+2069, as in "Trojan Source") by `�`.
    /// A terminal then shows a file name or a quoted text instead of obeying it, and a column
    /// under it stays where it was.
    public var controlCharactersShown: String { showingControlCharacters() }

    /// `controlCharactersShown`, keeping line breaks (`\n`, `\r`) for text of several lines.
    public func showingControlCharacters(keepingLineBreaks: Bool = false) -> String {
        guard unicodeScalars.contains(where: Self.isHidden) else { return self }
        var shown = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingLineBreaks, 0x0D where keepingLineBreaks: shown.append(scalar)
            case 0..<0x20: shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: shown.append("\u{2421}")
            case _ where Self.isHidden(scalar): shown.append("\u{FFFD}")
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// A control character, or a mark that reorders the text around it.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// Diagnostics gathered by a step, in the order found.
public struct Diagnostics: Sendable, Codable, Hashable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    /// The diagnostics of several parts of the work (pages checked in parallel, say), in their order.
    public init(merging parts: [Diagnostics]) {
        items = parts.flatMap(\.items)
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { items += other.items }

    /// Sorted by file and position, so output does not depend on the order work was done in.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            let l = a.element, r = b.element
            if l.file != r.file { return l.file < r.file }
            if (l.line ?? 0) != (r.line ?? 0) { return (l.line ?? 0) < (r.line ?? 0) }
            if (l.column ?? 0) != (r.column ?? 0) { return (l.column ?? 0) < (r.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension Diagnostic {
    /// `{"file": …, "line": …, "column": …, "severity": …, "message": …}`, with the project's one JSON writer.
    public func writeJSON(to out: inout some ByteSink) {
        out.write("{\"file\":")
        JSONText.write(file, to: &out)
        for (key, value) in [("line", line), ("column", column)] {
            out.write(",\"\(key)\":")
            if let value { JSONText.write(value, to: &out) } else { JSONText.write(nil as String?, to: &out) }
        }
        out.write(",\"severity\":")
        JSONText.write(severity.rawValue, to: &out)
        out.write(",\"message\":")
        JSONText.write(message, to: &out)
        out.write(UInt8(ascii: "}"))
    }
}

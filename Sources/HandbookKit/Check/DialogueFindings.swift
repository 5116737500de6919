import HandbookBlocks
import StyleLint

/// A dialogue linted the way an agent's drafts are: turn by turn (see `Dialogue.turns`).
struct DialogueFindings {
    struct Found {
        var finding: Finding
        /// The index of the message in the dialogue's `messages`.
        var message: Int
        /// Where in the dialogue block the finding points: line and 1-based column.
        var line: Int
        var column: Int
    }

    private(set) var all: [Found] = []

    /// What the linter found against what a trainer marked: for a text marked good (`expected`
    /// nil), every warning or error; for one marked with rules, the findings of other rules and
    /// the marked rules it did not find. Examples and chapter dialogues are held to this alike.
    static func judge(_ found: [Found], expected: Set<String>?) -> (unexpected: [Found], missing: Set<String>) {
        guard let expected else { return (found.filter { $0.finding.severity >= .warning }, []) }
        return (found.filter { !expected.contains($0.finding.rule) }, expected.subtracting(found.map(\.finding.rule)))
    }

    init(_ dialogue: Dialogue, linter: Linter) {
        for turn in dialogue.turns {
            for finding in linter.lint(turn.draft) {
                let index = turn.messageIndices[finding.messageIndex]
                let message = dialogue.messages[index]
                // The parser records every line of a message; the fallback keeps a finding past them from trapping.
                let start = message.textLines.indices.contains(finding.line - 1) ? message.textLines[finding.line - 1] : (line: message.line, column: 1)
                all.append(Found(finding: finding, message: index, line: start.line, column: start.column + finding.column - 1))
            }
        }
    }
}

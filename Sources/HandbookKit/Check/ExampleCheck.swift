import HandbookBlocks
public import SourceFiles
public import StyleLint
import ParallelMap

/// Lints every example with the handbook's style, so the examples stay true to the rules: a bad
/// example must produce exactly the rules in its `rules:`, a good one no warning or error. Each
/// run of the agent's messages is linted as the draft it was, with the client's messages before
/// it as context. Mismatches and malformed dialogues are diagnostics at the example's lines.
public enum ExampleCheck {
    public static func run(_ examples: [Example], style: Style?) -> Diagnostics {
        guard let style else {
            guard let first = examples.first else { return Diagnostics() }
            return Diagnostics([.warning(
                "the examples are not checked: the handbook has no lint style (lint: style: in \(HandbookConfig.fileName))",
                file: first.sourcePath)])
        }
        let linter = Linter(style: style)
        let ruleIDs = Set(style.rules.map(\.info.id))
        return Diagnostics(merging: examples.concurrentMap { check($0, linter: linter, ruleIDs: ruleIDs) })
    }

    private static func check(_ example: Example, linter: Linter, ruleIDs: Set<String>) -> Diagnostics {
        var diagnostics = Diagnostics()
        func report(_ message: String, dialogueLine: Int, column: Int? = nil) {
            diagnostics.append(.error(message, file: example.sourcePath, line: example.fileLine(ofDialogueLine: dialogueLine), column: column))
        }
        // BookCheck reports a malformed dialogue and notes naming unknown rules, as for a chapter's.
        for rule in example.rules {
            if let problem = BookCheck.unknownRule(rule, in: ruleIDs) {
                diagnostics.append(.error(problem, file: example.sourcePath, line: example.keyLines["rules"]))
            }
        }
        guard example.dialogue.problems.isEmpty, case .dialogue(let dialogue) = example.dialogue.block else { return diagnostics }

        let found = DialogueFindings(dialogue, linter: linter).all
        switch example.verdict {
        case .good:
            for item in DialogueFindings.judge(found, expected: nil).unexpected {
                report("a good example must pass the linter, but it finds '\(item.finding.rule)' here (it says: \(item.finding.message))", dialogueLine: item.line, column: item.column)
            }
        case .bad where example.rules.isEmpty:
            break  // The loader has said that a bad example must list its rules.
        case .bad:
            let (unexpected, missing) = DialogueFindings.judge(found, expected: Set(example.rules))
            for item in unexpected {
                report(
                    "the linter also finds '\(item.finding.rule)' here, which 'rules' does not list (it says: \(item.finding.message)); "
                        + "add it to 'rules' or change the dialogue", dialogueLine: item.line, column: item.column)
            }
            for rule in example.rules where ruleIDs.contains(rule) && missing.contains(rule) {
                diagnostics.append(.error(
                    "'rules' lists '\(rule)', but the linter does not find it in this dialogue; show the mistake or take the rule out",
                    file: example.sourcePath, line: example.keyLines["rules"]))
            }
        }
        return diagnostics
    }
}

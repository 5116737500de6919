import HandbookBlocks
import SourceFiles
public import StyleLint

/// Holds the dialogues in chapters to their notes, as examples are held to their `rules:`: a
/// message marked `✗ rule.id` must get exactly the rules its notes name from the linter, and a
/// message marked `✓` no warning or error. Messages without notes are not judged, so a chapter
/// can quote a conversation without grading every line of it.
public enum ChapterDialogueCheck {
    /// The diagnostics of every page with a source, taking from `previous` those of pages that did not change.
    public static func run(_ book: Book, style: Style, reusing previous: PageResults?) -> PageResults {
        let linter = Linter(style: style)
        let ruleIDs = Set(style.rules.map(\.info.id))
        return PageResults(book.allPages.filter { $0.sourcePath != nil }, reusing: previous) { check($0, linter: linter, ruleIDs: ruleIDs) }
    }

    private static func check(_ chapter: Chapter, linter: Linter, ruleIDs: Set<String>) -> Diagnostics {
        var diagnostics = Diagnostics()
        guard let source = chapter.sourcePath else { return diagnostics }
        for case (let block, .dialogue(let dialogue)) in chapter.blocks.map({ ($0, $0.block) }) {
            // BookCheck reports a malformed dialogue; its notes cannot be trusted to belong where they stand.
            guard block.problems.isEmpty else { continue }
            func report(_ message: String, dialogueLine: Int, column: Int = 1) {
                diagnostics.append(.error(
                    message, file: source, line: chapter.bodyLine - 1 + block.fence.position.line + dialogueLine,
                    column: block.fence.position.column - 1 + column))
            }
            let found = Dictionary(grouping: DialogueFindings(dialogue, linter: linter).all, by: \.message)
            for (index, message) in dialogue.messages.enumerated() where message.role == .agent {
                let ownFindings = found[index] ?? []
                let marked = message.notes.compactMap { note in note.verdict == .bad ? note.rule.map { (rule: $0, note: note) } : nil }
                if marked.isEmpty {
                    guard message.notes.contains(where: { $0.verdict == .good }) else { continue }
                    for item in DialogueFindings.judge(ownFindings, expected: nil).unexpected {
                        report(
                            "this message is marked ✓, but the linter finds '\(item.finding.rule)' here (it says: \(item.finding.message)); "
                                + "change the message or mark it '✗ \(item.finding.rule): …'", dialogueLine: item.line, column: item.column)
                    }
                    continue
                }
                let (unexpected, missing) = DialogueFindings.judge(ownFindings, expected: Set(marked.map(\.rule)))
                for item in unexpected {
                    report(
                        "the linter also finds '\(item.finding.rule)' in this message, which its notes do not name (it says: \(item.finding.message)); "
                            + "add '✗ \(item.finding.rule): …' or change the message", dialogueLine: item.line, column: item.column)
                }
                // A rule the style lacks is BookCheck's to report.
                for (rule, note) in marked where missing.contains(rule) && ruleIDs.contains(rule) {
                    report(
                        "the note names '\(rule)', but the linter does not find it in this message; show the mistake or drop the note",
                        dialogueLine: note.line, column: note.ruleColumn ?? 1)
                }
            }
        }
        return diagnostics
    }
}

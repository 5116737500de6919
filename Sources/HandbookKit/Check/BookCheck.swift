import Foundation
import HandbookBlocks
import Markdown
public import SourceFiles

/// Everything `build` validates beyond loading: every link and anchor leads somewhere, every
/// image can be read out by a screen reader, and every handbook block is written as its format says.
public enum BookCheck {
    /// `ruleIDs` are the rules of the handbook's lint style, which `rule:` links and dialogue notes
    /// must name; nil leaves those references unchecked.
    public static func run(_ book: Book, ruleIDs: Set<String>? = nil) -> Diagnostics {
        let resolver = LinkResolver(book: book)
        let labels = book.config.blockLabels
        let chapters = ((book.home.map { [$0] } ?? []) + book.readingOrder).filter { $0.sourcePath != nil }
        var diagnostics = Diagnostics()
        for found in chapters.concurrentMap({ check($0, resolver: resolver, labels: labels, ruleIDs: ruleIDs) }) {
            diagnostics.append(contentsOf: found)
        }
        return diagnostics
    }

    /// The problems of a handbook block, by their lines in the block (its content starts on the
    /// line after the opening fence).
    private static func problems(of block: FencedBlock, labels: BlockLabels) -> [BlockProblem] {
        switch block.language {
        case "compare": Comparison.parse(block.content, labels: labels).1
        case "dialogue": Dialogue.parse(block.content, labels: labels).1
        case "script": ReplyScript.parse(block.content, labels: labels).1
        default: []
        }
    }

    /// Why `id` names no rule, or nil when it names one (or rules are not checked).
    private static func unknownRule(_ id: String, in ruleIDs: Set<String>?) -> String? {
        guard let ruleIDs, !ruleIDs.contains(id), !(id.isEmpty && !ruleIDs.isEmpty) else { return nil }
        guard !ruleIDs.isEmpty else { return "'\(id)' names a rule, but the handbook has no lint style (lint: style: in \(HandbookConfig.fileName))" }
        let hint = closestCandidate(to: id, in: ruleIDs.sorted()).map { "; did you mean '\($0)'?" } ?? "; 'handbook rules' lists them"
        return "the lint style has no rule '\(id)'\(hint)"
    }

    private static func check(_ chapter: Chapter, resolver: LinkResolver, labels: BlockLabels, ruleIDs: Set<String>?) -> Diagnostics {
        var diagnostics = Diagnostics()
        guard let source = chapter.sourcePath else { return diagnostics }
        var body: SourceText?
        func report(_ severity: Diagnostic.Severity, _ message: String, at position: SourcePosition) {
            let text = body ?? SourceText(path: source, text: chapter.markdown)
            body = text
            let column = text.scalarColumn(line: position.line, byteColumn: position.column)
            diagnostics.append(Diagnostic(severity, message, file: source, line: chapter.bodyLine - 1 + position.line, column: column))
        }
        for link in chapter.outline.links {
            switch resolver.resolve(link.destination, in: chapter) {
            case .failure(let problem): report(.error, problem.message, at: link.position)
            case .success(.rule(let id)): if let problem = unknownRule(id, in: ruleIDs) { report(.error, problem, at: link.position) }
            case .success: break
            }
            if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(.warning, "the image has no description; write what it shows between the brackets: ![описание](\(link.destination))", at: link.position)
            }
        }
        for block in chapter.outline.fencedBlocks {
            var found = problems(of: block, labels: labels)
            for link in BlockLinks.links(in: block, labels: labels) {
                switch resolver.resolve(link.destination, in: chapter) {
                case .failure(let problem): found.append(BlockProblem(.error, problem.message, line: link.line))
                case .success(.rule(let id)): if let problem = unknownRule(id, in: ruleIDs) { found.append(BlockProblem(.error, problem, line: link.line)) }
                case .success: break
                }
            }
            if block.language == "dialogue" {
                for message in Dialogue.parse(block.content, labels: labels).0.messages {
                    for note in message.notes {
                        guard let rule = note.rule, let problem = unknownRule(rule, in: ruleIDs) else { continue }
                        found.append(BlockProblem(.error, problem, line: note.line, column: note.ruleColumn ?? 1))
                    }
                }
            }
            for problem in found {
                let line = chapter.bodyLine - 1 + block.position.line + problem.line
                let column = block.position.column - 1 + problem.column
                diagnostics.append(Diagnostic(problem.severity == .error ? .error : .warning, problem.message, file: source, line: line, column: column))
            }
        }
        return diagnostics
    }
}

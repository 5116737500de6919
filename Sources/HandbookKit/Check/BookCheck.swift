import Foundation
import HandbookBlocks
import Markdown
public import SourceFiles
import ParallelMap

/// Everything `build` validates beyond loading: every link and anchor leads somewhere, every
/// image can be read out by a screen reader, and every handbook block is written as its format says.
public enum BookCheck {
    /// `ruleIDs` are the rules of the handbook's lint style, which `rule:` links and dialogue notes
    /// must name; nil leaves those references unchecked.
    public static func run(_ book: Book, ruleIDs: Set<String>? = nil) -> Diagnostics {
        let resolver = LinkResolver(book: book)
        return Diagnostics(merging: pages(of: book).concurrentMap { check($0, resolver: resolver, ruleIDs: ruleIDs) })
    }

    /// The pages checked: those with a source, and the examples, which are pages too (the links
    /// around their dialogue and in it lead somewhere, and their dialogue is written as the format says).
    public static func pages(of book: Book) -> [Chapter] {
        book.allPages.filter { $0.sourcePath != nil } + book.examplePages
    }

    private static let hintedLinksPerPage = 20

    /// Why `id` names no rule of the style, or nil when it names one (or rules are not checked).
    /// For a link (`isLink`), an empty id is the list of rules, which exists when the style does.
    public static func unknownRule(_ id: String, in ruleIDs: Set<String>?, isLink: Bool = false) -> String? {
        guard let ruleIDs, !ruleIDs.contains(id), !(isLink && id.isEmpty && !ruleIDs.isEmpty) else { return nil }
        guard !ruleIDs.isEmpty else { return "'\(id)' names a rule, but the handbook has no lint style (lint: style: in \(HandbookConfig.fileName))" }
        let hint = closestCandidate(to: id, in: ruleIDs.sorted()).map { "; did you mean '\($0)'?" } ?? "; 'handbook rules' lists them"
        return "the lint style has no rule '\(id)'\(hint)"
    }

    /// One page's diagnostics; `resolver` is its book's.
    public static func check(_ chapter: Chapter, resolver: LinkResolver, ruleIDs: Set<String>?) -> Diagnostics {
        var diagnostics = Diagnostics()
        guard let source = chapter.sourcePath else { return diagnostics }
        var columns: SourceText.ScalarColumns?
        func report(_ severity: Diagnostic.Severity, _ message: String, at position: SourcePosition) {
            var counter = columns ?? SourceText.ScalarColumns(SourceText(path: source, text: chapter.markdown))
            let column = counter.column(line: position.line, byteColumn: position.column)
            columns = counter
            diagnostics.append(Diagnostic(severity, message, file: source, line: chapter.bodyLine - 1 + position.line, column: column))
        }
        /// What is wrong with a link wherever it stands (in the text or a block's item). Hints
        /// compare a name with every other, so only a page's first broken links get them.
        var brokenLinks = 0
        func linkProblems(_ destination: String) -> [(Diagnostic.Severity, String)] {
            var found: [(Diagnostic.Severity, String)] = []
            switch resolver.resolve(destination, in: chapter, hints: brokenLinks < Self.hintedLinksPerPage) {
            case .failure(let problem):
                brokenLinks += 1
                found.append((resolver.brokenLinkSeverity, problem.message))
            case .success(.rule(let id)): if let problem = unknownRule(id, in: ruleIDs, isLink: true) { found.append((.error, problem)) }
            case .success: break
            }
            if MarkdownOptions.isDangerous(url: destination) {
                found.append((.warning, "a link to '\(destination.prefix(40))' would run a script or open a local file, so the page shows it as a link to nothing; remove it"))
            }
            return found
        }
        for link in chapter.outline.links {
            for (severity, problem) in linkProblems(link.destination) { report(severity, problem, at: link.position) }
            if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                let placeholder = resolver.language == .ru ? "описание" : "description"
                report(.warning, "the image has no description; write what it shows between the brackets: ![\(placeholder)](\(link.destination))", at: link.position)
            }
        }
        // Problems are by their lines in the block, whose content starts after the opening fence.
        for block in chapter.blocks {
            var found = block.problems
            for link in block.links {
                for (severity, problem) in linkProblems(link.destination) {
                    found.append(BlockProblem(severity == .error ? .error : .warning, problem, line: link.line))
                }
            }
            for note in block.block.notes {
                guard let rule = note.rule, let problem = unknownRule(rule, in: ruleIDs) else { continue }
                found.append(BlockProblem(.error, problem, line: note.line, column: note.ruleColumn ?? 1))
            }
            for problem in found {
                let line = chapter.bodyLine - 1 + block.fence.position.line + problem.line
                let column = block.fence.position.column - 1 + problem.column
                diagnostics.append(Diagnostic(problem.severity == .error ? .error : .warning, problem.message, file: source, line: line, column: column))
            }
        }
        return diagnostics
    }
}

import Foundation
import HandbookBlocks
import Markdown
public import SourceFiles

/// Everything `build` validates beyond loading: every link and anchor leads somewhere, every
/// image can be read out by a screen reader, and every handbook block is written as its format says.
public enum BookCheck {
    public static func run(_ book: Book) -> Diagnostics {
        let resolver = LinkResolver(book: book)
        let labels = BlockLabels.forLanguage(book.config.language.rawValue)
        let chapters = ((book.home.map { [$0] } ?? []) + book.readingOrder).filter { $0.sourcePath != nil }
        var diagnostics = Diagnostics()
        for found in chapters.concurrentMap({ check($0, resolver: resolver, labels: labels) }) {
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

    private static func check(_ chapter: Chapter, resolver: LinkResolver, labels: BlockLabels) -> Diagnostics {
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
            if case .failure(let problem) = resolver.resolve(link.destination, in: chapter) {
                report(.error, problem.message, at: link.position)
            }
            if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(.warning, "the image has no description; write what it shows between the brackets: ![описание](\(link.destination))", at: link.position)
            }
        }
        for block in chapter.outline.fencedBlocks {
            for problem in problems(of: block, labels: labels) {
                let line = chapter.bodyLine - 1 + block.position.line + problem.line
                let column = block.position.column - 1 + problem.column
                diagnostics.append(Diagnostic(problem.severity == .error ? .error : .warning, problem.message, file: source, line: line, column: column))
            }
        }
        return diagnostics
    }
}

import Markdown
import Foundation
public import SourceFiles

/// Everything `build` validates beyond loading: every link and anchor leads somewhere, and every
/// image can be read out by a screen reader.
public enum BookCheck {
    public static func run(_ book: Book) -> Diagnostics {
        let resolver = LinkResolver(book: book)
        let chapters = ((book.home.map { [$0] } ?? []) + book.readingOrder).filter { $0.sourcePath != nil }
        var diagnostics = Diagnostics()
        for found in chapters.concurrentMap({ check($0, resolver: resolver) }) {
            diagnostics.append(contentsOf: found)
        }
        return diagnostics
    }

    private static func check(_ chapter: Chapter, resolver: LinkResolver) -> Diagnostics {
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
        return diagnostics
    }
}

public import Markdown

/// Everything `build` validates beyond loading: today, that every link and anchor leads somewhere.
public enum BookCheck {
    public static func run(_ book: Book) -> Diagnostics {
        var diagnostics = Diagnostics()
        let resolver = LinkResolver(book: book)
        for chapter in (book.home.map { [$0] } ?? []) + book.readingOrder {
            guard let source = chapter.sourcePath else { continue }
            for link in chapter.outline.links {
                if case .failure(let problem) = resolver.resolve(link.destination, in: chapter) {
                    let location = chapter.fileLocation(of: link.position)
                    diagnostics.append(.error(problem.message, file: source, line: location.line, column: location.column))
                }
            }
        }
        return diagnostics
    }
}

extension Chapter {
    /// A position in the body (cmark's line and byte column) as a line and scalar column of the file.
    public func fileLocation(of position: SourcePosition) -> (line: Int, column: Int) {
        let body = SourceText(path: sourcePath ?? id, text: markdown)
        return (bodyLine - 1 + position.line, body.scalarColumn(line: position.line, byteColumn: position.column))
    }
}

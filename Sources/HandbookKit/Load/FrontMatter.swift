import Foundation
public import SourceFiles

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterSplit: Sendable {
    /// Reads a Markdown file and splits it; a file that cannot be read or whose front matter is
    /// not closed is a diagnostic and gives nil.
    static func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> FrontMatterSplit? {
        do {
            return try FrontMatterSplit(SourceText.read(url, displayPath: displayPath))
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    /// The YAML between the `---` lines, or nil when the file has none.
    public var yaml: String?
    /// The 1-based line of the file where the YAML starts.
    public var yamlLine: Int
    public var body: Substring
    /// The 1-based line of the file where the body starts.
    public var bodyLine: Int

    /// Front matter opens with `---` on the first line and closes with `---` or `...` on a line of its own.
    public init(_ source: SourceText) throws(Diagnostic) {
        let text = source.text
        guard source.line(1).trimmingTrailingSpaces == "---" else {
            yaml = nil
            yamlLine = 1
            body = text[...]
            bodyLine = 1
            return
        }
        for number in stride(from: 2, through: source.lineCount, by: 1) {
            let line = source.line(number).trimmingTrailingSpaces
            guard line == "---" || line == "..." else { continue }
            var yamlText = ""
            for inner in 2..<number { yamlText += source.line(inner) + "\n" }
            yaml = yamlText
            yamlLine = 2
            bodyLine = number + 1
            let utf8 = text.utf8
            let offset = source.byteOffset(ofLine: number + 1)
            body = text[utf8.index(utf8.startIndex, offsetBy: offset)...]
            return
        }
        throw .error(
            "front matter opened with '---' is never closed; end it with a line holding only '---'",
            file: source.path, line: 1, column: 1)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

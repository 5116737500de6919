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
        guard Self.isMarker(source.line(1), closing: false) else {
            yaml = nil
            yamlLine = 1
            body = text[...]
            bodyLine = 1
            return
        }
        for number in stride(from: 2, through: source.lineCount, by: 1) {
            guard Self.isMarker(source.line(number), closing: true) else { continue }
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

extension FrontMatterSplit {
    /// Whether a line is `---` (or, to close, `...`) with nothing after it but spaces and tabs:
    /// compared as bytes, since every line of the front matter is asked.
    static func isMarker(_ line: Substring, closing: Bool) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
    }
}

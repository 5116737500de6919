import ArgumentParser
import Foundation
import Markdown

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Renders Markdown from standard input to an HTML fragment, as the handbook's pages do.",
        discussion: """
            The GFM extensions table, strikethrough, autolink, tagfilter, tasklist and footnotes \
            are on by default and raw HTML is omitted; the flags mean what they mean for cmark-gfm.
            """
    )

    @Flag(help: "Let raw HTML and dangerous URLs through.")
    var unsafe = false

    @Flag(help: "Start with no extension; add them with -e.")
    var noDefaultExtensions = false

    @Option(name: .customShort("e"), help: "Add an extension (table, strikethrough, autolink, tagfilter, tasklist, footnotes).")
    var extensions: [MarkdownExtension] = []

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let base = noDefaultExtensions ? [] : MarkdownOptions.defaultExtensions
        let options = MarkdownOptions(extensions: base + extensions, allowsRawHTML: unsafe)
        let html = MarkdownDocument(bytes: input, options: options).renderHTML()
        FileHandle.standardOutput.write(Data(html.utf8))
    }
}

extension MarkdownExtension: ExpressibleByArgument {}

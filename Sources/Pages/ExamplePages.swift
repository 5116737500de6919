import Foundation
import HandbookKit
import Markdown

/// The examples on the site: `examples/index.html`, a gallery that filters by topic, channel,
/// verdict and rule (in the browser, from `file://` too; without JavaScript it lists them all),
/// and one page per example with its dialogue, what it is about, and its good or bad counterpart.
struct ExamplePages {
    let book: Book
    let strings: PageStrings
    /// The examples' Markdown, without raw HTML, rendered once for all targets.
    let dialogues: ExampleDialogues
    let target: PageTarget

    static let indexID = PagePaths.examplesIndexID

    func pages() -> [(page: Chapter, content: String)] {
        guard !book.examples.isEmpty else { return [] }
        var pages = [(Chapter(id: Self.indexID, title: strings.examples, sourcePath: nil), gallery())]
        for example in book.examples {
            pages.append((Chapter(id: Example.pageID(of: example.id), title: example.title, sourcePath: nil), page(for: example)))
        }
        return pages
    }

    // MARK: The gallery

    private func gallery() -> String {
        var html = filters() + "<ul class=\"example-cards\">\n"
        for example in book.examples {
            html += "<li class=\"example-card verdict-\(example.verdict.rawValue)\" data-topic=\"\(escaped(example.topic))\" "
            html += "data-channel=\"\(escaped(example.channel))\" data-verdict=\"\(example.verdict.rawValue)\" data-rule=\"\(escaped(example.rules.joined(separator: " ")))\">\n"
            html += "<a href=\"\(escaped(PagePaths.pageLink(from: Self.indexID, to: Example.pageID(of: example.id), in: target)))\">\(escaped(example.title))</a>\n"
            html += "<p class=\"example-meta\"><span class=\"verdict\">\(escaped(verdictName(example.verdict)))</span> · "
            html += "\(escaped(name(of: example.channel, in: "channel"))) · \(escaped(name(of: example.topic, in: "topic")))</p>\n"
            html += preview(of: example)
            if !example.rules.isEmpty {
                html += "<p class=\"example-rules\">" + example.rules.map { "<code>\(escaped($0))</code>" }.joined(separator: " ") + "</p>\n"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// The dialogue's first messages, each with who says it, cut short: what the card is about
    /// at a glance.
    private func preview(of example: Example) -> String {
        guard case .dialogue(let dialogue) = example.dialogue.block, !dialogue.messages.isEmpty else { return "" }
        let labels = book.config.blockLabels
        var html = "<ol class=\"example-preview\" aria-label=\"\(escaped(strings.dialogue))\">\n"
        for message in dialogue.messages.prefix(Self.previewMessages) {
            let (role, label) = message.role == .client ? ("client", labels.clientRoles[0]) : ("agent", labels.agentRoles[0])
            html += "<li class=\"preview-\(role)\"><span class=\"preview-role\">\(escaped(label)):</span> \(escaped(Self.shortened(message.text)))</li>\n"
        }
        return html + "</ol>\n"
    }

    static let previewMessages = 2
    static let previewLength = 90

    /// The text on one line, cut at a word before `previewLength` characters with an ellipsis.
    static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard line.count > previewLength else { return line }
        let cut = line.prefix(previewLength)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// The filters, shown by the site's script; without it (and in the book) every example is listed anyway.
    private func filters() -> String {
        guard target.hasScripts else { return "" }
        var html = "<form class=\"example-filters\" hidden aria-label=\"\(escaped(strings.filter))\">\n"
        let filters: [(key: String, label: String, values: [String])] = [
            ("topic", strings.topic, Set(book.examples.map(\.topic)).sorted()),
            ("channel", strings.channel, Set(book.examples.map(\.channel)).sorted()),
            ("verdict", strings.verdict, Example.Verdict.allCases.map(\.rawValue)),
            ("rule", strings.rule, Set(book.examples.flatMap(\.rules)).sorted()),
        ]
        for filter in filters {
            // Rules are a list on each card (ids cannot hold spaces); a topic or channel is one value, spaces and all.
            let list = filter.key == "rule" ? " data-list" : ""
            html += "<label>\(escaped(filter.label)) <select data-filter=\"\(filter.key)\"\(list)>\n<option value=\"\">\(escaped(strings.any))</option>\n"
            for value in filter.values { html += "<option value=\"\(escaped(value))\">\(escaped(name(of: value, in: filter.key)))</option>\n" }
            html += "</select></label>\n"
        }
        return html + "</form>\n<p class=\"example-count\" aria-live=\"polite\" data-template=\"\(escaped(strings.shown))\"></p>\n"
    }

    // MARK: One example

    private func page(for example: Example) -> String {
        let id = Example.pageID(of: example.id)
        var html = "<dl class=\"example-facts\">\n"
        html += "<dt>\(escaped(strings.verdict))</dt><dd class=\"verdict-\(example.verdict.rawValue)\">\(escaped(verdictName(example.verdict)))</dd>\n"
        html += "<dt>\(escaped(strings.channel))</dt><dd>\(escaped(name(of: example.channel, in: "channel")))</dd>\n"
        html += "<dt>\(escaped(strings.topic))</dt><dd>\(escaped(name(of: example.topic, in: "topic")))</dd>\n"
        if !example.rules.isEmpty {
            let links = example.rules.map { "<a href=\"\(escaped(PagePaths.pageLink(from: id, to: PagePaths.rulePageID($0), in: target)))\"><code>\(escaped($0))</code></a>" }
            html += "<dt>\(escaped(strings.rulesBroken))</dt><dd>\(links.joined(separator: ", "))</dd>\n"
        }
        html += "</dl>\n" + dialogueHTML(of: example, on: id)
        let counterparts = example.fixed.flatMap { fixed in book.examples.first { $0.id == fixed } }.map { [($0, strings.howItShouldBe)] }
            ?? book.examples.filter { $0.fixed == example.id }.map { ($0, strings.howNotTo) }
        for (other, label) in counterparts {
            html += "<p class=\"example-counterpart\">\(escaped(label)): <a href=\"\(escaped(PagePaths.pageLink(from: id, to: Example.pageID(of: other.id), in: target)))\">"
            html += "\(escaped(other.title))</a></p>\n"
        }
        return html + "<p><a href=\"\(escaped(PagePaths.pageLink(from: id, to: Self.indexID, in: target)))\">\(escaped(strings.allExamples))</a></p>\n"
    }

    /// The example's Markdown (its dialogue and any words around it) as it would render on `pageID`.
    func dialogueHTML(of example: Example, on pageID: String) -> String {
        dialogues.html(of: example, on: pageID, for: target)
    }

    func verdictName(_ verdict: Example.Verdict) -> String { verdict == .good ? strings.verdictGood : strings.verdictBad }

    /// A channel's, topic's or verdict's name in the handbook's language; unknown codes as written.
    private func name(of value: String, in key: String) -> String {
        key == "verdict" ? verdictName(Example.Verdict(rawValue: value) ?? .good) : strings.exampleNames[value] ?? value
    }

    private func escaped(_ text: String) -> String { HTMLText.escape(text) }
}

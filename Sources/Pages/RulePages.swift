import Foundation
import HandbookKit
import Markdown

/// The pages of the lint style's rules: `rules/index.html` lists them, `rules/<id>.html`
/// explains one and lists the sections of the handbook that speak of it. Lint findings link here.
struct RulePages {
    let book: Book
    let strings: PageStrings
    let references: RuleReferences
    let examples: ExamplePages
    var target: PageTarget { examples.target }

    static let indexID = PagePaths.rulesIndexID

    /// Pages as (synthetic chapter, content HTML), the index first.
    func pages() -> [(page: Chapter, content: String)] {
        guard !book.rules.isEmpty else { return [] }
        var pages = [(Chapter(id: Self.indexID, title: strings.rules, sourcePath: nil), index())]
        for rule in book.rules {
            let id = PagePaths.rulePageID(rule.id)
            // Titled by its name, with the id the linter's findings show beside it.
            pages.append((Chapter(id: id, title: rule.name, sourcePath: nil, titleIsFirstHeading: true), page(for: rule, id: id)))
        }
        return pages
    }

    private func index() -> String {
        var html = "<p class=\"lead\">\(escaped(strings.rulesLead))</p>\n<table class=\"rules\">\n<thead><tr>"
        html += "<th scope=\"col\">\(escaped(strings.rule))</th><th scope=\"col\">\(escaped(strings.level))</th>"
        html += "<th scope=\"col\">\(escaped(strings.catches))</th></tr></thead>\n<tbody>\n"
        for rule in book.rules {
            html += "<tr><td><a class=\"rule-name\" href=\"\(escaped(PagePaths.pageLink(from: Self.indexID, to: PagePaths.rulePageID(rule.id), in: target)))\">"
            // A long id breaks after its dots rather than overflow its narrow column.
            html += "\(escaped(rule.name))</a> <code class=\"rule-id\">\(escaped(rule.id).replacingOccurrences(of: ".", with: "." + target.wordBreak))</code></td>"
            html += "<td class=\"level-\(escaped(rule.level))\">\(escaped(strings.levelName(rule.level)))</td><td>\(escaped(rule.description))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func page(for rule: RuleSummary, id: String) -> String {
        var html = "<h1>\(escaped(rule.name)) <code class=\"rule-id\">\(escaped(rule.id))</code></h1>\n"
        html += "<p class=\"lead\">\(escaped(rule.description))</p>\n<dl class=\"rule-facts\">\n"
        html += "<dt>\(escaped(strings.level))</dt><dd class=\"level-\(escaped(rule.level))\">\(escaped(strings.levelName(rule.level)))</dd>\n"
        html += "<dt>\(escaped(strings.linterSays))</dt><dd>\(escaped(rule.message))</dd>\n</dl>\n"
        html += "<h2 id=\"sections\">\(escaped(strings.explainedIn))</h2>\n"
        let places = references.places[rule.id] ?? []
        if places.isEmpty {
            html += "<p>\(escaped(strings.notExplained))</p>\n"
        } else {
            html += "<ul class=\"rule-places\">\n"
            for place in places {
                let target = PagePaths.pageLink(from: id, to: place.chapterID, anchor: place.heading?.anchor, in: target)
                let title = place.chapterTitle + (place.heading.map { " — " + $0.text } ?? "")
                html += "<li><a href=\"\(escaped(target))\">\(escaped(title))</a></li>\n"
            }
            html += "</ul>\n"
        }
        html += examplePairs(for: rule, on: id)
        return html + "<p><a href=\"\(escaped(PagePaths.pageLink(from: id, to: Self.indexID, in: target)))\">\(escaped(strings.allRules))</a></p>\n"
    }

    /// The bad examples that break the rule, each next to its fixed version when it has one.
    private func examplePairs(for rule: RuleSummary, on id: String) -> String {
        let bad = book.examples.filter { $0.verdict == .bad && $0.rules.contains(rule.id) }
        guard !bad.isEmpty else { return "" }
        var html = "<h2 id=\"examples\">\(escaped(strings.examples))</h2>\n<table class=\"example-pairs\">\n<thead><tr>"
        html += "<th scope=\"col\">\(escaped(strings.howNotTo))</th><th scope=\"col\">\(escaped(strings.howItShouldBe))</th></tr></thead>\n<tbody>\n"
        for example in bad {
            html += "<tr><td>\(card(example, on: id))</td><td>"
            if let fixed = example.fixed.flatMap({ fixed in book.examples.first { $0.id == fixed } }) { html += card(fixed, on: id) }
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func card(_ example: Example, on id: String) -> String {
        let link = PagePaths.pageLink(from: id, to: Example.pageID(of: example.id), in: target)
        return "<p class=\"example-title\"><a href=\"\(escaped(link))\">\(escaped(example.title))</a></p>\n" + examples.dialogueHTML(of: example, on: id)
    }

    private func escaped(_ text: String) -> String { HTMLText.escape(text) }
}

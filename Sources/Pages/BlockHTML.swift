import HandbookBlocks
import HandbookKit
import Markdown

/// The HTML of the handbook's own blocks (```compare, ```dialogue, ```script) on one page.
/// Text inside them is Markdown, rendered as the page is (safe unless the handbook allows raw
/// HTML, with its typography); everything else put into the HTML is escaped.
struct BlockHTML {
    let labels: BlockLabels
    let strings: PageStrings
    let target: PageTarget
    /// Markdown of an item into HTML; `hardBreaks` for chat messages, whose line breaks stay.
    let markdown: (_ text: String, _ hardBreaks: Bool) -> String
    /// Prose through the handbook's typography, before escaping.
    let typography: (String) -> String
    /// The address of a rule's page, from this page.
    let ruleLink: (String) -> String

    func render(_ block: HandbookBlock) -> String {
        switch block {
        case .compare(let comparison): compare(comparison)
        case .dialogue(let dialogue): self.dialogue(dialogue)
        case .script(let script): self.script(script)
        }
    }

    /// A table, so a screen reader names the column of each cell; on a phone it stacks into
    /// pairs, each cell with its label (`data-label`).
    private func compare(_ comparison: Comparison) -> String {
        let vague = escaped(labels.vague[0]), concrete = escaped(labels.concrete[0])
        var html = "<table class=\"compare\">\n<thead><tr><th scope=\"col\">\(vague)</th><th scope=\"col\">\(concrete)</th></tr></thead>\n<tbody>\n"
        for pair in comparison.pairs {
            html += "<tr><td class=\"compare-vague\" data-label=\"\(vague)\">\(markdown(pair.vague, false))</td>"
            html += "<td class=\"compare-concrete\" data-label=\"\(concrete)\">\(markdown(pair.concrete, false))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// A list of messages, each headed by who says it; notes hang beside the message they are about.
    private func dialogue(_ dialogue: Dialogue) -> String {
        var html = "<figure class=\"dialogue\">\n<ol class=\"dialogue-messages\" aria-label=\"\(escaped(strings.dialogue))\">\n"
        for message in dialogue.messages {
            let (role, label) = message.role == .client ? ("client", labels.clientRoles[0]) : ("agent", labels.agentRoles[0])
            let verdict = message.notes.contains { $0.verdict == .bad } ? " message-bad" : message.notes.contains { $0.verdict == .good } ? " message-good" : ""
            html += "<li class=\"message message-\(role)\(verdict)\">\n<div class=\"bubble\"><p class=\"message-role\">\(escaped(label))</p>\n"
            html += "<div class=\"message-text\">\(markdown(message.text, true))</div></div>\n"
            if !message.notes.isEmpty {
                html += "<ul class=\"message-notes\">\n"
                for note in message.notes { html += self.note(note) }
                html += "</ul>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</figure>\n"
    }

    private func note(_ note: Dialogue.Note) -> String {
        let (kind, mark, spoken) = switch note.verdict {
        case .good: ("good", "✓", strings.good)
        case .bad: ("bad", "✗", strings.bad)
        case .neutral: ("neutral", "", strings.note)
        }
        var html = "<li class=\"note note-\(kind)\">"
        if !mark.isEmpty { html += "<span class=\"note-mark\" aria-hidden=\"true\">\(mark)</span> " }
        html += "<span class=\"visually-hidden\">\(escaped(spoken)): </span>"
        if let rule = note.rule {
            html += "<a class=\"note-rule\" href=\"\(escaped(ruleLink(rule)))\">\(escaped(rule))</a>"
            if !note.text.isEmpty { html += ": " }
        }
        return html + escaped(typography(note.text)) + "</li>\n"
    }

    /// A card: what it is for, then the text with its placeholders marked. The copy button is
    /// shown by the site's script; without it the text is still there to select.
    private func script(_ script: ReplyScript) -> String {
        var html = "<section class=\"script\">\n"
        if let title = script.title { html += "<p class=\"script-title\">\(escaped(typography(title)))</p>\n" }
        let fields = [(labels.situation[0], script.situation), (labels.whenToUse[0], script.whenToUse)]
            .compactMap { label, value in value.map { (label, $0) } }
        if !fields.isEmpty {
            html += "<dl class=\"script-about\">\n"
            for (label, value) in fields { html += "<dt>\(escaped(label))</dt><dd>\(escaped(typography(value)))</dd>\n" }
            html += "</dl>\n"
        }
        html += "<p class=\"script-text\">"
        for piece in script.pieces {
            switch piece {
            case .text(let text): html += escaped(typography(text)).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: target.lineBreak + "\n")
            case .placeholder(let name): html += "<mark class=\"placeholder\">{\(escaped(name))}</mark>"
            }
        }
        html += "</p>\n"
        if target.hasScripts {
            html += "<button type=\"button\" class=\"script-copy\" hidden data-copied=\"\(escaped(strings.copied))\">\(escaped(strings.copy))</button>\n"
        }
        return html + "</section>\n"
    }

    private func escaped(_ text: String) -> String { HTMLText.escape(text) }
}

import HandbookBlocks
public import HandbookKit
import Markdown
import SourceFiles

/// `lint/index.html`, where an agent checks a draft reply as they type. Only the site has it: the
/// checking is done by `handbook serve`, which a book in a reader cannot reach. The page is a
/// form that `assets/lint.js` brings to life when the server answers beside it; opened as a file,
/// or where no handbook server answers, it says how to start one, and without a lint style there
/// is nothing to check, so no page.
public enum LintPage {
    public static let id = "lint/index"
    /// The page's script, beside the site's other assets.
    public static let scriptPath = "assets/lint.js"
    /// Where `handbook serve` shows the page when started with its defaults.
    static let localAddress = "http://127.0.0.1:8000/lint/"

    /// Whether the site of `book` has the page.
    public static func isPublished(in book: Book) -> Bool { !book.rules.isEmpty }

    /// The page's body. The script reads the handbook's role labels (to tell a pasted dialogue
    /// from plain messages, as `handbook lint` does) and its own words from the page.
    /// The words are typeset as the handbook's text is (for Russian, no line ends on a short word).
    static func body(labels: BlockLabels, strings: PageStrings, language: HandbookLanguage) -> String {
        let typeset = Typography.transform(for: language) ?? { $0 }
        var words = strings.lint
        for key in LintPageStrings.allWords { words[keyPath: key] = typeset(words[keyPath: key]) }
        let client = labels.clientRoles[0].lowercased(), agent = labels.agentRoles[0].lowercased()
        func filled(_ text: String) -> String {
            escaped(text.replacingOccurrences(of: "{client}", with: client).replacingOccurrences(of: "{agent}", with: agent))
        }
        var html = "<div class=\"lint\" data-client-roles=\"\(json(labels.clientRoles))\" data-agent-roles=\"\(json(labels.agentRoles))\" "
        html += "data-strings=\"\(json(scriptWords(words, levelName: strings.levelName)))\">\n"
        html += "<p class=\"lead\">\(escaped(words.lead))</p>\n"
        html += "<div class=\"lint-offline\">\n<p>\(escaped(words.needsServer))</p>\n<pre><code>handbook serve</code></pre>\n"
        html += "<p>\(escaped(words.thenOpen)) <a href=\"\(localAddress)\">\(localAddress)</a></p>\n"
        html += "<p class=\"lint-no-server\" hidden>\(escaped(words.noServerHere))</p>\n</div>\n"
        html += "<form class=\"lint-form\" hidden>\n"
        html += field(id: "lint-context", label: words.contextLabel, hint: filled(words.contextHint), control: """
            <p class="lint-hint lint-context-note" id="lint-context-note" hidden>\(filled(words.contextFromDialogue))</p>
            <textarea id="lint-context" class="lint-input" rows="3" aria-describedby="lint-context-hint"></textarea>

            """)
        // The marks sit behind the draft's own text, which stays the editable textarea.
        html += field(id: "lint-draft", label: words.draftLabel, hint: filled(words.draftHint), control: """
            <div class="lint-editor">
            <div class="lint-backdrop" aria-hidden="true"></div>
            <textarea id="lint-draft" class="lint-input" rows="6" spellcheck="false" aria-describedby="lint-draft-hint"></textarea>
            </div>

            """)
        html += field(id: "lint-token", label: words.tokenLabel, hint: escaped(words.tokenHint), hidden: true, control: """
            <input id="lint-token" class="lint-input" type="password" autocomplete="off" spellcheck="false" aria-describedby="lint-token-hint">

            """)
        html += "<div class=\"lint-actions\">\n<button type=\"submit\" class=\"lint-check\">\(escaped(words.check))</button>\n"
        html += "<span class=\"lint-shortcut\">\(escaped(words.shortcut))</span>\n"
        html += "<span class=\"lint-progress\" aria-hidden=\"true\" hidden>\(escaped(words.checking))</span>\n</div>\n</form>\n"
        html += "<section class=\"lint-results\" aria-labelledby=\"lint-results-title\" hidden>\n"
        html += "<h2 id=\"lint-results-title\">\(escaped(words.findings))</h2>\n"
        html += "<div class=\"lint-live\" aria-live=\"polite\">\n<p class=\"lint-summary\"></p>\n<ol class=\"lint-findings\"></ol>\n</div>\n</section>\n"
        html += "</div>\n<script src=\"\(PagePaths.root(from: id))\(scriptPath)\" defer></script>\n"
        return html
    }

    /// A labelled control with its hint; `hint` is HTML.
    private static func field(id: String, label: String, hint: String, hidden: Bool = false, control: String) -> String {
        "<div class=\"lint-field \(id)-field\"\(hidden ? " hidden" : "")>\n<label for=\"\(id)\">\(escaped(label))</label>\n"
            + "<p class=\"lint-hint\" id=\"\(id)-hint\">\(hint)</p>\n" + control + "</div>\n"
    }

    /// The words the script shows, by the names it uses, with the names of the levels.
    private static func scriptWords(_ words: LintPageStrings, levelName: (String) -> String) -> [(String, String)] {
        [
            ("checking", words.checking), ("emptyDraft", words.emptyDraft), ("noFindings", words.noFindings), ("count", words.count),
            ("messageNumber", words.messageNumber), ("showInDraft", words.showInDraft), ("quoted", words.quoted), ("replace", words.replace),
            ("rulePage", words.rulePage), ("tokenNeeded", words.tokenNeeded), ("tokenRefused", words.tokenRefused),
            ("refused", words.refused), ("position", words.position), ("noAnswer", words.noAnswer),
        ] + ["error", "warning", "suggestion"].map { ($0, levelName($0)) }
    }

    /// JSON for an attribute: a list of texts, or an object of texts in the order given.
    private static func json(_ texts: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.write(UInt8(ascii: ",")) }
            JSONText.write(text, to: &bytes)
        }
        bytes.write(UInt8(ascii: "]"))
        return escaped(String(decoding: bytes, as: UTF8.self))
    }

    private static func json(_ fields: [(String, String)]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { bytes.write(UInt8(ascii: ",")) }
            JSONText.write(key, to: &bytes)
            bytes.write(UInt8(ascii: ":"))
            JSONText.write(value, to: &bytes)
        }
        bytes.write(UInt8(ascii: "}"))
        return escaped(String(decoding: bytes, as: UTF8.self))
    }

    private static func escaped(_ text: String) -> String { HTMLText.escape(text) }
}

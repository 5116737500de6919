import Foundation
@testable import Markdown
import Testing

/// A document is rendered once for all its targets, each target's links, heading ids and blocks
/// put in afterwards: what that gives must be what cmark-gfm prints, for every example of the
/// GFM spec, and a page whose text looks like those marks must come out right too.
@Suite struct TargetMarksTests {
    /// The Markdown of every example in the spec files the conformance run uses.
    static let examples: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Conformance")
        let fence = String(repeating: "`", count: 32)
        return ["spec.txt", "extensions.txt", "regression.txt"].flatMap { name -> [String] in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return [] }
            var examples: [String] = []
            var current: [Substring]?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(fence + " example") {
                    current = []
                } else if var lines = current {
                    if line == "." {
                        examples.append(lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t"))
                        current = nil
                    } else {
                        lines.append(line)
                        current = lines
                    }
                }
            }
            return examples
        }
    }()

    @Test func theSpecFilesAreRead() {
        #expect(Self.examples.count > 600)
    }

    /// Each link's destination written again by the hooks as it was must print as cmark-gfm
    /// prints it: escaped the same, and dangerous ones left out the same.
    @Test(arguments: [false, true])
    func linksWrittenAgainPrintAsCmarkPrintsThem(allowsRawHTML: Bool) {
        let options = MarkdownOptions(allowsRawHTML: allowsRawHTML, allowsDangerousURLs: allowsRawHTML)
        var differing: [String] = []
        // Every printable ASCII character, and some beyond, in a destination and an image's.
        let everyCharacter = "[a](<x !\"#$%&'()*+,-./:;=?@[]^_`{|}~\\<\\>é\u{7F}\u{A0}ё>) ![i](<&'\"> \"t'\")\n"
        for example in Self.examples + [everyCharacter] {
            let plain = MarkdownDocument(example, options: options).renderHTML()
            let hooked = MarkdownDocument(example, options: options).renderHTML(hooks: HTMLHooks(rewriteLink: { $0.destination }))
            if hooked != plain { differing.append(example) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
    }

    /// Pages get the one render, not the render per target that gives the same HTML: every
    /// example but those with a link in an image's description (which cmark-gfm does not print).
    @Test func theOneRenderIsWhatPagesGet() {
        let options = MarkdownOptions(definitionLists: true)
        let hooks = HTMLHooks(anchorsHeadings: true, renderCallout: { _ in ("<aside>", "</aside>") }, labelsTaskItems: true)
        let targets = [
            TargetHooks(rewriteLink: { $0.destination }, renderFencedBlock: { $0.language == "ruby" ? "<aside>ruby</aside>" : nil }),
            TargetHooks(rewriteLink: { "book/" + $0.destination }, headingIDPrefix: "part-"),
        ]
        var fellBack: [String] = []
        for example in Self.examples where MarkdownDocument(example, options: options).renderedOnce(hooks: hooks, targets: targets) == nil {
            fellBack.append(example)
        }
        let linkInImage = #/!\[[^\]]*\[[^\]]*\]\(/#
        #expect(fellBack.allSatisfy { $0.contains(linkInImage) }, "\(fellBack.filter { !$0.contains(linkInImage) }.prefix(3))")
        #expect(fellBack.count < 10)
    }

    /// Heading ids go into the tag cmark-gfm opened and change nothing else, for each target
    /// (but the prefix a target puts in footnotes' ids).
    @Test func headingIDsChangeNothingElse() {
        var differing: [String] = []
        for example in Self.examples {
            let plain = MarkdownDocument(example).renderHTML()
            let targets = [TargetHooks(rewriteLink: { $0.destination }), TargetHooks(headingIDPrefix: "part-")]
            let anchored = MarkdownDocument(example).renderHTML(hooks: HTMLHooks(anchorsHeadings: true), targets: targets)
            if anchored.contains(where: { Self.withoutHeadingIDs($0) != plain }) { differing.append(example) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
    }

    private static func withoutHeadingIDs(_ html: String) -> String {
        html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
            .replacingOccurrences(of: "fn-part-", with: "fn-").replacingOccurrences(of: "fnref-part-", with: "fnref-")
    }

    /// Text that prints like a mark (written as it is, or through character references) is
    /// left as the text it is, and the links around it still get each target's destination.
    @Test(arguments: ["%01%02L0%03", "&#37;01%02L0%03", "%01%02H0%03", "%01%02L1%03 %01%02L0%03"])
    func textThatLooksLikeAMarkStaysText(text: String) {
        let source = "# Title \(text)\n\n[a](a.md) \(text)\n"
        let targets = [TargetHooks(rewriteLink: { _ in "a.html" }), TargetHooks(rewriteLink: { _ in "a.xhtml" }, headingIDPrefix: "p-")]
        let html = MarkdownDocument(source).renderHTML(hooks: HTMLHooks(anchorsHeadings: true), targets: targets)
        let shown = MarkdownDocument(text).renderHTML().replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>\n", with: "")
        var anchors = HeadingAnchors()
        let id = anchors.anchor(for: "Title " + shown)
        #expect(html[0] == "<h1 id=\"\(id)\">Title \(shown)</h1>\n<p><a href=\"a.html\">a</a> \(shown)</p>\n")
        #expect(html[1] == "<h1 id=\"p-\(id)\">Title \(shown)</h1>\n<p><a href=\"a.xhtml\">a</a> \(shown)</p>\n")
    }

    /// A link in an image's description is not printed (cmark-gfm prints the description as plain
    /// text); the image's own destination still is each target's.
    @Test func aLinkInsideAnImageDescription() {
        let source = "![see [x](x.md)](img.png) [y](y.md)\n"
        let targets = [TargetHooks(rewriteLink: { "site/" + $0.destination }), TargetHooks(rewriteLink: { "book/" + $0.destination })]
        let html = MarkdownDocument(source).renderHTML(hooks: HTMLHooks(), targets: targets)
        #expect(html[0] == "<p><img src=\"site/img.png\" alt=\"see x\" /> <a href=\"site/y.md\">y</a></p>\n")
        #expect(html[1] == "<p><img src=\"book/img.png\" alt=\"see x\" /> <a href=\"book/y.md\">y</a></p>\n")
    }

    /// Text in an image's description that looks like the mark of the link beside it, which is
    /// not printed: counting marks would not tell, so a page with a link there renders per target.
    @Test func aMarkForgedInAnImageDescription() {
        let source = "![%01%02L1%03 [x](x.md)](i.png)\n"
        let targets = [TargetHooks(rewriteLink: { "site/" + $0.destination }), TargetHooks(rewriteLink: { "book/" + $0.destination })]
        let html = MarkdownDocument(source).renderHTML(hooks: HTMLHooks(), targets: targets)
        #expect(html[0] == "<p><img src=\"site/i.png\" alt=\"%01%02L1%03 x\" /></p>\n")
        #expect(html[1] == "<p><img src=\"book/i.png\" alt=\"%01%02L1%03 x\" /></p>\n")
    }

    /// A dangerous destination a hook gives is left out as cmark-gfm leaves it out, unless the
    /// handbook lets raw HTML and such links through.
    @Test func aDangerousDestinationAHookGivesIsLeftOut() {
        let source = "[a](a.md) ![i](i.png)\n"
        let hooks = HTMLHooks(rewriteLink: { $0.isImage ? "data:text/html,x" : "javascript:alert(1)" })
        #expect(MarkdownDocument(source).renderHTML(hooks: hooks) == "<p><a href=\"\">a</a> <img src=\"\" alt=\"i\" /></p>\n")
        let trusting = MarkdownOptions(allowsRawHTML: true, allowsDangerousURLs: true)
        #expect(MarkdownDocument(source, options: trusting).renderHTML(hooks: hooks)
            == "<p><a href=\"javascript:alert(1)\">a</a> <img src=\"data:text/html,x\" alt=\"i\" /></p>\n")
    }

    /// A block a target renders its own way stands on lines of its own, as cmark-gfm prints a
    /// custom block; one a target renders as nothing leaves no line.
    @Test func blocksStandOnLinesOfTheirOwn() {
        let source = "Before\n\n```note\nx\n```\n\nAfter\n"
        let targets = [
            TargetHooks(renderFencedBlock: { _ in "<aside>x</aside>" }),
            TargetHooks(renderFencedBlock: { _ in "" }),
            TargetHooks(renderFencedBlock: { _ in nil }),
        ]
        let html = MarkdownDocument(source).renderHTML(hooks: HTMLHooks(), targets: targets)
        #expect(html[0] == "<p>Before</p>\n<aside>x</aside>\n<p>After</p>\n")
        #expect(html[1] == "<p>Before</p>\n<p>After</p>\n")
        #expect(html[2] == "<p>Before</p>\n<pre><code class=\"language-note\">x\n</code></pre>\n<p>After</p>\n")
    }
}

import Markdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func rendersLikeCmarkGFMWithoutHooks() {
        let html = MarkdownDocument("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~").renderHTML()
        #expect(html.contains("<h1>Title</h1>"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>old</del>"))
    }

    @Test func omitsRawHTMLUnlessAllowed() {
        let source = "<div onclick=\"x()\">hi</div>\n\n[x](javascript:alert(1))"
        let safe = MarkdownDocument(source).renderHTML()
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        #expect(!safe.contains("onclick"))
        #expect(!safe.contains("javascript:"))
        let unsafe = MarkdownDocument(source, options: MarkdownOptions(allowsRawHTML: true)).renderHTML()
        #expect(unsafe.contains("onclick"))
    }

    @Test func tagfilterDisarmsScriptEvenWhenUnsafe() {
        let html = MarkdownDocument("<script>alert(1)</script>", options: MarkdownOptions(allowsRawHTML: true)).renderHTML()
        #expect(html.contains("&lt;script>"))
    }

    @Test func outlineHasHeadingsLinksAndBlocksWithPositions() {
        let source = """
            # Принципы работы

            Текст со [ссылкой](other.md#якорь) и ![картинкой](img/a.png).

            ## Принципы работы

            ```dialogue
            клиент: Привет
            ```
            """
        let outline = MarkdownDocument(source).outline()
        #expect(outline.headings.map(\.anchor) == ["принципы-работы", "принципы-работы-1"])
        #expect(outline.headings.map(\.level) == [1, 2])
        #expect(outline.headings[1].position == SourcePosition(line: 5, column: 1))
        #expect(outline.links.map(\.destination) == ["other.md#якорь", "img/a.png"])
        #expect(outline.links.map(\.isImage) == [false, true])
        #expect(outline.links[0].position.line == 3)
        #expect(outline.fencedBlocks.count == 1)
        #expect(outline.fencedBlocks[0].language == "dialogue")
        #expect(outline.fencedBlocks[0].content == "клиент: Привет\n")
        #expect(outline.fencedBlocks[0].position == SourcePosition(line: 7, column: 1))
    }

    @Test func inlinePositionsPointAtTheLink() {
        let outline = MarkdownDocument("Intro line\nsee [a](a.md) and [b](b.md)\n").outline()
        #expect(outline.links.map(\.position) == [SourcePosition(line: 2, column: 5), SourcePosition(line: 2, column: 19)])
    }

    @Test func hooksAnchorHeadingsRewriteLinksAndReplaceBlocks() {
        let source = "## Сроки <em>ответа</em>\n\n[a](a.md)\n\n```compare\nx\n```\n\n```swift\nlet x = 1\n```\n"
        let hooks = HTMLHooks(
            anchorsHeadings: true,
            rewriteLink: { $0.destination == "a.md" ? "a.html" : nil },
            renderFencedBlock: { $0.language == "compare" ? "<div class=\"compare\">\($0.content)</div>" : nil }
        )
        let html = MarkdownDocument(source).renderHTML(hooks: hooks)
        #expect(html.contains("<h2 id=\"сроки-ответа\">Сроки <!-- raw HTML omitted -->ответа<!-- raw HTML omitted --></h2>"))
        #expect(html.contains("<a href=\"a.html\">a</a>"))
        #expect(html.contains("<div class=\"compare\">x\n</div>"))
        #expect(html.contains("<pre><code class=\"language-swift\">let x = 1\n</code></pre>"))
    }

    @Test func taskItemsGetTheirTextAsTheBoxLabel() {
        let source = "- [ ] open [link](a.md)\n- [x] done\n\n1. [ ] loose\n\n   more\n"
        let plain = MarkdownDocument(source).renderHTML()
        #expect(plain.contains("<li><input type=\"checkbox\" disabled=\"\" /> open <a href=\"a.md\">link</a></li>"))
        let labelled = MarkdownDocument(source).renderHTML(hooks: HTMLHooks(rewriteLink: { _ in "a.html" }, labelsTaskItems: true))
        #expect(labelled.contains("<li><label><input type=\"checkbox\" disabled=\"\" /> open <a href=\"a.html\">link</a></label></li>"))
        #expect(labelled.contains("<li><label><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</label></li>"))
        #expect(labelled.contains("<li>\n<p><label><input type=\"checkbox\" disabled=\"\" /> loose</label></p>\n<p>more</p>\n</li>"))
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        let bytes: [UInt8] = Array("a ".utf8) + [0xFF, 0xFE] + Array(" b".utf8)
        #expect(MarkdownDocument(bytes: bytes).renderHTML() == "<p>a \u{FFFD}\u{FFFD} b</p>\n")
    }
}

@Suite struct HeadingAnchorTests {
    @Test func keepsCyrillicAndDropsPunctuation() {
        var anchors = HeadingAnchors()
        #expect(anchors.anchor(for: "Расплывчато vs. конкретно!") == "расплывчато-vs-конкретно")
        #expect(anchors.anchor(for: "Ёлка «в лесу»") == "ёлка-в-лесу")
        #expect(anchors.anchor(for: "") == "section")
        #expect(anchors.anchor(for: "?!") == "section-1")
    }

    @Test func repeatsGetNumbers() {
        var anchors = HeadingAnchors()
        #expect(["FAQ", "FAQ", "FAQ"].map { anchors.anchor(for: $0) } == ["faq", "faq-1", "faq-2"])
    }

    /// One parse renders for several targets: each gets its own links and blocks, and a block a
    /// target does not render stays the code block it was for that target.
    @Test func oneParseRendersForEachTarget() {
        let source = "# Заголовок [со ссылкой](a.md)\n\n[ссылка](a.md)\n\n```note\nтекст\n```\n"
        let targets = [
            TargetHooks(rewriteLink: { _ in "a.html" }, renderFencedBlock: { _ in "<aside>блок</aside>\n" }),
            TargetHooks(rewriteLink: { _ in "a.xhtml" }, renderFencedBlock: { _ in nil }),
        ]
        let html = MarkdownDocument(source).renderHTML(hooks: HTMLHooks(anchorsHeadings: true), targets: targets)
        #expect(html[0] == "<h1 id=\"заголовок-со-ссылкой\">Заголовок <a href=\"a.html\">со ссылкой</a></h1>\n<p><a href=\"a.html\">ссылка</a></p>\n<aside>блок</aside>\n")
        #expect(html[1] == "<h1 id=\"заголовок-со-ссылкой\">Заголовок <a href=\"a.xhtml\">со ссылкой</a></h1>\n<p><a href=\"a.xhtml\">ссылка</a></p>\n<pre><code class=\"language-note\">текст\n</code></pre>\n")
    }

    /// Anchors lower-case a heading as `String.lowercased()` does, in every script.
    @Test func anchorsLowerCaseEveryScriptAlike() {
        for heading in ["Ёлки И ПАЛКИ", "FRT Время", "ΟΔΥΣΣΕΥΣ", "Straße ÄÖÜ", "İstanbul Ünye"] {
            var anchors = HeadingAnchors()
            #expect(anchors.anchor(for: heading) == heading.lowercased().replacingOccurrences(of: " ", with: "-"), "\(heading)")
        }
    }

    /// Every character of ASCII and of the Cyrillic block, around a letter: kept lower-cased when
    /// it is a letter or a digit, `-` for a space, dropped otherwise, as GitHub makes anchors.
    @Test func everyASCIIAndCyrillicCharacterInAnAnchor() {
        for value in Array(0x20...0x7E) + Array(0x400...0x45F) {
            let scalar = Unicode.Scalar(value)!
            let heading = "Ж" + String(scalar) + "ж"
            var expected = ""
            for lowered in heading.lowercased().unicodeScalars {
                if lowered == " " {
                    expected += "-"
                } else if lowered == "-" || lowered == "_" || lowered.properties.isAlphabetic || lowered.properties.numericType != nil {
                    expected.unicodeScalars.append(lowered)
                }
            }
            var anchors = HeadingAnchors()
            #expect(anchors.anchor(for: heading) == expected, "U+\(String(value, radix: 16))")
        }
    }

    /// A heading that starts with a combining mark keeps its id and its markup: the `>` before
    /// the mark is no Character of its own (the id once landed in the end tag).
    @Test func aHeadingStartingWithACombiningMarkGetsItsID() {
        let html = MarkdownDocument("## \u{301}a\n").renderHTML(hooks: HTMLHooks(anchorsHeadings: true))
        #expect(html == "<h2 id=\"\u{301}a\">\u{301}a</h2>\n")
    }
}

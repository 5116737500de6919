import Markdown
import Testing

@Suite struct DefinitionListTests {
    private let options = MarkdownOptions(definitionLists: true)

    private func html(_ source: String, hooks: HTMLHooks = HTMLHooks(anchorsHeadings: true)) -> String {
        MarkdownDocument(source, options: options).renderHTML(hooks: hooks)
    }

    /// Without the line breaks cmark-gfm puts around blocks; a soft break inside text stays.
    private func squeezed(_ html: String) -> String {
        html.replacingOccurrences(of: ">\n", with: ">").replacingOccurrences(of: "\n<", with: "<")
    }

    @Test func termsAndDefinitionsWithInlineMarkup() {
        let rendered = squeezed(html("Term\n: plain *em* and [a link](x.md).\n: a second meaning\nthat runs on.\n\nAnother para.\n"))
        #expect(rendered == "<dl><dt id=\"term\">Term</dt><dd>plain <em>em</em> and <a href=\"x.md\">a link</a>.</dd>"
            + "<dd>a second meaning\nthat runs on.</dd></dl><p>Another para.</p>")
    }

    @Test func neighbouringListsAreOneListAndATermMayHaveSeveralNames() {
        let rendered = squeezed(html("SLA\n: reply time\n\nЭскалация\nПередача\n: to a senior agent\n"))
        #expect(rendered == "<dl><dt id=\"sla\">SLA</dt><dd>reply time</dd><dt id=\"эскалация\">Эскалация</dt>"
            + "<dt id=\"передача\">Передача</dt><dd>to a senior agent</dd></dl>")
    }

    /// `:` alone is an empty definition, not a second term.
    @Test func aColonAloneIsAnEmptyDefinition() {
        #expect(squeezed(html("Term\n:\n: meaning\n")) == "<dl><dt id=\"term\">Term</dt><dd></dd><dd>meaning</dd></dl>")
    }

    @Test func proseWithColonsStaysProse() {
        for source in ["Time: 10:00 is not a list.\n", ": no term before it\n", "Note\n:not a marker without a space\n", "A\n\n: after a blank line\n"] {
            #expect(!html(source).contains("<dl>"), "\(source)")
        }
    }

    @Test func plainGFMHasNoDefinitionLists() {
        #expect(MarkdownDocument("Term\n: definition\n").renderHTML() == "<p>Term\n: definition</p>\n")
    }

    @Test func termsShareAnchorsWithHeadingsInDocumentOrder() {
        let source = "Escalation\n: handing a case on\n\n## Escalation\n\nSee [the term](#escalation).\n"
        let outline = MarkdownDocument(source, options: options).outline()
        #expect(outline.definitionTerms.map(\.anchor) == ["escalation"])
        #expect(outline.definitionTerms.first?.position.line == 1)
        #expect(outline.headings.map(\.anchor) == ["escalation-1"])
        #expect(outline.anchors == ["escalation", "escalation-1"])
        let rendered = html(source, hooks: HTMLHooks(anchorsHeadings: true, knownAnchors: ["term-id", "heading-id"]))
        #expect(rendered.contains("<dt id=\"term-id\">"))
        #expect(rendered.contains("<h2 id=\"heading-id\">"))
    }

    /// An alert's marker stays the quote's first line, so the quote is still a callout; a task
    /// item's first paragraph stays its label.
    @Test func alertsAndTaskItemsKeepTheirFirstLine() {
        let hooks = HTMLHooks(anchorsHeadings: true, renderCallout: { _ in ("<aside>", "</aside>") })
        let callout = squeezed(html("> [!NOTE]\n> Term\n> : meaning\n", hooks: hooks))
        #expect(callout == "<aside><dl><dt id=\"term\">Term</dt><dd>meaning</dd></dl></aside>")
        let task = html("- [ ] Term\n  : meaning\n", hooks: HTMLHooks(anchorsHeadings: true, labelsTaskItems: true))
        #expect(task.contains("<label>") && !task.contains("<dl>"))
    }

    /// Terms and headings from one included file share a position; their anchors keep their order.
    @Test func anchorsKeepDocumentOrderWhenPositionsTie() {
        let document = ParsedDocument("Term\n: def\n\n## Heading\n", options: options, sourceLines: [3, 3, 3, 3])
        #expect(document.outline.anchors == ["term", "heading"])
        #expect(document.outline.definitionTerms.first?.position.line == 3)
    }

    @Test func termsInsideAListItemAndTextTransformsReachThem() {
        let hooks = HTMLHooks(anchorsHeadings: true, transformText: { Array(String(decoding: $0, as: UTF8.self).uppercased().utf8) })
        let rendered = squeezed(html("- Item\n\n  Term\n  : meaning\n", hooks: hooks))
        #expect(rendered == "<ul><li><p>ITEM</p><dl><dt id=\"term\">TERM</dt><dd>MEANING</dd></dl></li></ul>")
    }
}

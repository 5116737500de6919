@testable import EPUBWriter
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// The converter turns the site's HTML, and any raw HTML a handbook allows, into XHTML an
/// e-reader parses; what it cannot keep it says.
@Suite struct XHTMLConverterTests {
    private func convert(_ html: String, address: @escaping (String, Bool) -> XHTMLConverter.Address = { value, _ in .keep(value) }) -> (String, [String]) {
        var converter = XHTMLConverter(address: address)
        let xhtml = converter.convert(html)
        return (xhtml, converter.problems)
    }

    /// Whether an XML parser accepts the fragment inside one root element.
    private func isWellFormed(_ xhtml: String) -> Bool {
        XMLParser(data: Data("<root>\(xhtml)</root>".utf8)).parse()
    }

    @Test func cmarkOutputKeepsItsShape() {
        let html = "<p>Строка<br />\nещё &amp; &lt;тег&gt; &quot;кавычки&quot;</p>\n<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> дело</li>\n</ul>\n"
        let (xhtml, problems) = convert(html)
        #expect(xhtml == "<p>Строка<br/>\nещё &amp; &lt;тег&gt; &quot;кавычки&quot;</p>\n<ul>\n<li><input type=\"checkbox\" disabled=\"\"/> дело</li>\n</ul>\n")
        #expect(problems.isEmpty)
    }

    @Test func valuelessAttributesAndAlignGetXHTMLForms() {
        let (xhtml, problems) = convert("<section class=\"footnotes\" data-footnotes>\n<table><tr><th align=\"center\">a</th></tr></table></section>")
        #expect(xhtml == "<section class=\"footnotes\" data-footnotes=\"\">\n<table><tr><th style=\"text-align: center;\">a</th></tr></table></section>")
        #expect(problems.isEmpty)
    }

    @Test func brokenRawHTMLNestsAsAnHTMLParserReadsIt() {
        let (xhtml, _) = convert("<p>один <b>жирный<div>блок</div><ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>")
        // A block closes the paragraph and the bold around it, and the bold opens again inside it,
        // as an HTML5 parser reconstructs formatting.
        #expect(xhtml == "<p>один <b>жирный</b></p><div><b>блок</b></div><ul><li>a</li><li>b</li></ul><table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>")
        #expect(isWellFormed(xhtml))
    }

    @Test func strayEndTagsAndUnclosedElementsAreMended() {
        let (xhtml, problems) = convert("</div><p>текст</span> <em>курсив")
        #expect(xhtml == "<p>текст <em>курсив</em></p>")
        // The parser drops stray end tags as a browser does; nothing of the text is lost, so nothing is said.
        #expect(problems.isEmpty)
    }

    @Test func scriptsFormsAndUnknownElementsAreLeftOutAndSaid() {
        let (xhtml, problems) = convert("<script>alert('<p>')</script><font color=red>красный</font><iframe src=x></iframe><p onclick=\"x()\">абзац</p>")
        #expect(xhtml == "красный<p>абзац</p>")
        #expect(problems == [
            "<script> is left out, with what is inside it: an e-book page cannot hold it",
            "<font> is not an element of XHTML; only what is inside it is kept",
            "<iframe> is left out, with what is inside it: an e-book page cannot hold it",
            "the attribute 'onclick' of <p> is left out: XHTML in an e-book does not allow it there",
        ])
    }

    @Test func entitiesBecomeCharactersOrText() {
        let (xhtml, _) = convert("a&nbsp;b &mdash; &#x41;&#66; &unknown; & &#0; &#xD800; AT&T")
        // A reference to a character XML cannot hold (NUL, a lone surrogate) gives nothing.
        #expect(xhtml == "a\u{A0}b — AB &amp;unknown; &amp;   AT&amp;T")
        #expect(isWellFormed(xhtml))
    }

    @Test func attributesAreReadAsHTMLAndWrittenAsXML() {
        let (xhtml, _) = convert("<a href=page.xhtml title='он сказал \"да\" &amp; ушёл' class=x class=y id=\"a b\">ссылка</a>")
        #expect(xhtml == "<a href=\"page.xhtml\" title=\"он сказал &quot;да&quot; &amp; ушёл\" class=\"x\">ссылка</a>")
    }

    @Test func duplicateIDsKeepTheFirst() {
        var converter = XHTMLConverter { value, _ in .keep(value) }
        let xhtml = converter.convert("<h2 id=\"x\">a</h2><h2 id=\"x\">b</h2>")
        #expect(xhtml == "<h2 id=\"x\">a</h2><h2>b</h2>")
        #expect(converter.ids == ["x"])
    }

    @Test func addressesDecideLinksAndImages() {
        let (xhtml, problems) = convert(
            "<p><a href=\"gone.xhtml\">нет</a> <img src=\"http://x/a.png\" alt=\"схема\"> <img src=\"lost.png\" alt=\"<фото>\"> <img src=\"ok.png\"></p>"
        ) { value, isImage in
            value.hasPrefix("http") ? .external(value) : value.hasPrefix("ok") ? .keep("media/" + value) : .missing
        }
        #expect(xhtml == "<p><a>нет</a> <a href=\"http://x/a.png\">схема</a> <span class=\"missing-image\">&lt;фото&gt;</span> <img src=\"media/ok.png\" alt=\"\"/></p>")
        #expect(problems == [
            "the link to 'gone.xhtml' leads to nothing in the book; it is shown as plain text",
            "the image 'http://x/a.png' is outside the book, which may not load it; it is shown as a link",
            "the image 'lost.png' is not in the book; its description is shown instead",
        ])
    }

    @Test func controlCharactersAndTruncatedMarkupStayWellFormed() {
        for html in ["a\u{1}b\u{B}c\u{FFFF}", "<p class=\"x", "<a href='x'", "<!-- не закрыт", "<", "a < b > c", "<p><![CDATA[x]]></p>", "</>", "<svg><p>x</p>"] {
            let (xhtml, _) = convert(html)
            #expect(isWellFormed(xhtml), "\(html) → \(xhtml)")
        }
    }

    @Test func whatThePageHidesUntilItsScriptRunsIsLeftOutQuietly() {
        let (xhtml, problems) = convert(
            "<p>a</p><form hidden><select><option>x</option></select></form><div hidden><div>inner</div>tail</div>"
                + "<button type=\"button\" hidden>Копировать</button><p>b</p>")
        #expect(xhtml == "<p>a</p><p>b</p>")
        #expect(problems.isEmpty)
    }

    /// libxml2 stops reading past 256 levels unless told otherwise, and a recursive writer would
    /// run out of stack: deep nesting keeps all its text (it was once cut at level 256).
    @Test(arguments: [300, 5000])
    func deepNestingKeepsItsText(depth: Int) {
        let (xhtml, problems) = convert(String(repeating: "<blockquote>", count: depth) + "глубоко" + String(repeating: "</blockquote>", count: depth) + "<p>после</p>")
        #expect(xhtml.contains("глубоко") && xhtml.hasSuffix("<p>после</p>") && problems.isEmpty)
        // Foundation's XMLParser stops at 256 levels itself, so the nesting is counted instead.
        #expect(xhtml.components(separatedBy: "<blockquote>").count == depth + 1)
        #expect(xhtml.components(separatedBy: "</blockquote>").count == depth + 1)
    }

    /// Raw HTML that closes the body early keeps what follows in the book.
    @Test func whatFollowsAnEarlyEndOfTheBodyIsKept() {
        let (xhtml, _) = convert("<p>до</p></body></html><p>после</p>")
        #expect(xhtml.contains("<p>до</p>") && xhtml.contains("после"))
        #expect(isWellFormed(xhtml))
    }
}

@testable import EPUBWriter
import Testing

/// A body rendered for the book goes into it as written when it is XHTML already; what
/// cmark-gfm or raw HTML leave that XHTML cannot hold sends it through the converter.
@Suite struct BookPagesTests {
    @Test func aPlainBodyIsTakenAsWrittenWithItsIDs() throws {
        let html = "<h2 id=\"цены\">Цены</h2>\n<p>Строка<br />\nещё\u{1} &amp; текст</p>\n<h3 id=\"сроки-2\">Сроки</h3>\n"
        let written = try #require(BookPages.asWritten(Array(html.utf8), rawHTML: false))
        #expect(Set(written.ids.map(\.string)) == ["цены", "сроки-2"])
        // A control character cmark-gfm passes through from the Markdown is one XML cannot hold.
        #expect(written.body == Array(html.replacingOccurrences(of: "\u{1}", with: "").utf8))
    }

    /// What XML cannot hold goes wherever it stands (the scan reads eight bytes at a time, so
    /// every position in and across those words is tried); everything else stays, byte for byte.
    @Test func unholdableCharactersGoWhereverTheyStand() {
        let pieces: [Unicode.Scalar] = ["a", "ё", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: scalars.filter(\.isXMLCharacter))
            #expect(XMLText.removingUnholdable(Array(String(text).utf8)) == Array(String(kept).utf8), "\(scalars)")
        }
    }

    @Test(arguments: [
        "<p><img src=\"media/a.png\" alt=\"\" /></p>",
        "<table><tr><td align=\"center\">1</td></tr></table>",
        "<section class=\"footnotes\" data-footnotes>\n</section>",
        "<li id=\"fn-%D0%B0\">сноска</li>",
        "<h2 id=\"a\">a</h2><h2 id=\"a\">b</h2>",
    ])
    func whatXHTMLCannotHoldGoesThroughTheConverter(html: String) {
        #expect(BookPages.asWritten(Array(html.utf8), rawHTML: false) == nil)
    }

    @Test func rawHTMLAlwaysGoesThroughTheConverter() {
        #expect(BookPages.asWritten(Array("<p>текст</p>".utf8), rawHTML: true) == nil)
        #expect(BookPages.asWritten(Array("<p>текст</p>".utf8), rawHTML: false) != nil)
    }

    /// A link the book cannot follow (a file it does not hold, a data URL, a scheme of its own)
    /// sends the page through the converter, which shows it as text; a link it can follow does not.
    @Test func linksTheBookCannotFollowGoThroughTheConverter() {
        let address = { (value: String, _: Bool) -> XHTMLConverter.Address in
            switch BookAddress(value, from: "a.xhtml") {
            case .external: .external(value)
            case .unusable: .missing
            case .inside(let file, _): ["b.xhtml", ""].contains(file) ? .keep(value) : .missing
            }
        }
        #expect(BookPages.asWritten(Array("<p><a href=\"b.xhtml#x\">b</a> <a href=\"https://a.b/?x=1&amp;y=2\">w</a></p>".utf8), rawHTML: false, address: address) != nil)
        for link in ["media/doc.pdf", "data:image/png;base64,iVBORw0KGgo=", "foo:bar"] {
            #expect(BookPages.asWritten(Array("<p><a href=\"\(link)\">x</a></p>".utf8), rawHTML: false, address: address) == nil, "\(link)")
        }
    }

    /// `#` and `:` split an address wherever they stand, also where a combining mark after them
    /// (or a prepended mark before them) makes them part of a larger Character.
    @Test func addressesSplitAtTheirMarksInsideCharacters() {
        #expect(BookAddress("b.xhtml#\u{301}x", from: "a.xhtml") == .inside(file: "b.xhtml", fragment: "\u{301}x"))
        #expect(BookAddress("#\u{301}", from: "a.xhtml") == .inside(file: "", fragment: "\u{301}"))
        #expect(BookAddress("https:\u{301}//a.b/", from: "a.xhtml") == .unusable)
        #expect(BookAddress("\u{600}:x", from: "a.xhtml") == .unusable)
        #expect(BookAddress("a\u{600}#x", from: "b/c.xhtml") == .inside(file: "b/a\u{600}", fragment: "x"))
    }

    /// An address to another site that is no URL epubcheck takes leads nowhere in the book (it is
    /// shown as text there); a well-formed one stays a link.
    @Test func malformedAddressesToOtherSitesLeadNowhere() {
        for good in ["https://a.b/x?y=1#z", "http://a.b:8080/", "mailto:a@b.c", "tel:+7%20495", "https://user@a.b/%D0%B0"] {
            #expect(BookAddress(good, from: "a.xhtml") == .external, "\(good)")
        }
        for bad in ["https://a.b/%zz", "https://a.b/%E0%A4%A", "https://a.b/#x#y", "https:x", "http://", "https:///x", "https://a.b:99999/", "https://%5B::1%5D/"] {
            #expect(BookAddress(bad, from: "a.xhtml") == .unusable, "\(bad)")
        }
    }
}

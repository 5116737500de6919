import Pages
import Testing

@Suite struct PagePathsTests {
    @Test func fragmentKeepsLettersOfAnyScriptAndEncodesWhatAFragmentCannotHold() {
        #expect(PagePaths.encodeFragment("ответ-за-15-минут") == "ответ-за-15-минут")
        #expect(PagePaths.encodeFragment("a b#c%d\"e") == "a%20b%23c%25d%22e")
        #expect(PagePaths.encodeFragment("x:y?z/@!$&'()*+,;=~_.") == "x:y?z/@!$&'()*+,;=~_.")
        // C1 controls are encoded; the letters and signs after them in UTF-8 (from U+00A0) are not.
        #expect(PagePaths.encodeFragment("a\u{85}b\u{9F}c\u{A0}é") == "a%C2%85b%C2%9Fc\u{A0}é")
        #expect(PagePaths.encodeFragment("\u{7F}\u{1}") == "%7F%01")
    }

    @Test func pageLinkIsRelativeAndEncoded() {
        #expect(PagePaths.pageLink(from: "standards/tone", to: "scripts", anchor: "приветствие и имя") == "../scripts.html#приветствие%20и%20имя")
        #expect(PagePaths.pageLink(from: "index", to: "a:b/c d", in: .book) == "a%3Ab/c%20d.xhtml")
    }

    /// Up out of the folders the two paths do not share, then down into the target's.
    @Test(arguments: [
        ("a", "b.html", "b.html"),
        ("a/b", "a/c.html", "c.html"),
        ("a/b", "c.html", "../c.html"),
        ("a/b/c", "a/d/e.html", "../d/e.html"),
        ("a/b/c", "x/y/z.html", "../../x/y/z.html"),
        ("a", "x/y/z.html", "x/y/z.html"),
        // A shared start that is not a whole folder name is no shared folder.
        ("ab/x", "abc/y.html", "../abc/y.html"),
        ("раздел/глава", "раздел/другая.html", "другая.html"),
        // A page named like a folder of the target is a page, not that folder.
        ("a", "a/b.html", "a/b.html"),
        ("a/b", "a/b", "b"),
    ])
    func relativePaths(from: String, to: String, expected: String) {
        #expect(PagePaths.relative(from: from, to: to) == expected)
    }
}

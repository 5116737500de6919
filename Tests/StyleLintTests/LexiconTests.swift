import StyleLint
import Testing

@Suite struct LexiconTests {
    let russian = Lexicon(language: "russian")!

    @Test func inflectedFormsShareAStem() {
        let forms = ["данный", "данного", "данной", "данные", "данным"].map(russian.stem)
        #expect(Set(forms).count == 1)
        #expect(Set(["осуществить", "осуществил", "осуществим", "осуществила"].map(russian.stem)).count == 1)
    }

    @Test func yoIsSpelledYe() {
        #expect(russian.stem("ещё") == russian.stem("еще"))
    }

    @Test func unknownLanguageIsNil() {
        #expect(Lexicon(language: "klingon") == nil)
    }
}

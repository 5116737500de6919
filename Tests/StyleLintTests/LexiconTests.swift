import StyleLint
import Testing

@Suite struct LexiconTests {
    let russian = Lexicon(language: .ru)!

    @Test func inflectedFormsShareAStem() {
        let forms = ["данный", "данного", "данной", "данные", "данным"].map(russian.stem)
        #expect(Set(forms).count == 1)
        #expect(Set(["осуществить", "осуществил", "осуществим", "осуществила"].map(russian.stem)).count == 1)
    }

    @Test func yoIsSpelledYe() {
        #expect(russian.stem("ещё") == russian.stem("еще"))
    }

    @Test func wordsReadBeforeAPhraseWasAddedAreReadAgain() throws {
        let lexicon = Lexicon(language: .ru)!
        let first = try PhraseMatcher(phrases: ["данный"], lexicon: lexicon)
        let text = MessageText("Данный заказ оплачен")
        #expect(first.matches(in: AnalyzedMessage(text, lexicon: lexicon)).count == 1)
        // The words of the text are now remembered without an id for «заказ».
        let second = try PhraseMatcher(phrases: ["заказы", "=оплачен"], lexicon: lexicon)
        let again = AnalyzedMessage(text, lexicon: lexicon)
        #expect(second.matches(in: again).map(\.tokens) == [1...1, 2...2])
        #expect(first.matches(in: again).map(\.tokens) == [0...0])
    }

    @Test func manyThreadsShareOneLexicon() async throws {
        let lexicon = Lexicon(language: .ru)!
        let matcher = try PhraseMatcher(phrases: ["в ближайшее время"], lexicon: lexicon)
        let counts = await withTaskGroup(of: Int.self) { group in
            for index in 0..<64 {
                group.addTask { matcher.matches(in: AnalyzedMessage(MessageText("Ответим в ближайшее время, заявка \(index)"), lexicon: lexicon)).count }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 1, count: 64))
    }
}

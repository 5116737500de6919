import StyleLint
import Testing

@Suite struct PhraseMatcherTests {
    let lexicon = Lexicon(language: .ru)!

    private func found(_ phrases: [String], in text: String) -> [String] {
        let matcher = try! PhraseMatcher(phrases: phrases, lexicon: lexicon)
        let message = AnalyzedMessage(MessageText(text), lexicon: lexicon)
        return matcher.matches(in: message).map { match in
            "\(matcher.phrases[match.phrase])=\(message.text.text(of: match.tokens))"
        }
    }

    /// A pattern that would silently never match is an error in the style: a group of phrases of
    /// several words (read as one word before) and an optional group.
    @Test func groupsOfSeveralWordsAndOptionalGroupsAreReported() {
        for phrase in ["(это|вопрос) не (к нам|ко мне)", "(вам|тебе)? нужно было"] {
            #expect(throws: RuleError.self, "\(phrase)") { try PhraseMatcher(phrases: [phrase], lexicon: lexicon) }
        }
        #expect(found(["(это|вопрос) не к (нам|мне)"], in: "Это не к нам.") == ["(это|вопрос) не к (нам|мне)=Это не к нам"])
    }

    @Test func inflectedFormsMatchOneEntry() {
        #expect(found(["данный"], in: "Для данного случая и данной заявки") == ["данный=данного", "данный=данной"])
        #expect(found(["осуществить оплату"], in: "Вы осуществили оплату?") == ["осуществить оплату=осуществили оплату"])
    }

    @Test func caseAndPunctuationInsideTheSentenceDoNotMatter() {
        #expect(found(["в связи с тем что"], in: "В СВЯЗИ С ТЕМ, ЧТО склад закрыт") == ["в связи с тем что=В СВЯЗИ С ТЕМ, ЧТО"])
        #expect(found(["в настоящее время"], in: "в настоящее время") == ["в настоящее время=в настоящее время"])
    }

    @Test func noMatchAcrossSentencesOrOtherWords() {
        #expect(found(["как бы"], in: "Как. Бы") == [])
        #expect(found(["как бы"], in: "как же бы") == [])
        #expect(found(["спасибо за ожидание"], in: "Спасибо за терпеливое ожидание") == [])
    }

    @Test func phrasesSharingAFirstWordAreAllFound() {
        #expect(found(["в целях", "в ближайшее время", "в течение"], in: "в ближайшее время и в целях безопасности") == [
            "в ближайшее время=в ближайшее время", "в целях=в целях",
        ])
    }

    @Test func repeatedPhrasesAreFoundEachTimeInLinearTime() {
        let text = String(repeating: "как бы ", count: 50_000)
        #expect(found(["как бы"], in: text).count == 50_000)
    }
}

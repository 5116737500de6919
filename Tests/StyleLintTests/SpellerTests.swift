import Foundation
import StyleLint
import Testing

@Suite struct SpellerTests {
    let speller = Speller(dictionary: "ru_RU")!

    @Test func knowsRussianWordsInAnyForm() {
        for word in ["здравствуйте", "Здравствуйте", "платёж", "платежа", "поддержки"] {
            #expect(speller.isCorrect(word), "\(word)")
        }
    }

    @Test func catchesMisspellingsAndSuggests() {
        #expect(!speller.isCorrect("здраствуйте"))
        #expect(speller.correction(for: "здраствуйте") == "здравствуйте")
        #expect(speller.correction(for: "Извените") == "Извините")
        #expect(speller.correction(for: "оплаченого") == "оплаченного")
        #expect(speller.correction(for: "прийдёт") == "придёт")
        #expect(speller.correction(for: "возрат") == "возврат")
    }

    @Test func acceptedWordsCoverTheirInflectedForms() {
        #expect(!speller.isCorrect("роутера"))
        let accepted = AcceptedWords(["роутер", "ТаскФлоу", "ё-мобайл"], lexicon: Lexicon(language: .ru)!)
        for word in ["роутер", "роутера", "Роутерами", "ТаскФлоу", "таскфлоу", "е-мобайл"] {
            #expect(accepted.contains(word), "\(word)")
        }
        #expect(!accepted.contains("роутир"))
        #expect(!accepted.contains("маршрутизатор"))
    }

    @Test func missingDictionaryIsNil() {
        #expect(Speller(dictionary: "xx_XX") == nil)
        #expect(Speller(dictionary: "ru_RU", in: URL(fileURLWithPath: "/nonexistent")) == nil)
    }
}

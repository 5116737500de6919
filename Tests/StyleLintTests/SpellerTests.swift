import Foundation
import StyleLint
import Testing

@Suite struct SpellerTests {
    let speller = Speller(dictionary: "ru_RU", accepting: ["роутер", "кешбэк", "ТаскФлоу"])!

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

    @Test func acceptedWordsAreCorrect() {
        #expect(speller.isCorrect("роутер"))
        #expect(speller.isCorrect("ТаскФлоу"))
        #expect(!speller.isCorrect("роутир"))
    }

    @Test func missingDictionaryIsNil() {
        #expect(Speller(dictionary: "xx_XX") == nil)
        #expect(Speller(dictionary: "ru_RU", in: URL(fileURLWithPath: "/nonexistent")) == nil)
    }
}

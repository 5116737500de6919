import StyleLint
import Testing

@Suite struct MessageTextTests {
    private func kinds(_ text: String) -> [String] {
        let message = MessageText(text)
        return message.tokens.map { token in
            let written = message.text(of: token)
            return switch token.kind {
            case .word: "w:\(written)"
            case .number: "n:\(written)"
            case .url: "u:\(written)"
            case .email: "e:\(written)"
            case .punctuation: "p:\(written)"
            }
        }
    }

    @Test func wordsNumbersAndPunctuation() {
        #expect(kinds("Из-за сбоя вернём 1,5 тыс. до 18:00!!") == [
            "w:Из-за", "w:сбоя", "w:вернём", "n:1,5", "w:тыс", "p:.", "w:до", "n:18:00", "p:!", "p:!",
        ])
        #expect(kinds("колл-центр, 5G и вообще-то «кешбэк»") == [
            "w:колл-центр", "p:,", "w:5G", "w:и", "w:вообще-то", "p:«", "w:кешбэк", "p:»",
        ])
    }

    @Test func urlsAndEmailsAreOneTokenWithoutTrailingPunctuation() {
        #expect(kinds("Пишите на docs@taskflow.ru. Инструкция: https://help.example.com/a?b=1, или WWW.Example.com!") == [
            "w:Пишите", "w:на", "e:docs@taskflow.ru", "p:.", "w:Инструкция", "p::",
            "u:https://help.example.com/a?b=1", "p:,", "w:или", "u:WWW.Example.com", "p:!",
        ])
        #expect(kinds("a@b и @user") == ["w:a", "p:@", "w:b", "w:и", "p:@", "w:user"])
    }

    @Test func positionsAreOneBasedScalarsPerLine() {
        let message = MessageText("Добрый день!\nЁлка 🎄 тут")
        let tokens = message.tokens
        let positions = tokens.map { "\(message.text(of: $0))@\($0.line):\($0.column)+\($0.length)" }
        // Ёлка is 8 bytes after the 23 of the first line and its line break; 🎄 is 4 bytes.
        #expect(tokens[3].utf8Offset == 23 && tokens[4].utf8Offset == 32 && tokens[4].utf8Length == 4)
        #expect(positions == ["Добрый@1:1+6", "день@1:8+4", "!@1:12+1", "Ёлка@2:1+4", "🎄@2:6+1", "тут@2:8+3"])
        #expect(tokens[3].offset == 13)
    }

    @Test func sentencesEndAtTerminalPunctuationBeforeACapitalOrALineBreak() {
        let message = MessageText("Проверю платёж. Ответ будет, т. е. скоро! Спасибо\nЕщё вопрос")
        #expect(message.sentences.count == 4)
        #expect(message.words(inSentence: 1).map(message.text(of:)) == ["Ответ", "будет", "т", "е", "скоро"])
        #expect(message.words(inSentence: 3).map(message.text(of:)) == ["Ещё", "вопрос"])
    }

    @Test func emptyAndBlankMessages() {
        #expect(MessageText("").tokens.isEmpty)
        #expect(MessageText(" \n\t ").sentences.isEmpty)
    }

    @Test func hostileRunsStayLinear() {
        // Each would make a naive tokenizer rescan the rest of the run at every word.
        let dotted = String(repeating: "a.", count: 200_000)
        #expect(MessageText(dotted).tokens.count == 400_000)
        let atSigns = String(repeating: "a.a@", count: 50_000)
        #expect(!MessageText(atSigns).tokens.isEmpty)
        let letters = String(repeating: "я", count: 1_000_000)
        #expect(MessageText(letters).tokens.count == 1)
    }
}

import Markdown
import Testing

/// What no HTML page may hold is taken out wherever it stands, also inside the eight-byte steps
/// the scan takes over everything else.
@Suite struct UnshowableTests {
    @Test func everyUnshowableCharacterGoesAtEveryPosition() {
        let unshowable = ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{FFFE}", "\u{FFFF}"]
        let showable = "\t\n\u{C}\r é\u{A0}¡ ё\u{FFFD}\u{FEFF}"
        for character in unshowable {
            for position in 0...19 {
                let text = String(repeating: "ab", count: 10)
                let index = text.index(text.startIndex, offsetBy: position)
                let dirty = text[..<index] + character + showable + text[index...]
                #expect(HTMLText.removingUnshowable(Array(dirty.utf8)) == Array((text[..<index] + showable + text[index...]).utf8), "\(position)")
            }
        }
        let clean = Array((String(repeating: "Привет,\u{A0}мир!\n", count: 40) + showable).utf8)
        #expect(HTMLText.removingUnshowable(clean) == clean)
    }

    /// Cleaning from a point on leaves what is before it as it is: a frame cleans each part it
    /// adds, never the page body it was given (showable already).
    @Test func removingFromAPointKeepsWhatIsBefore() {
        let before = Array("до\u{1}\u{7F}".utf8)
        for tail in ["", "чисто", "\u{1}", "a\u{85}б\u{FFFE}в\u{1B}", String(repeating: "Текст\u{7} и\u{A0}ещё ", count: 9)] {
            var html = before + Array(tail.utf8)
            HTMLText.removeUnshowable(in: &html, from: before.count)
            #expect(html == before + HTMLText.removingUnshowable(Array(tail.utf8)), "\(tail)")
        }
    }
}

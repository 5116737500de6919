@testable import SiteSearch
import Testing

/// The anchor the page script makes of a section's title when the index gives none: read here
/// from the title's bytes, and checked against the rule written by scalars.
@Suite struct SimpleAnchorTests {
    /// The rule: spaces and no-break spaces become hyphens; ASCII and Russian capitals lower
    /// case (`Ё` as `ё`); hyphens, underscores, digits and small letters stay; anything else
    /// leaves the title to the index (nil).
    private static func byScalars(_ title: String) -> String? {
        var anchor = String.UnicodeScalarView()
        for scalar in title.unicodeScalars {
            switch scalar.value {
            case 0x20, 0xA0: anchor.append("-")
            case 0x41...0x5A, 0x410...0x42F: anchor.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x401: anchor.append("\u{451}")
            case 0x2D, 0x5F, 0x30...0x39, 0x61...0x7A, 0x430...0x44F, 0x451: anchor.append(scalar)
            default: return nil
            }
        }
        return String(anchor)
    }

    @Test func titlesGiveTheAnchorTheRuleGives() {
        #expect(IndexScript.simpleAnchor("Сроки ответа") == "сроки-ответа")
        #expect(IndexScript.simpleAnchor("ЁЛКИ\u{A0}и Ёж 2") == "ёлки-и-ёж-2")
        #expect(IndexScript.simpleAnchor("Что дальше?") == nil)
        let letters: [Unicode.Scalar] = ["а", "я", "А", "П", "Р", "Я", "ё", "Ё", "Ђ", "ѐ", "є", "Ѐ", "a", "Z", "0", "-", "_", " ", "\u{A0}", "\u{A9}", "?", "é", "\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var title = String.UnicodeScalarView()
            title.append(contentsOf: (0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            #expect(IndexScript.simpleAnchor(String(title)) == Self.byScalars(String(title)), "\(String(title).unicodeScalars.map(\.value))")
        }
    }
}

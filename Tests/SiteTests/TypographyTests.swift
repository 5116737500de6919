@testable import Pages
import Testing

/// Russian typography glues a space that follows a number or a word of one or two letters, or
/// that comes before a dash. The byte-level implementation must agree with that rule, written
/// here plainly over Unicode scalars, on any text.
@Suite struct TypographyTests {
    @Test func gluesWhatTheRuleGlues() {
        #expect(Typography.russian("Ответ в чате — за 5 минут") == "Ответ в\u{A0}чате\u{A0}— за\u{A0}5\u{A0}минут")
        #expect(Typography.russian("и я 12 раз") == "и\u{A0}я\u{A0}12\u{A0}раз")
        #expect(Typography.russian("это 3й ряд") == "это 3й\u{A0}ряд")
        #expect(Typography.russian("без пробелов") == "без пробелов")
        #expect(Typography.russian("nospace") == "nospace")
    }

    @Test func agreesWithTheRuleOnRandomText() {
        let pieces = ["a", "Z", "я", "Ё", "Ђ", "1", "9", " ", " ", " ", "—", "–", ".", ",", "№", "²", "é", "中", "\n", "x\u{301}", "«", "»", "\u{A0}", "😀"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 24)
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Typography.russian(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// The rule read backwards from each space: a dash after it glues it; before it, digits
    /// glue it, and so do one or two letters that follow anything but another letter.
    private static func reference(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            guard scalar == " " else {
                result.append(scalar)
                continue
            }
            var glued = index + 1 < scalars.count && (scalars[index + 1] == "—" || scalars[index + 1] == "–")
            if !glued {
                var letters = 0
                var before = index - 1
                while before >= 0, kind(of: scalars[before]) == .letter {
                    letters += 1
                    before -= 1
                }
                let digitBefore = before >= 0 && kind(of: scalars[before]) == .number
                glued = letters == 0 ? digitBefore : letters <= 2
            }
            result.append(glued ? "\u{A0}" : " ")
        }
        return String(result)
    }

    private enum Kind { case letter, number, other }

    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x30...0x39: return .number
        case 0x41...0x5A, 0x61...0x7A, 0x400...0x47F: return .letter
        case 0..<0x80: return .other
        default:
            if scalar == "№" || scalar.properties.numericType != nil { return .number }
            return scalar.properties.isAlphabetic ? .letter : .other
        }
    }
}

/// A small seeded generator, so the random texts are the same on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

import Foundation
import SourceFiles
import Testing

@Suite struct PercentEncodingTests {
    @Test func decodesEscapesToUTF8() {
        #expect(PercentEncoding.decoded("%D0%B2%D0%BE%D0%B7%D0%B2%D1%80%D0%B0%D1%82-1") == "возврат-1")
        #expect(PercentEncoding.decoded("a%20b%2fc%2F") == "a b/c/")
        #expect(PercentEncoding.decoded("plain") == "plain")
    }

    @Test func refusesWhatFoundationRefuses() {
        for text in ["%", "%4", "%zz", "a%G0", "%D0", "%FF%FE", "100%"] {
            #expect(PercentEncoding.decoded(text) == nil, "\(text)")
            #expect(text.removingPercentEncoding == nil, "\(text)")
        }
    }

    @Test func encodesOnlyWhatItIsTold() {
        let keepLetters: (UInt8) -> Bool = { $0.isASCIILetterOrDigit }
        #expect(PercentEncoding.encoded("ab12", keeping: keepLetters) == "ab12")
        #expect(PercentEncoding.encoded("a b:ё", keeping: keepLetters) == "a%20b%3A%D1%91")
        #expect(PercentEncoding.decoded(PercentEncoding.encoded("глава 1?#%", keeping: keepLetters)) == "глава 1?#%")
    }
}

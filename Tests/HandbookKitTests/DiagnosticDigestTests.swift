import SourceFiles
import Testing

@Suite struct DiagnosticDigestTests {
    @Test func showsTwentyOfEachKindAndCountsTheRest() {
        var diagnostics = Diagnostics()
        for line in 1...1_580 {
            diagnostics.append(.warning("the image has no description; write what it shows between the brackets: ![описание](\(line).png)", file: "a.md", line: line))
        }
        for name in ["b", "c", "d"] {
            diagnostics.append(.error("link to a missing file '\(name).md'; create it or fix the link", file: "z.md", line: 1))
        }
        let digest = DiagnosticDigest(diagnostics)
        #expect(digest.shown.count == 23)
        #expect(digest.shown.prefix(20).allSatisfy { $0.severity == .warning })
        #expect(digest.shown.suffix(3).map(\.message) == diagnostics.items.suffix(3).map(\.message))
        #expect(digest.omitted.map(\.description) == ["… and 1,560 more warnings: the image has no description"])
        let all = DiagnosticDigest(diagnostics, limit: nil)
        #expect(all.shown.count == 1_583 && all.omitted.isEmpty)
    }

    @Test func aKindIsTheFirstClauseWithoutWhatItQuotes() {
        #expect(DiagnosticDigest.kind(of: "link to a missing file '/docs/x'; create it") == "link to a missing file '…'")
        #expect(DiagnosticDigest.kind(of: "key 'layout' is left out (its theme's): on 2 pages; remove it")
            == "key '…' is left out (its theme's): on 2 pages")
    }

    @Test func countsHaveThousandsSeparators() {
        #expect(1_560.withThousands == "1,560")
        #expect(999.withThousands == "999")
        #expect(1_234_567.withThousands == "1,234,567")
    }
}

import Foundation
import StyleLint
import Testing

/// The quality bar of the default style on the labeled dev set (see Tests/LintDevSet).
@Suite struct DevSetTests {
    private struct Case: Decodable {
        var id: String
        var context: [String]
        var messages: [String]
        var expected: [String]
    }

    @Test func microPrecisionAndRecallAreAtLeastNinetyPercent() throws {
        let url = BundledStyle.repository.appendingPathComponent("Tests/LintDevSet/cases.jsonl")
        let cases = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
        #expect(cases.count == 80)
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var perRule: [String: (tp: Int, fp: Int, fn: Int)] = [:]
        var misses: [String] = []
        for item in cases {
            let found = BundledStyle.rules(item.messages, context: item.context)
            let expected = Set(item.expected)
            for rule in found.union(expected) {
                var counts = perRule[rule] ?? (0, 0, 0)
                switch (found.contains(rule), expected.contains(rule)) {
                case (true, true): counts.tp += 1
                case (true, false): counts.fp += 1
                default: counts.fn += 1
                }
                perRule[rule] = counts
            }
            truePositives += found.intersection(expected).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
            if found != expected { misses.append("\(item.id): expected \(expected.sorted()), found \(found.sorted())") }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let table = perRule.keys.sorted().map { rule in
            let counts = perRule[rule]!
            return "\(rule): tp \(counts.tp) fp \(counts.fp) fn \(counts.fn)"
        }
        #expect(precision >= 0.90, "precision \(precision)\n\(table.joined(separator: "\n"))\n\(misses.joined(separator: "\n"))")
        #expect(recall >= 0.90, "recall \(recall)\n\(table.joined(separator: "\n"))\n\(misses.joined(separator: "\n"))")
        #expect(Set(perRule.keys).count == 21, "every rule id of the style appears in the dev set")
    }
}

import Foundation
import StyleLint
import Testing

/// The quality bar of the default style on its labelled sets: the dev set it was tuned on
/// (Tests/LintDevSet), and the held-out and blind sets, each labelled before the linter first ran
/// on it and never relabelled to match it (Tests/LintHeldOut, Tests/LintBlind). Scored as `score.py` scores: per case, the rules
/// found against the rules expected.
@Suite struct DevSetTests {
    private struct Case: Decodable {
        var id: String
        var context: [String]
        var messages: [String]
        var expected: [String]
    }

    private struct Score {
        var precision: Double
        var recall: Double
        /// The rules that were expected or found on some case.
        var rules: Set<String>
        /// Per rule and per missed case, for the failure message.
        var report: String
    }

    private static func score(_ path: String, cases count: Int) throws -> Score {
        let url = BundledStyle.repository.appendingPathComponent(path)
        let cases = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
        #expect(cases.count == count)
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
        let table = perRule.keys.sorted().map { rule in
            let counts = perRule[rule]!
            return "\(rule): tp \(counts.tp) fp \(counts.fp) fn \(counts.fn)"
        }
        return Score(
            precision: Double(truePositives) / Double(max(1, truePositives + falsePositives)),
            recall: Double(truePositives) / Double(max(1, truePositives + falseNegatives)),
            rules: Set(perRule.keys),
            report: (table + misses).joined(separator: "\n"))
    }

    @Test func devSetMicroPrecisionAndRecallAreAtLeastNinetyFivePercent() throws {
        let score = try Self.score("Tests/LintDevSet/cases.jsonl", cases: 80)
        #expect(score.precision >= 0.95, "precision \(score.precision)\n\(score.report)")
        #expect(score.recall >= 0.95, "recall \(score.recall)\n\(score.report)")
        #expect(score.rules.count >= 21, "every rule id of the spec and address.ty appear in the dev set")
    }

    @Test func heldOutSetMicroPrecisionIsAtLeastNinetyTwoAndRecallNinetyPercent() throws {
        let score = try Self.score("Tests/LintHeldOut/cases.jsonl", cases: 330)
        #expect(score.precision >= 0.92, "precision \(score.precision)\n\(score.report)")
        #expect(score.recall >= 0.90, "recall \(score.recall)\n\(score.report)")
        let styleRules = Set(BundledStyle.linter.style.rules.map(\.info.id))
        #expect(styleRules.isSubset(of: score.rules), "rules the held-out set never exercises: \(styleRules.subtracting(score.rules).sorted())")
    }

    @Test func blindSetMicroPrecisionIsAtLeastNinetyTwoAndRecallNinetyPercent() throws {
        let score = try Self.score("Tests/LintBlind/cases.jsonl", cases: 150)
        #expect(score.precision >= 0.92, "precision \(score.precision)\n\(score.report)")
        #expect(score.recall >= 0.90, "recall \(score.recall)\n\(score.report)")
    }
}

import Foundation
import Testing
import TestSupport

/// Inputs that once took time growing with the square of their size, run through the CLI. At
/// these sizes a quadratic path takes many minutes in a debug build and a linear one a few
/// seconds (up to a minute or two when every other test runs beside them on two cores), so a
/// run killed at the time limit means a regression, without measuring speed.
@Suite struct LinearInputTests {
    private static let timeLimit: TimeInterval = 300

    private func run(_ command: String, on files: [String: String], withStyle: Bool = false) throws -> CLI.Result {
        let handbook = try TemporaryHandbook(files)
        if withStyle { try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Styles"), to: handbook.url("Styles")) }
        // -v: every diagnostic, not 20 of each kind.
        let result = try CLI.run([command, "-v", "--root", handbook.root.path], timeLimit: Self.timeLimit)
        #expect(!result.timedOut, "handbook \(command) ran past \(Int(Self.timeLimit)) s")
        return result
    }

    /// 64,000 nested list items or block quotes: the EPUB's converter walked its stack of open
    /// elements for every new one (32,000 took 54 s in release).
    @Test(arguments: ["- ", "> "])
    func deepNestingBuilds(_ marker: String) throws {
        let result = try run("build", on: ["Handbook/a.md": "# A\n\n" + String(repeating: marker, count: 64_000) + "x\n"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// 256,000 broken links on one line: each one's column was counted from the line's start
    /// (64,000 took 74 s in a debug build).
    @Test func manyLinksOnOneLineAreChecked() throws {
        let result = try run("check", on: ["Handbook/a.md": "# A\n\n" + String(repeating: "[x](missing.md)", count: 256_000) + "\n"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Handbook/a.md:3:\(15 * 255_999 + 1): error: link to a missing page 'missing.md'"))
    }

    /// A dialogue of 6,000 exchanges: every turn was linted with the whole conversation before it
    /// (500 took 7 s in a debug build).
    @Test func aLongDialogueIsChecked() throws {
        var dialogue = "```dialogue\n"
        for number in 0..<6_000 {
            dialogue += "клиент: Где мой заказ номер \(number)?\nагент: Заказ \(number) приедет завтра до 18:00.\n> ✓ срок назван\n"
        }
        let result = try run("check", on: ["Handbook/a.md": "# A\n\n" + dialogue + "```\n"], withStyle: true)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
    }

    /// 4,000 headings and 4,000 links to near-miss anchors: each link's "did you mean" compared
    /// its anchor with every heading in full (1,000 took 51 s in a debug build).
    @Test func manyBrokenAnchorsAmongManyHeadingsAreChecked() throws {
        let headings = (0..<4_000).map { "## Heading number \($0)\n\n" }.joined()
        let links = (0..<4_000).map { "[a](#headng-numbr-\($0)) " }.joined()
        let result = try run("check", on: ["Handbook/a.md": "# A\n\n" + headings + links + "\n"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no heading with the anchor '#headng-numbr-0' on this page; did you mean '#heading-number-0'?"))
    }

    /// A draft of 800,000 escapes: the string reader copied what it had read at every escape
    /// (145 s in a debug build).
    @Test func aDraftOfManyEscapesIsRead() throws {
        let draft = #"{"messages": [""# + String(repeating: #"\n"#, count: 800_000) + #"Спасибо!!"]}"#
        let result = try CLI.run(["lint", "--input", "json", "--format", "json"], stdin: Data(draft.utf8), timeLimit: Self.timeLimit)
        #expect(!result.timedOut)
        #expect(result.status == 0)
        #expect(result.stdout.contains("tone.exclamation"))
    }
}

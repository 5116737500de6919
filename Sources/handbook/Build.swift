import ArgumentParser
import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles

/// Options every command that reads a handbook shares.
struct HandbookLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The handbook's folder (where handbook.yml is).", valueName: "DIR"))
    var root: String = "."

    var url: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }
}

enum ReportStyle: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How `build` and `check` report: text for a person, JSON for an editor or CI.
struct ReportOptions: ParsableArguments {
    @Option(help: "How diagnostics are printed: text (to standard error), or json (one object on standard output).")
    var format: ReportStyle = .text

    @Flag(name: .shortAndLong, help: "Print each step, and every diagnostic (without it, 20 of each kind and a count of the rest).")
    var verbose = false

    /// The diagnostics, then the last line: `summary` with the counts, on standard output when
    /// the run succeeded and on standard error when it failed.
    func print(_ report: BuildReport, strict: Bool, output: String?, summary: String) {
        if format == .json {
            Console.write(report.json(strict: strict, output: output))
            return
        }
        let digest = DiagnosticDigest(report.diagnostics, limit: verbose ? nil : DiagnosticDigest.shownPerKind)
        for diagnostic in digest.shown { Console.error(diagnostic.description) }
        for omitted in digest.omitted { Console.error(omitted.description) }
        if report.failed(strict: strict) { Console.error(summary) } else { Swift.print(summary) }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the site and the EPUB (site/handbook.epub) from handbook.yml.",
        discussion: "The previous site is replaced only when the new one is complete.")

    @OptionGroup var location: HandbookLocation

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var reporting: ReportOptions

    @Flag(name: .customLong("no-epub"), help: "Build the site alone, without the EPUB.")
    var withoutEPUB = false

    func run() throws {
        let started = Date()
        let steps = reporting.verbose && reporting.format == .text
        let pipeline = BuildPipeline(root: location.url, progress: steps ? { Console.error($0) } : { _ in })
        let report = pipeline.build(strict: strict, epub: !withoutEPUB)
        guard let output = report.output, !report.failed(strict: strict) else {
            reporting.print(report, strict: strict, output: nil, summary: "build failed: \(report.counts) in \(report.pages)")
            throw ExitCode(1)
        }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        reporting.print(report, strict: strict, output: output.path, summary: "Built \(report.pages) into \(output.path)/ in \(seconds) s: \(report.counts)")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the handbook as build does, writing nothing.")

    @OptionGroup var location: HandbookLocation

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let report = BuildPipeline(root: location.url).check()
        let failed = report.failed(strict: strict)
        reporting.print(report, strict: strict, output: nil, summary: failed ? "check failed: \(report.counts) in \(report.pages)" : "Checked \(report.pages): \(report.counts)")
        if failed { throw ExitCode(1) }
    }
}

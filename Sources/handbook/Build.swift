import ArgumentParser
import Foundation
import HandbookBuild
import HandbookKit

/// Options every command that reads a handbook shares.
struct HandbookLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The handbook's folder (where handbook.yml is).", valueName: "DIR"))
    var root: String = "."

    var url: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the site and the EPUB (site/handbook.epub) from handbook.yml.",
        discussion: "The previous site is replaced only when the new one is complete.")

    @OptionGroup var location: HandbookLocation

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print each step.")
    var verbose = false

    @Flag(name: .customLong("no-epub"), help: "Build the site alone, without the EPUB.")
    var withoutEPUB = false

    func run() throws {
        let started = Date()
        let pipeline = BuildPipeline(root: location.url, progress: verbose ? { Console.error($0) } : { _ in })
        let report = pipeline.build(strict: strict, epub: !withoutEPUB)
        Console.print(report.diagnostics)
        guard let output = report.output, !report.failed(strict: strict) else {
            Console.error(Console.summary(report.diagnostics, verb: "build failed"))
            throw ExitCode(1)
        }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        print("Built \(report.pageCount) pages into \(output.path)/ in \(seconds) s")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the handbook as build does, writing nothing.")

    @OptionGroup var location: HandbookLocation

    @Flag(help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let report = BuildPipeline(root: location.url).check()
        Console.print(report.diagnostics)
        if report.failed(strict: strict) {
            Console.error(Console.summary(report.diagnostics, verb: "check failed"))
            throw ExitCode(1)
        }
        print("Checked \(report.pageCount) pages: \(report.diagnostics.errorCount) errors, \(report.diagnostics.warningCount) warnings")
    }
}

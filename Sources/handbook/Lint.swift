import ArgumentParser
import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles
import StyleLint
import ParallelMap

/// Options of the commands that use a lint style.
struct StyleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The style folder (default: the handbook's, Styles/ru-support).", valueName: "DIR"))
    var style: String?

    @OptionGroup var location: HandbookLocation

    /// The style and what goes with it, or exit 2 with its diagnostics: a broken style is bad
    /// usage, not a finding.
    func load() throws -> LintSetup {
        let (setup, diagnostics) = LintSetup.load(style: style, root: location.url, rootShown: location.root)
        Console.print(diagnostics)
        guard let setup else {
            Console.error(Console.summary(diagnostics, verb: "cannot load the style"))
            throw ExitCode(2)
        }
        Self.loaded.append(setup.style)
        return setup
    }

    /// Styles stay referenced until the process exits: freeing a Hunspell dictionary takes
    /// about 50 ms, a third of a one-reply run, and the system reclaims the memory anyway.
    nonisolated(unsafe) private static var loaded: [Style] = []
}

enum DraftInputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a draft reply against the handbook's style.",
        discussion: """
            Text input is one agent message, or a dialogue: lines starting 'клиент:' and 'агент:' \
            (indented lines continue a message). JSON input is {"context": [...], "messages": [...]}; \
            JSON Lines input is one such object per line, each with an "id". Exit status: 0 without \
            error-level findings, 1 with one, 2 on bad usage, bad input or a broken style.
            """)

    @Argument(help: ArgumentHelp("The draft's file; standard input when left out or '-'.", valueName: "FILE"))
    var file: String?

    @Option(help: "How the input is written: text, json or jsonl.")
    var input: DraftInputFormat = .text

    @Option(help: "How findings are printed: text, json, jsonl or github.")
    var format: ReportFormat = .text

    @Option(help: "Leave out findings below this severity: suggestion, warning or error.")
    var minSeverity: Severity = .suggestion

    @OptionGroup var styleOptions: StyleOptions

    func validate() throws {
        if input == .jsonl, format == .json {
            throw ValidationError("--format json prints the findings of one draft; for --input jsonl use --format jsonl (a line per draft) or text")
        }
    }

    func run() throws {
        let setup = try styleOptions.load()
        let name = file.flatMap { $0 == "-" ? nil : $0 } ?? "stdin"
        let bulk = BulkLint(linter: Linter(style: setup.style), minSeverity: minSeverity)
        let report = FindingReport(inputName: name, colors: format == .text && Console.isColorTerminal, links: setup.links)
        let strings = LintStrings.forLanguage(setup.style.settings.language)
        if input == .jsonl {
            try lintLines(named: name, with: bulk, report: report, strings: strings)
            return
        }
        let data = try readInput(name: name)
        let source: DraftSource
        do {
            source = input == .json
                ? try DraftReader.json(SourceText(path: name, data: data))
                : try DraftReader.text(SourceText(path: name, data: data), labels: setup.labels)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        // One draft: its report is written out as it is made, however many findings it has.
        let outcome = bulk.lint(.success(source))
        var out = ReportBuffer(flushingTo: Console.write)
        report.write(outcome, as: format, strings: strings, headed: false, into: &out)
        out.flush()
        if outcome.hasError { throw ExitCode(1) }
    }

    /// JSON Lines, read as they come and linted a batch at a time on every core; the reports
    /// are printed in input order.
    private func lintLines(named name: String, with bulk: BulkLint, report: FindingReport, strings: LintStrings) throws {
        let descriptor = name == "stdin" ? 0 : open(name, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            Console.error("\(name.controlCharactersShown): error: cannot read the draft file; check the path")
            throw ExitCode(2)
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var lines = InputLines(fileDescriptor: descriptor)
        var output = ReportBuffer(flushingTo: Console.write)
        var sawError = false, sawUnreadable = false
        let (format, input) = (format, input)
        bulk.run(
            &lines,
            read: { DraftReader.jsonLine($0, file: name) },
            report: { outcome in
                var out = ReportBuffer()
                report.write(outcome, as: format, strings: strings, headed: input == .jsonl, into: &out)
                return (out, outcome)
            },
            deliver: { reports in
                for (out, outcome) in reports {
                    if case .unreadable(let problem) = outcome {
                        Console.error(problem.description)
                        sawUnreadable = true
                    }
                    sawError = sawError || outcome.hasError
                    output.append(out)
                }
                // A batch's reports go out as soon as they are made, for whoever reads them as they come.
                output.flush()
            })
        if let error = lines.readError {
            Console.error("\(name.controlCharactersShown): error: reading the input failed (\(String(cString: strerror(error)))); the drafts after it were not checked")
            throw ExitCode(2)
        }
        if sawUnreadable { throw ExitCode(2) }
        if sawError { throw ExitCode(1) }
    }

    private func readInput(name: String) throws -> Data {
        let data: Data
        if name == "stdin" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file ?? "") else {
                Console.error("\(name.controlCharactersShown): error: cannot read the draft file; check the path")
                throw ExitCode(2)
            }
            data = contents
        }
        guard data.count <= MessageText.largestMessage else {
            Console.error("\(name.controlCharactersShown): error: the input is \(data.count >> 20) MB; lint reads at most \(MessageText.largestMessage >> 20) MB at once: split it")
            throw ExitCode(2)
        }
        return data
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lists the rules of the style that lint uses.")

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @OptionGroup var styleOptions: StyleOptions

    func run() throws {
        let setup = try styleOptions.load()
        let style = setup.style
        let infos = style.rules.map(\.info)
        if format == .json || format == .jsonl {
            var json: [UInt8] = []
            RuleListJSON.write(style, links: setup.links, to: &json)
            Console.write(json)
            return
        }
        let idWidth = infos.map(\.id.count).max() ?? 0
        let levelWidth = infos.map(\.severity.rawValue.count).max() ?? 0
        let nameWidth = infos.map(\.name.count).max() ?? 0
        var out = "\(style.name): \(infos.count)\n"
        for info in infos {
            let id = info.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let level = info.severity.rawValue.padding(toLength: levelWidth, withPad: " ", startingAt: 0)
            let name = info.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            out += "\(id)  \(level)  \(name)  \(info.description)\n"
        }
        Console.write(out)
    }
}

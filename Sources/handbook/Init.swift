import ArgumentParser
import Foundation
import HandbookTemplate
import SourceFiles

extension HandbookLanguage: ExpressibleByArgument {}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Starts a new handbook that builds and passes 'check --strict' as it is.",
        discussion: "Nothing is written when any of its files is in the folder already.")

    @Argument(help: ArgumentHelp("The handbook's folder, made if missing (default: this one).", valueName: "DIR"))
    var folder: String = "."

    @Option(help: "The handbook's language: ru or en.")
    var language: HandbookLanguage = .ru

    func run() throws {
        let written: [String]
        do {
            written = try NewHandbook.write(into: URL(fileURLWithPath: folder, isDirectory: true), shownAs: folder, language: language)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        for path in written { print("  " + path) }
        let root = folder == "." ? "" : " --root \(folder)"
        print("A new handbook in \(folder): 'handbook serve\(root)' shows it as you edit, 'handbook build\(root)' writes the site.")
    }
}

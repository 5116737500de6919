import ArgumentParser
import BuiltinStyles
import Foundation
import SourceFiles

struct StyleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "style",
        abstract: "Works with the lint styles built into the program.",
        subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes a built-in style (ru-support) into a folder, to change it.",
            discussion: "Nothing is written when any of its files is in the folder already.")

        @Argument(help: ArgumentHelp("The style: \(BuiltinStyle.all.map(\.name).joined(separator: ", ")).", valueName: "NAME"))
        var name: String

        @Argument(help: ArgumentHelp("The folder to write it into, like Styles/ru-support.", valueName: "DIR"))
        var folder: String

        func validate() throws {
            guard BuiltinStyle.named(name) == nil else { return }
            let names = BuiltinStyle.all.map(\.name)
            let hint = closestCandidate(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
            throw ValidationError("no style '\(name)' is built in (built in: \(names.joined(separator: ", ")))\(hint)")
        }

        func run() throws {
            let style = BuiltinStyle.named(name)!
            do {
                try style.export(to: URL(fileURLWithPath: folder, isDirectory: true), shownAs: folder)
            } catch {
                Console.error(error.description)
                throw ExitCode(1)
            }
            print("Wrote the \(style.contents.count) files of the style '\(name)' into \(folder)")
        }
    }
}

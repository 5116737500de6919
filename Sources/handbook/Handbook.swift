import ArgumentParser
import Foundation
import SourceFiles

@main
struct Handbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Builds a support team's chat handbook into a site and an e-book, checks it, and lints draft replies by its rules.",
        subcommands: [Build.self, Check.self, Render.self, Lint.self, Rules.self, Serve.self, StyleCommand.self, Init.self]
    )

    /// Like ArgumentParser's, but bad usage exits with 2, as `lint`'s contract asks of every command.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            // The message may quote an argument: its control characters are shown, not obeyed.
            Console.error(fullMessage(for: error).showingControlCharacters(keepingLineBreaks: true))
            Foundation.exit(2)
        }
    }
}

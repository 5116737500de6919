import ArgumentParser

@main
struct Handbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Builds a support team's chat handbook into a site and an e-book, and checks it.",
        subcommands: [Build.self, Check.self, Render.self]
    )
}

import ArgumentParser

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds the site and the EPUB.")
    func run() throws {}
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validates the handbook, writing nothing.")
    func run() throws {}
}

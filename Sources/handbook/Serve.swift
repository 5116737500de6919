import ArgumentParser
import Foundation
import HandbookServer
import SourceFiles

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serves the handbook with live reload, the lint page (/lint/) and the lint API (/api/lint).",
        discussion: """
            The site is built in memory and rebuilt as its files change; open pages reload. While \
            an edit breaks the build, the last good site is served and pages show the errors. The \
            API is described at /api/openapi.yaml. Ctrl+C stops the server.
            """)

    @Option(help: "The address to listen on: 127.0.0.1 serves this machine only, 0.0.0.0 every network.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 lets the system choose a free one.")
    var port = 8000

    @OptionGroup var location: HandbookLocation

    @Option(help: ArgumentHelp("Let pages of this origin call the API from a browser (e.g. https://helpdesk.example.com).", valueName: "ORIGIN"))
    var cors: String?

    @Option(name: .customLong("token-file"), help: ArgumentHelp("Require the token in this file as 'Authorization: Bearer <token>' on the API.", valueName: "FILE"))
    var tokenFile: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port is a number from 0 to 65535, not \(port)") }
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "[" || $0 == "]" || $0 == "/" }) else {
            throw ValidationError("--host is an address such as 127.0.0.1, ::1 or 0.0.0.0 (no brackets, no spaces), not '\(host)'")
        }
        if let cors, !(cors.hasPrefix("http://") || cors.hasPrefix("https://")) || cors.hasSuffix("/") {
            throw ValidationError("--cors is an origin such as https://helpdesk.example.com (a scheme and a host, no path), not '\(cors)'")
        }
    }

    func run() async throws {
        var settings = ServerSettings(root: location.url)
        settings.host = host
        settings.port = port
        settings.corsOrigin = cors
        settings.token = try tokenFile.map(readToken)
        if settings.token == nil, !HandbookServer.isLoopback(host) {
            Console.error("warning: serving beyond this machine without --token-file: anyone who can reach \(host) can use the API")
        }
        do {
            try await HandbookServer(settings: settings).run(report: Self.report)
        } catch let error as HandbookServer.StartError {
            Console.error("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    private func readToken(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read the token file '\(path)'; check the path")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard token.count >= 16, !token.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x21 || $0 > 0x7E } ?? true }) else {
            throw ValidationError("the token in '\(path)' must be at least 16 printable ASCII characters with no spaces (e.g. from `openssl rand -hex 32`)")
        }
        return token
    }

    @Sendable private static func report(_ event: HandbookServer.Event) {
        switch event {
        case .built(let diagnostics, let pages):
            Console.print(diagnostics)
            if diagnostics.hasErrors {
                Console.error(Console.summary(diagnostics, verb: "the handbook does not build yet") + "; pages will show the errors until they are fixed")
            } else {
                Console.error("Built \(pages) pages in memory")
            }
        case .listening(let address):
            Console.write("Serving the handbook at \(address) (lint page: \(address)lint/, API: \(address)api/lint); Ctrl+C stops\n")
        case .rebuilt(let changed, let removed, let newDiagnostics, let errors, let failed, let milliseconds):
            for diagnostic in newDiagnostics { Console.error(diagnostic.description) }
            let time = String(format: "%.0f ms", milliseconds)
            if failed {
                Console.error("build failed: \(errors) error(s); still serving the last good site")
            } else {
                Console.error("Rebuilt in \(time): \(changed) file(s) changed, \(removed) removed")
            }
        }
    }
}

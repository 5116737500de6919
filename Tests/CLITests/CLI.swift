import Foundation

/// Runs the built `handbook` executable, as a user would.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The command ran past its time limit and was killed.
        var timedOut = false
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], stdin text: String, in folder: URL? = nil) throws -> Result {
        try run(arguments, stdin: Data(text.utf8), in: folder ?? repository)
    }

    /// The executable next to the test bundle (both are products of the same build).
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["HANDBOOK_BIN"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("handbook")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/handbook")
    }()

    /// `viaScript` runs `script(1)` with `arguments` instead, which gives the command a terminal.
    static func run(
        _ arguments: [String], stdin: Data = Data(), in folder: URL? = nil, environment extra: [String: String] = [:], viaScript: Bool = false,
        timeLimit: TimeInterval? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = viaScript ? URL(fileURLWithPath: "/usr/bin/script") : executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        // Files, not pipes: no buffer can fill up and block the child, and no threads are needed.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (inURL, outURL, errURL) = (scratch.appendingPathComponent("in"), scratch.appendingPathComponent("out"), scratch.appendingPathComponent("err"))
        try stdin.write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        if let timeLimit {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
                // SIGKILL: children of the test runner inherit its ignored SIGTERM.
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8),
            timedOut: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    }
}

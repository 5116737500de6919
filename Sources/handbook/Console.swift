import Foundation
import HandbookKit
import SourceFiles
import StyleLint

/// Where the commands print: results to standard output, diagnostics to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Results, written as bytes so large outputs are not split into many writes.
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    @Sendable static func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            Self.error("error: cannot write the results: \(error.localizedDescription)")
            exit(2)
        }
    }

    /// Colours only on a terminal, never with NO_COLOR set (no-color.org) or on a dumb one.
    static var isColorTerminal: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) != 0 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted { error(diagnostic.description) }
    }

    static func summary(_ diagnostics: Diagnostics, verb: String) -> String {
        "\(verb): \(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s)"
    }
}

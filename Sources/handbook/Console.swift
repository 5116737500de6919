import Foundation
import HandbookKit
import SourceFiles

/// Where the commands print: results to standard output, diagnostics to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted { error(diagnostic.description) }
    }

    static func summary(_ diagnostics: Diagnostics, verb: String) -> String {
        "\(verb): \(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s)"
    }
}

public import Foundation
public import SourceFiles

/// A lint style: the rules of one `Styles/NAME` folder, compiled once.
public struct Style: Sendable {
    public let name: String
    /// Sorted by id.
    public let rules: [any StyleRule]

    public init(name: String, rules: [any StyleRule]) {
        self.name = name
        self.rules = rules.sorted { $0.info.id < $1.info.id }
    }

    /// Reads every `*.yml` rule file in `folder` (its name without `.yml` is the rule's id);
    /// other files are left alone. Every problem is a diagnostic at its file, line and column.
    public static func load(_ folder: URL, displayPath: String, stemmer: Stemmer) -> (Style?, Diagnostics) {
        var diagnostics = Diagnostics()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error("the style folder '\(displayPath)' does not exist; check the name or create it", file: displayPath))
            return (nil, diagnostics)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yml") && !$0.hasPrefix(".") }
            .sorted()
        var rules: [any StyleRule] = []
        for name in names {
            let id = String(name.dropLast(4))
            let path = displayPath + "/" + name
            guard isRuleID(id) else {
                diagnostics.append(.error(
                    "'\(id)' is not a rule id: use lower-case words joined by dots and hyphens, like 'style.long-sentence'",
                    file: path))
                continue
            }
            if let rule = RuleFile.load(folder.appendingPathComponent(name), displayPath: path, id: id, stemmer: stemmer, diagnostics: &diagnostics) {
                rules.append(rule)
            }
        }
        if names.isEmpty {
            diagnostics.append(.error("the style folder '\(displayPath)' has no rule files (*.yml)", file: displayPath))
        }
        let style = Style(name: folder.lastPathComponent, rules: rules)
        return (diagnostics.hasErrors ? nil : style, diagnostics)
    }

    private static func isRuleID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.first != "-" && part.last != "-"
                && part.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        }
    }
}

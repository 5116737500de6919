public import Foundation
import Markdown
import SourceFiles

/// Reads the examples folder: one Markdown file per example, front matter and one ```dialogue
/// block. Every problem is a diagnostic at its file and line; an unusable file is left out.
struct ExampleLoader {
    let root: URL
    let config: HandbookConfig

    static let keys = "title, channel, topic, verdict, rules, fixed"

    /// Whether a file of the examples folder is an example.
    static func isExampleFile(_ name: String) -> Bool {
        name.hasSuffix(".md") && name != "README.md"
    }

    func load(diagnostics: inout Diagnostics) -> [Example] {
        let folder = root.appendingPathComponent(config.examplesFolder)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let listing = SourceFolder.list(
            folder, displayPath: config.examplesFolder, boundary: config.sourceBoundary(root: root), nested: false, diagnostics: &diagnostics)
        // Ids that differ only in case or in how a letter is encoded name the same file on some
        // disks (and in the EPUB's archive), so the second is refused.
        var taken: [String: String] = ["index": "the gallery"]
        let examples = listing.files.filter(Self.isExampleFile).compactMap { name -> Example? in
            let id = String(name.dropLast(3)), path = config.examplesFolder + "/" + name
            if let problem = Self.idProblem(id) {
                diagnostics.append(.error(problem, file: path))
                return nil
            }
            let folded = id.precomposedStringWithCanonicalMapping.lowercased()
            if let other = taken[folded] {
                diagnostics.append(.error(
                    "'\(id)' would be the same page as \(other): ids must differ by more than letter case; rename the file", file: path))
                return nil
            }
            taken[folded] = "'\(id)'"
            return read(folder.appendingPathComponent(name), displayPath: path, diagnostics: &diagnostics)
        }
        let ids = Set(examples.map(\.id)), sortedIDs = ids.sorted()
        for example in examples {
            guard let fixed = example.fixed else { continue }
            if !ids.contains(fixed) {
                let hint = closestCandidate(to: fixed, in: sortedIDs).map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(.error(
                    "'fixed: \(fixed)' names no example; write the file name of the good version without '.md'\(hint)",
                    file: example.sourcePath, line: example.keyLines["fixed"]))
            } else if example.verdict == .good || examples.first(where: { $0.id == fixed })?.verdict != .good {
                diagnostics.append(.error(
                    "'fixed:' goes on a bad example and names its good version", file: example.sourcePath, line: example.keyLines["fixed"]))
            }
        }
        return examples
    }

    /// Why a file name cannot be an example's id, if it cannot. Ids are letters (of any script),
    /// digits, `-`, `_` and `.`: nothing a URL or a file system reads specially (`:` `#` `?` `%`
    /// `/`, quotes, spaces).
    static func idProblem(_ id: String) -> String? {
        let usable = !id.isEmpty && id.first != "." && id.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || scalar == "_" || scalar == "." || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        }
        return usable ? nil : "'\(id)' cannot name an example: its file name becomes a page and a link, so use letters, digits, "
            + "'-', '_' and '.', like 'refund-delay-bad.md'; rename the file"
    }

    private func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> Example? {
        guard let split = FrontMatterSplit.read(url, displayPath: displayPath, diagnostics: &diagnostics) else { return nil }
        guard let yaml = split.yaml else {
            diagnostics.append(.error(
                "an example starts with front matter: \(Self.keys) between '---' lines", file: displayPath, line: 1, column: 1))
            return nil
        }
        var fields = YAMLFields(yaml: yaml, file: displayPath, firstLine: split.yamlLine)
        var keyLines: [String: Int] = [:]
        for key in fields.keys { keyLines[key] = fields.position(of: key).line }
        let title = fields.string("title")
        let channel = fields.string("channel")
        let topic = fields.string("topic")
        let verdictText = fields.string("verdict")
        let rules = fields.stringList("rules") ?? []
        let fixed = fields.string("fixed")
        var usable = true
        for (key, value) in [("title", title), ("channel", channel), ("topic", topic), ("verdict", verdictText)] where value?.isEmpty ?? true {
            diagnostics.append(.error("the example needs '\(key):' in its front matter", file: displayPath, line: 1, column: 1))
            usable = false
        }
        let verdict = verdictText.flatMap(Example.Verdict.init(rawValue:))
        if verdictText?.isEmpty == false, verdict == nil {
            fields.appendError("'verdict' is 'good' or 'bad', not '\(verdictText!)'", at: "verdict")
            usable = false
        }
        if verdict == .bad, rules.isEmpty {
            diagnostics.append(.error(
                "a bad example lists the rules it breaks in 'rules: [...]'", file: displayPath, line: keyLines["verdict"], column: 1))
        }
        if verdict == .good, !rules.isEmpty {
            fields.appendError("a good example breaks no rules; leave 'rules' out", at: "rules")
        }
        fields.rejectUnknownKeys(context: "the front matter of an example")
        diagnostics.append(contentsOf: fields.diagnostics)
        // Examples never have raw HTML, so they are parsed as they render.
        var options = config.markdownOptions
        options.allowsRawHTML = false
        let document = ParsedDocument(String(split.body), options: options)
        let blocks = PageBlock.read(document.outline, labels: config.blockLabels)
        let dialogues = blocks.filter { $0.fence.language == "dialogue" }
        guard dialogues.count == 1 else {
            diagnostics.append(.error(
                dialogues.isEmpty ? "the example has no ```dialogue block" : "the example has \(dialogues.count) ```dialogue blocks; keep one per file",
                file: displayPath, line: dialogues.dropFirst().first.map { split.bodyLine - 1 + $0.fence.position.line } ?? split.bodyLine))
            return nil
        }
        guard usable, let title, let channel, let topic, let verdict else { return nil }
        return Example(
            id: String(url.deletingPathExtension().lastPathComponent), title: title, channel: channel, topic: topic, verdict: verdict,
            rules: rules, fixed: fixed, sourcePath: displayPath, document: document, bodyLine: split.bodyLine, blocks: blocks, dialogue: dialogues[0],
            keyLines: keyLines)
    }
}

extension HandbookConfig {
    /// Whether the examples folder holds an example, known without reading one.
    public func hasExampleFiles(root: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(examplesFolder).path)) ?? []
        return names.contains(where: ExampleLoader.isExampleFile)
    }
}

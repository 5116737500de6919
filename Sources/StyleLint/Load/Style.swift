public import Foundation
public import SourceFiles

/// A lint style: the rules of one `Styles/NAME` folder, compiled once, with what they share.
public struct Style: Sendable {
    public let name: String
    public let settings: StyleSettings
    public let lexicon: Lexicon
    /// Sorted by id.
    public let rules: [any StyleRule]
    /// Reads each draft's second-person verbs once for the rules that tell address forms apart;
    /// nil when no rule does.
    public let verbs: VerbPerson?

    public init(name: String, rules: [any StyleRule], settings: StyleSettings = StyleSettings(), lexicon: Lexicon, verbs: VerbPerson? = nil) {
        self.name = name
        self.settings = settings
        self.lexicon = lexicon
        self.rules = rules.sorted { $0.info.id < $1.info.id }
        self.verbs = rules.contains(where: \.readsVerbForms) ? verbs : nil
    }

    /// Reads a style folder: `style.yml` (settings), `accept.txt` (accepted words), `lists/*.txt`
    /// (phrase lists used as `@NAME`) and one rule per other `*.yml` file, whose name without
    /// `.yml` is the rule's id. Every problem is a diagnostic at its file, line and column.
    /// Files are read only from inside `boundary` (by default, the style folder itself).
    public static func load(_ folder: URL, displayPath: String, boundary: SourceBoundary? = nil) -> (Style?, Diagnostics) {
        var diagnostics = Diagnostics()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error("the style folder '\(displayPath)' does not exist; check the name or create it", file: displayPath))
            return (nil, diagnostics)
        }
        let boundary = boundary ?? SourceBoundary(folders: [folder])
        let listing = SourceFolder.list(folder, displayPath: displayPath, boundary: boundary, diagnostics: &diagnostics)
        let settings = listing.files.contains(StyleSettings.fileName)
            ? StyleSettings.load(folder, displayPath: displayPath, diagnostics: &diagnostics) : StyleSettings()
        let pending = readRules(listing.files, in: folder, displayPath: displayPath, diagnostics: &diagnostics)
        // The dictionary takes longer to load than everything else together, so it loads while
        // the rule files are read; only styles with a rule that looks words up wait for it.
        let hasOwnDictionary = ["aff", "dic"].allSatisfy { listing.files.contains(settings.dictionary + "." + $0) }
        let speller = pending.contains { $0.kind.needsSpeller }
            ? SpellerLoad(dictionary: settings.dictionary, styleFolder: hasOwnDictionary ? folder : nil) : nil

        guard let lexicon = Lexicon(language: settings.language) else {
            diagnostics.append(.error("the Snowball stemmer for '\(settings.language.rawValue)' is missing; run 'make deps'", file: displayPath))
            return (nil, diagnostics)
        }
        let lists = WordFile.lists(
            listing.folders.first { $0.name == StyleSettings.listsFolder }?.content.files ?? [],
            in: folder.appendingPathComponent(StyleSettings.listsFolder), displayPath: displayPath + "/" + StyleSettings.listsFolder,
            diagnostics: &diagnostics)
        var accepted: [String] = []
        let acceptURL = folder.appendingPathComponent(settings.acceptFile)
        if listing.allFiles.contains(settings.acceptFile) {
            do {
                accepted = try WordFile.entries(acceptURL, displayPath: displayPath + "/" + settings.acceptFile)
            } catch {
                diagnostics.append(error)
            }
        } else if settings.acceptFile != StyleSettings().acceptFile, boundary.entry(acceptURL) == .missing {
            diagnostics.append(.error(
                "the accepted words file '\(settings.acceptFile)' named in \(StyleSettings.fileName) does not exist",
                file: displayPath + "/" + StyleSettings.fileName))
        }
        // Otherwise the file is there but left out, and the listing has said why.

        // Rules that need no dictionary are built while it loads.
        var resources = RuleResources(
            lexicon: lexicon, accepted: accepted, lists: lists, cyrillic: settings.language == .ru, address: settings.address)
        var rules: [any StyleRule] = []
        for rule in pending where !rule.kind.needsSpeller {
            if let built = RuleFile.build(rule, resources: resources, diagnostics: &diagnostics) { rules.append(built) }
        }
        if let speller {
            if let loaded = speller.wait() {
                resources.speller = loaded
                for rule in pending where rule.kind.needsSpeller {
                    if let built = RuleFile.build(rule, resources: resources, diagnostics: &diagnostics) { rules.append(built) }
                }
            } else {
                diagnostics.append(.error(
                    "the Hunspell dictionary '\(settings.dictionary)' is not in \(displayPath) or \(Speller.systemFolder.path); "
                        + "install it (for ru_RU: 'make deps' installs hunspell-ru) or set 'dictionary' in \(StyleSettings.fileName)",
                    file: displayPath + "/" + StyleSettings.fileName))
            }
        }
        checkYields(pending, diagnostics: &diagnostics)
        let style = Style(name: folder.lastPathComponent, rules: rules, settings: settings, lexicon: lexicon, verbs: resources.verbs)
        return (diagnostics.hasErrors ? nil : style, diagnostics)
    }

    private static func readRules(_ files: [String], in folder: URL, displayPath: String, diagnostics: inout Diagnostics) -> [RuleFile.Pending] {
        let names = files.filter { $0.hasSuffix(".yml") && $0 != StyleSettings.fileName }
        if names.isEmpty {
            diagnostics.append(.error("the style folder '\(displayPath)' has no rule files (*.yml)", file: displayPath))
        }
        return names.compactMap { name in
            let id = String(name.dropLast(4))
            let path = displayPath + "/" + name
            guard isRuleID(id) else {
                diagnostics.append(.error(
                    "'\(id)' is not a rule id: use lower-case words joined by dots and hyphens, like 'style.long-sentence'",
                    file: path))
                return nil
            }
            guard id != "index" else {
                diagnostics.append(.error("'index' cannot name a rule: rules/index.html is the list of rules; rename the file", file: path))
                return nil
            }
            return RuleFile.read(folder.appendingPathComponent(name), displayPath: path, id: id, diagnostics: &diagnostics)
        }
    }

    /// `yields-to` must name rules of the style.
    private static func checkYields(_ rules: [RuleFile.Pending], diagnostics: inout Diagnostics) {
        let ids = Set(rules.map(\.info.id))
        for rule in rules {
            for other in rule.info.yieldsTo where !ids.contains(other) {
                let hint = closestCandidate(to: other, in: ids.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(.error("'yields-to' names '\(other)', which is not a rule of this style\(hint)", file: rule.file))
            }
        }
    }

    private static func isRuleID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.first != "-" && part.last != "-"
                && part.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        }
    }
}

/// A Hunspell dictionary loading on another thread: from the style folder if it has one, else
/// from the system's.
///
/// The thread is one of its own, not a worker of Dispatch's global queues: a style is often
/// loaded from a Swift task, and on Linux those run on the same few workers, so a load queued
/// there would wait behind the very tasks that wait for it.
private final class SpellerLoad: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the loading thread before `done` is signalled, read after `wait`.
    private var speller: Speller?

    init(dictionary: String, styleFolder: URL?) {
        let thread = Thread { [self] in
            speller = styleFolder.flatMap { Speller(dictionary: dictionary, in: $0) } ?? Speller(dictionary: dictionary)
            done.signal()
        }
        thread.name = "Hunspell dictionary"
        thread.start()
    }

    func wait() -> Speller? {
        done.wait()
        done.signal()
        return speller
    }
}

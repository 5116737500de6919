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
    /// The dictionary of the rules that look words up; nil when no rule does.
    private(set) var speller: Speller?

    /// When a style's Hunspell dictionary is read.
    public enum DictionaryLoading: Sendable {
        case atOnce
        case onFirstUse
    }

    public init(name: String, rules: [any StyleRule], settings: StyleSettings = StyleSettings(), lexicon: Lexicon, verbs: VerbPerson? = nil) {
        self.name = name
        self.settings = settings
        self.lexicon = lexicon
        self.rules = rules.sorted { $0.info.id < $1.info.id }
        self.verbs = rules.contains(where: \.readsVerbForms) ? verbs : nil
    }

    /// Whether the style's dictionary has been read: a style without one has nothing to read.
    public var hasReadDictionary: Bool {
        speller?.isLoaded ?? true
    }

    /// Starts reading the dictionary in the background, if the style has one and it is not read
    /// yet, so that it is ready when linting begins.
    public func startLoadingDictionary() {
        speller?.startLoading()
    }

    /// Reads a style folder: `style.yml` (settings), `accept.txt` (accepted words), `lists/*.txt`
    /// (phrase lists used as `@NAME`) and one rule per other `*.yml` file, whose name without
    /// `.yml` is the rule's id. Every problem is a diagnostic at its file, line and column.
    /// Files are read only from inside `boundary` (by default, the style folder itself).
    /// `dictionary` says when Hunspell's dictionary is read: at once, beside the rule files, for
    /// a caller about to lint; or on first use, for one that may never look a word up (a build
    /// calls ``startLoadingDictionary()`` when its handbook has something to lint). A style
    /// read on first use must keep its folder until then.
    public static func load(
        _ folder: URL, displayPath: String, boundary: SourceBoundary? = nil, dictionary: DictionaryLoading = .atOnce
    ) -> (Style?, Diagnostics) {
        var diagnostics = Diagnostics()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error("the style folder '\(displayPath)' does not exist; check the name or create it", file: displayPath))
            return (nil, diagnostics)
        }
        let files = StyleFiles(folder: folder, displayPath: displayPath, boundary: boundary ?? SourceBoundary(folders: [folder]), diagnostics: &diagnostics)
        return load(files, dictionary: dictionary, diagnostics: diagnostics)
    }

    /// Reads a style from its files' texts, by path inside its folder (`lists/greeting.txt`),
    /// as ``load(_:displayPath:boundary:dictionary:)`` reads a folder of the same files; its
    /// rules look words up in the system's Hunspell dictionary.
    public static func load(
        texts: [(path: String, text: String)], name: String, displayPath: String, dictionary: DictionaryLoading = .atOnce
    ) -> (Style?, Diagnostics) {
        load(StyleFiles(texts: texts, name: name, displayPath: displayPath), dictionary: dictionary, diagnostics: Diagnostics())
    }

    private static func load(_ files: StyleFiles, dictionary: DictionaryLoading, diagnostics: Diagnostics) -> (Style?, Diagnostics) {
        var diagnostics = diagnostics
        let listing = files.listing, displayPath = files.displayPath
        let settings = listing.files.contains(StyleSettings.fileName) ? StyleSettings.load(files, diagnostics: &diagnostics) : StyleSettings()
        let pending = readRules(files, diagnostics: &diagnostics)
        // Only styles with a rule that looks words up have a dictionary. Reading it takes longer
        // than everything else together, so `.atOnce` reads it on a thread of its own while the
        // rest is read, and returns once it is read.
        let ownDictionary = files.dictionaryFolder.flatMap { folder in
            ["aff", "dic"].allSatisfy { listing.files.contains(settings.dictionary + "." + $0) } ? folder : nil
        }
        let needsSpeller = pending.contains { $0.kind.needsSpeller }
        let speller = needsSpeller
            ? ownDictionary.flatMap { Speller(dictionary: settings.dictionary, in: $0) } ?? Speller(dictionary: settings.dictionary) : nil
        if dictionary == .atOnce { speller?.startLoading() }

        guard let lexicon = Lexicon(language: settings.language) else {
            diagnostics.append(.error("the Snowball stemmer for '\(settings.language.rawValue)' is missing; run 'make deps'", file: displayPath))
            return (nil, diagnostics)
        }
        let lists = WordFile.lists(
            in: files, folder: StyleSettings.listsFolder, names: listing.folders.first { $0.name == StyleSettings.listsFolder }?.content.files ?? [],
            diagnostics: &diagnostics)
        var accepted: [String] = []
        if listing.allFiles.contains(settings.acceptFile) {
            do {
                accepted = try WordFile.entries(files.read(settings.acceptFile))
            } catch {
                diagnostics.append(error)
            }
        } else if settings.acceptFile != StyleSettings().acceptFile, files.isMissing(settings.acceptFile) {
            diagnostics.append(.error(
                "the accepted words file '\(settings.acceptFile)' named in \(StyleSettings.fileName) does not exist",
                file: displayPath + "/" + StyleSettings.fileName))
        }
        // Otherwise the file is there but left out, and the listing has said why.

        // Rules that need no dictionary are built while it is read.
        var resources = RuleResources(
            lexicon: lexicon, accepted: accepted, lists: lists, cyrillic: settings.language == .ru, address: settings.address)
        var rules: [any StyleRule] = []
        for rule in pending where !rule.kind.needsSpeller {
            if let built = RuleFile.build(rule, resources: resources, diagnostics: &diagnostics) { rules.append(built) }
        }
        if needsSpeller {
            if let speller {
                resources.speller = speller
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
        if dictionary == .atOnce { speller?.waitUntilLoaded() }
        var style = Style(name: files.name, rules: rules, settings: settings, lexicon: lexicon, verbs: resources.verbs)
        style.speller = speller
        return (diagnostics.hasErrors ? nil : style, diagnostics)
    }

    private static func readRules(_ files: StyleFiles, diagnostics: inout Diagnostics) -> [RuleFile.Pending] {
        let displayPath = files.displayPath
        let names = files.listing.files.filter { $0.hasSuffix(".yml") && $0 != StyleSettings.fileName }
        if names.isEmpty {
            diagnostics.append(.error("the style folder '\(displayPath)' has no rule files (*.yml)", file: displayPath))
        }
        return names.compactMap { name -> RuleFile.Pending? in
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
            do throws(Diagnostic) {
                return RuleFile.read(try files.read(name), id: id, diagnostics: &diagnostics)
            } catch {
                diagnostics.append(error)
                return nil
            }
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

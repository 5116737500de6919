import Foundation
import SourceFiles

/// Builds a rule from settings already read, once the style's shared resources are ready.
typealias RuleBuilder = @Sendable (RuleResources) throws(RuleError) -> any StyleRule

/// The kinds of rule a style file can `extend`; the one place a kind's name becomes a rule.
enum RuleKind: String, CaseIterable {
    case existence
    case substitution
    case occurrence
    case sentenceLength = "sentence-length"
    case caseConsistency = "case-consistency"
    case capitalization
    case spelling
    case spacing
    case addressMix = "address-mix"
    case address
    case emptyGreeting = "empty-greeting"
    case ladder
    case diminutive

    /// The setting a problem with the kind's own settings is reported at.
    var settingsKey: String {
        switch self {
        case .existence, .diminutive: "tokens"
        case .substitution: "swap"
        case .occurrence: "token"
        case .sentenceLength, .ladder: "max"
        case .caseConsistency: "words"
        case .capitalization: "min-letters"
        case .spelling: "extends"
        case .spacing: "before"
        case .addressMix: "informal"
        case .address: "swap"
        case .emptyGreeting: "greetings"
        }
    }

    /// Kinds that look words up in the Hunspell dictionary.
    var needsSpeller: Bool {
        switch self {
        case .capitalization, .spelling, .addressMix, .address, .diminutive: true
        default: false
        }
    }

    /// Reads the kind's settings and returns how to build the rule from them.
    func builder(_ fields: inout YAMLFields, info: RuleInfo) -> RuleBuilder {
        switch self {
        case .existence:
            let phrases = fields.stringList("tokens") ?? []
            let options = PhraseOptions(&fields)
            return { resources throws(RuleError) in
                guard !phrases.isEmpty else { throw RuleError("an existence rule needs at least one phrase in 'tokens'") }
                return ExistenceRule(info: info, search: try options.search(phrases, key: "tokens", resources: resources))
            }
        case .substitution:
            let swap = (fields.stringPairs("swap") ?? []).map { (phrase: $0.key, replacement: $0.value) }
            let options = PhraseOptions(&fields)
            return { resources throws(RuleError) in
                try SubstitutionRule(info: info, swap: swap) { phrases throws(RuleError) in
                    try options.search(phrases, key: "swap", resources: resources)
                }
            }
        case .occurrence:
            let token = fields.string("token") ?? ""
            let maxRun = fields.int("max-run")
            let maxPerMessage = fields.int("max")
            return { _ throws(RuleError) in try OccurrenceRule(info: info, token: token, maxRun: maxRun, maxPerMessage: maxPerMessage) }
        case .sentenceLength:
            let maxWords = fields.int("max") ?? 0
            return { _ throws(RuleError) in try SentenceLengthRule(info: info, maxWords: maxWords) }
        case .caseConsistency:
            let words = fields.stringList("words") ?? []
            let requirement = fields.choice("require", default: CaseConsistencyRule.Requirement.consistent)
            return { _ throws(RuleError) in try CaseConsistencyRule(info: info, words: words, requirement: requirement) }
        case .capitalization:
            let minLetters = fields.int("min-letters") ?? 4
            return { resources throws(RuleError) in
                try CapitalsRule(info: info, minLetters: minLetters, speller: resources.requireSpeller(for: rawValue), accepted: resources.accepted)
            }
        case .spelling:
            return { resources throws(RuleError) in
                try SpellingRule(
                    info: info, speller: resources.requireSpeller(for: rawValue), lexicon: resources.lexicon, accepted: resources.accepted,
                    cyrillic: resources.cyrillic)
            }
        case .spacing:
            let before = fields.string("before") ?? ",.!?;:"
            let after = fields.string("after") ?? ","
            let doubleSpaces = fields.bool("double-spaces") ?? true
            return { _ throws(RuleError) in SpacingRule(info: info, noSpaceBefore: before, spaceAfter: after, doubleSpaces: doubleSpaces) }
        case .addressMix:
            let informal = fields.stringList("informal") ?? []
            let formal = fields.stringList("formal") ?? []
            let verbs = fields.bool("verbs") ?? false
            let notVerbs = fields.stringList("not-verbs") ?? []
            let marks = fields.choice("marks", default: AddressMixRule.Marks.second)
            return { resources throws(RuleError) in
                _ = try resources.requireSpeller(for: rawValue)
                return try AddressMixRule(
                    info: info, informal: informal, formal: formal, readsVerbs: verbs, notVerbs: resources.phrases(notVerbs), marks: marks)
            }
        case .address:
            let catches = fields.choice("catches", default: ClientAddress.informal)
            let swap = (fields.stringPairs("swap") ?? []).map { (form: $0.key, replacement: $0.value) }
            let verbs = fields.bool("verbs") ?? false
            let notVerbs = fields.stringList("not-verbs") ?? []
            return { resources throws(RuleError) in
                _ = try resources.requireSpeller(for: rawValue)
                return try AddressFormRule(
                    info: info, catches: catches, teamAddress: resources.address, swap: swap, readsVerbs: verbs,
                    notVerbs: resources.phrases(notVerbs))
            }
        case .emptyGreeting:
            let greetings = fields.stringList("greetings") ?? []
            let pauses = fields.stringList("pauses")
            let times = fields.stringList("times")
            let minContextWords = fields.int("min-context-words") ?? 3
            return { resources throws(RuleError) in
                guard let greetings = try resources.matcher(greetings, key: "greetings") else {
                    throw RuleError("an empty-greeting rule needs the greetings and pleasantries in 'greetings'")
                }
                return try EmptyGreetingRule(
                    info: info, greetings: greetings, pauses: resources.matcher(pauses, key: "pauses"),
                    times: resources.matcher(times, key: "times"), minContextWords: minContextWords)
            }
        case .ladder:
            let maxWords = fields.int("max") ?? 4
            return { _ throws(RuleError) in try LadderRule(info: info, maxWords: maxWords) }
        case .diminutive:
            let phrases = fields.stringList("tokens") ?? []
            let lexicalised = fields.stringList("lexicalised") ?? []
            let options = PhraseOptions(&fields)
            return { resources throws(RuleError) in
                DiminutiveRule(
                    info: info, listed: phrases.isEmpty ? nil : try options.search(phrases, key: "tokens", resources: resources),
                    diminutives: Diminutives(speller: try resources.requireSpeller(for: rawValue), lexicalised: lexicalised))
            }
        }
    }
}

/// The settings every phrase kind shares: what keeps a match from counting (see `PhraseSearch`).
struct PhraseOptions: Sendable {
    var exceptions: [String]?
    var unless: [(scope: PhraseSearch.Scope, phrases: [String])] = []
    var allowClientWords = false

    init(_ fields: inout YAMLFields) {
        exceptions = fields.stringList("exceptions")
        if var nested = fields.mapping("unless") {
            for scope in PhraseSearch.Scope.allCases {
                if let phrases = nested.stringList(scope.rawValue) { unless.append((scope, phrases)) }
            }
            nested.rejectUnknownKeys(context: "'unless' (where to look: sentence, message, draft)")
            fields.merge(nested)
        }
        allowClientWords = fields.bool("allow-client-words") ?? false
    }

    /// `key` is the setting that holds `phrases` (`tokens`, `swap`).
    func search(_ phrases: [String], key: String, resources: RuleResources) throws(RuleError) -> PhraseSearch {
        guard let matcher = try resources.matcher(phrases, key: key) else { throw RuleError("the rule has no phrases to look for", key: key) }
        var unlessMatchers: [(scope: PhraseSearch.Scope, matcher: PhraseMatcher)] = []
        for (scope, list) in unless {
            if let matcher = try resources.matcher(list, key: "unless") { unlessMatchers.append((scope, matcher)) }
        }
        return PhraseSearch(
            matcher: matcher, exceptions: try resources.matcher(exceptions, key: "exceptions"), unless: unlessMatchers,
            allowClientWords: allowClientWords)
    }
}

extension YAMLFields {
    /// One of a fixed set of names; a wrong name is reported with the choices.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, default fallback: Choice) -> Choice
    where Choice.RawValue == String {
        guard let name = string(key) else { return fallback }
        if let parsed = Choice(rawValue: name) { return parsed }
        let choices = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        appendError("'\(key)' must be one of \(choices), not '\(name)'", at: key)
        return fallback
    }
}

/// One rule file of a style, Vale-like: `extends` names the kind, `name`, `message`, `level`,
/// `link` and `description` are shared, the rest belongs to the kind.
///
/// ```yaml
/// extends: substitution
/// name: Канцелярит
/// message: "Проще: «{suggestion}» вместо «{match}»."
/// level: suggestion
/// description: Канцелярит, у которого есть простая замена.
/// swap:
///   осуществить: сделать
///   в настоящее время: сейчас
/// ```
enum RuleFile {
    /// A rule file read and checked, waiting for the style's resources to be built.
    struct Pending {
        let info: RuleInfo
        let kind: RuleKind
        let file: String
        /// Where a problem found while building is reported: at the setting it names, else at
        /// the kind's main setting.
        let positions: [String: (line: Int?, column: Int?)]
        let build: RuleBuilder
    }

    static func read(_ source: SourceText, id: String, diagnostics: inout Diagnostics) -> Pending? {
        let displayPath = source.path
        var fields = YAMLFields(yaml: source.text, file: displayPath)
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        guard !fields.diagnostics.hasErrors else { return nil }

        let kinds = RuleKind.allCases.map(\.rawValue)
        guard let kindName = fields.string("extends") else {
            fields.appendError("'extends' is required: the kind of rule, one of \(kinds.joined(separator: ", "))", at: "extends")
            return nil
        }
        guard let kind = RuleKind(rawValue: kindName) else {
            let hint = closestCandidate(to: kindName, in: kinds).map { "did you mean '\($0)'? " } ?? ""
            fields.appendError("unknown kind '\(kindName)'; \(hint)kinds: \(kinds.joined(separator: ", "))", at: "extends")
            return nil
        }
        let message = fields.string("message")
        if message?.isEmpty ?? true { fields.appendError("'message' is required: what the agent reads in the finding", at: "message") }
        let name = fields.string("name")
        if let name, name.allSatisfy(\.isWhitespace) {
            fields.appendError("'name' is empty: give the rule a short name readers know it by, or leave the key out to show its id", at: "name")
        }
        var link = fields.string("link")
        if let address = link, !(address.lowercased().hasPrefix("https://") || address.lowercased().hasPrefix("http://")) {
            fields.appendWarning(
                "'link' is left out: findings link the rule's page in the handbook by themselves; "
                    + "give 'link' only for an address outside it, like 'https://…'", at: "link")
            link = nil
        }
        let info = RuleInfo(
            id: id, name: name, severity: fields.choice("level", default: Severity.warning), message: message ?? "", link: link,
            description: fields.string("description") ?? "", yieldsTo: fields.stringList("yields-to") ?? [])

        // Every setting is read before unknown keys are reported, and the rule is built only from
        // a file without problems, so a misspelled key is reported as such.
        let build = kind.builder(&fields, info: info)
        fields.rejectUnknownKeys(context: "a rule of kind '\(kind.rawValue)'")
        guard !fields.diagnostics.hasErrors else { return nil }
        var positions: [String: (line: Int?, column: Int?)] = [:]
        for key in fields.keys { positions[key] = fields.position(of: key) }
        positions[""] = fields.position(of: kind.settingsKey)
        return Pending(info: info, kind: kind, file: displayPath, positions: positions, build: build)
    }

    /// Builds a read rule; a problem with its settings is reported at them.
    static func build(_ pending: Pending, resources: RuleResources, diagnostics: inout Diagnostics) -> (any StyleRule)? {
        do throws(RuleError) {
            return try pending.build(resources)
        } catch {
            let position = error.key.flatMap { pending.positions[$0] } ?? pending.positions[""] ?? (nil, nil)
            diagnostics.append(.error(error.description, file: pending.file, line: position.line, column: position.column))
            return nil
        }
    }
}

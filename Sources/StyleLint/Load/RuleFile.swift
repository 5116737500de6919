import Foundation
import SourceFiles

/// The kinds of rule a style file can `extend`; the one place a kind's name becomes a rule.
enum RuleKind: String, CaseIterable {
    case existence
    case substitution
    case occurrence
    case sentenceLength = "sentence-length"
    case caseConsistency = "case-consistency"

    /// The setting a problem with the kind's own settings is reported at.
    var settingsKey: String {
        switch self {
        case .existence: "tokens"
        case .substitution: "swap"
        case .occurrence: "token"
        case .sentenceLength: "max"
        case .caseConsistency: "words"
        }
    }

    /// Reads the kind's settings and returns how to build the rule from them.
    func builder(_ fields: inout YAMLFields, info: RuleInfo, stemmer: Stemmer) -> () throws(RuleError) -> any StyleRule {
        switch self {
        case .existence:
            let phrases = fields.stringList("tokens") ?? []
            return { () throws(RuleError) in try ExistenceRule(info: info, phrases: phrases, stemmer: stemmer) }
        case .substitution:
            let swap = (fields.stringPairs("swap") ?? []).map { (phrase: $0.key, replacement: $0.value) }
            return { () throws(RuleError) in try SubstitutionRule(info: info, swap: swap, stemmer: stemmer) }
        case .occurrence:
            let token = fields.string("token") ?? ""
            let maxRun = fields.int("max-run")
            let maxPerMessage = fields.int("max")
            return { () throws(RuleError) in try OccurrenceRule(info: info, token: token, maxRun: maxRun, maxPerMessage: maxPerMessage) }
        case .sentenceLength:
            let maxWords = fields.int("max") ?? 0
            return { () throws(RuleError) in try SentenceLengthRule(info: info, maxWords: maxWords) }
        case .caseConsistency:
            let words = fields.stringList("words") ?? []
            var requirement = CaseConsistencyRule.Requirement.consistent
            if let name = fields.string("require") {
                if let parsed = CaseConsistencyRule.Requirement(rawValue: name) {
                    requirement = parsed
                } else {
                    let choices = CaseConsistencyRule.Requirement.allCases.map(\.rawValue).joined(separator: ", ")
                    fields.appendError("'require' must be one of \(choices), not '\(name)'", at: "require")
                }
            }
            return { () throws(RuleError) in try CaseConsistencyRule(info: info, words: words, requirement: requirement) }
        }
    }
}

/// One rule file of a style, Vale-like: `extends` names the kind, `message`, `level`, `link`
/// and `description` are shared, the rest belongs to the kind.
///
/// ```yaml
/// extends: substitution
/// message: "Проще: «{suggestion}» вместо «{match}»."
/// level: suggestion
/// link: rule:style.kantselyarit
/// description: Канцелярит, у которого есть простая замена.
/// swap:
///   осуществить: сделать
///   в настоящее время: сейчас
/// ```
enum RuleFile {
    static func load(_ url: URL, displayPath: String, id: String, stemmer: Stemmer, diagnostics: inout Diagnostics) -> (any StyleRule)? {
        let source: SourceText
        do {
            source = try SourceText.read(url, displayPath: displayPath)
        } catch {
            diagnostics.append(error)
            return nil
        }
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
        var severity = Severity.warning
        if let level = fields.string("level") {
            if let parsed = Severity(rawValue: level) {
                severity = parsed
            } else {
                let levels = Severity.allCases.map(\.rawValue).joined(separator: ", ")
                fields.appendError("level '\(level)' is not one of \(levels)", at: "level")
            }
        }
        let info = RuleInfo(
            id: id, severity: severity, message: message ?? "", link: fields.string("link"),
            description: fields.string("description") ?? "")

        // Every setting is read before unknown keys are reported, and the rule is built only from
        // a file without problems, so a misspelled key is reported as such.
        let build = kind.builder(&fields, info: info, stemmer: stemmer)
        fields.rejectUnknownKeys(context: "a rule of kind '\(kind.rawValue)'")
        guard !fields.diagnostics.hasErrors else { return nil }
        do throws(RuleError) {
            return try build()
        } catch {
            fields.appendError(error.description, at: kind.settingsKey)
            return nil
        }
    }
}

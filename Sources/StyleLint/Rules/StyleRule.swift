import Foundation

/// A draft read once (tokens, sentences, stems) for every rule to look at.
public struct LintContext: Sendable {
    /// The client's messages the draft answers.
    public let context: [AnalyzedMessage]
    /// The agent's messages, in order.
    public let messages: [AnalyzedMessage]

    /// The stems of every word the client wrote.
    public let clientStems: Set<WordKey>

    /// `verbs`, when given, reads the second-person verbs of the agent's messages
    /// (`AnalyzedMessage.secondPerson(at:)`).
    public init(_ draft: Draft, lexicon: Lexicon, verbs: VerbPerson? = nil) {
        (context, messages) = lexicon.withMemory { memory in
            let context = draft.context.map { AnalyzedMessage(MessageText($0), lexicon: lexicon, memory: memory) }
            let clientForms = context.map { $0.forms.compactMap { $0 } }
            let messages = draft.messages.map { text in
                var message = AnalyzedMessage(MessageText(text), lexicon: lexicon, memory: memory)
                message.markClientQuotes(clientForms)
                if let verbs { message.readSecondPerson(verbs, memory: memory) }
                return message
            }
            return (context, messages)
        }
        clientStems = Set(context.flatMap { $0.stems.compactMap { $0 } })
    }
}

/// What every rule has, whatever it checks.
public struct RuleInfo: Sendable, Hashable {
    /// Stable id, e.g. `style.kantselyarit`.
    public var id: String
    /// What readers call the rule, in the handbook's language («Канцелярит»); the id when its
    /// file gives none.
    public var name: String
    public var severity: Severity
    /// The finding's text; `{match}`, `{suggestion}` and `{count}` are filled in.
    public var message: String {
        didSet { template = MessageTemplate(message) }
    }
    private var template: MessageTemplate
    /// An address outside the handbook that explains the rule, when its file gives one; findings
    /// otherwise link the handbook's own page for the rule (see `RuleLinks`).
    public var link: String?
    /// What the rule catches, for `handbook rules` and the rule pages.
    public var description: String
    /// Rules that take precedence: when one of them fires on a draft, this one stays silent
    /// (a vague deadline is not also a missing one).
    public var yieldsTo: [String]

    public init(
        id: String, name: String? = nil, severity: Severity, message: String, link: String? = nil, description: String = "", yieldsTo: [String] = []
    ) {
        self.id = id
        self.name = name ?? id
        self.severity = severity
        self.message = message
        template = MessageTemplate(message)
        self.link = link
        self.description = description
        self.yieldsTo = yieldsTo
    }

    /// A finding of this rule for tokens `range` of message `index`.
    func finding(
        in message: AnalyzedMessage, at index: Int, tokens range: ClosedRange<Int>, suggestion: String? = nil, count: Int? = nil
    ) -> Finding {
        let first = message.text.tokens[range.lowerBound], last = message.text.tokens[range.upperBound]
        let match = message.text.text(of: range)
        return Finding(
            rule: id, severity: severity, message: template.fill(match: match, suggestion: suggestion, count: count), messageIndex: index,
            line: first.line, column: first.column, length: last.offset + last.length - first.offset, match: match,
            suggestion: suggestion)
    }
}

/// A rule's message split once at its placeholders, so filling it in per finding is appending.
struct MessageTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case match, suggestion, count
    }

    let parts: [Part]

    init(_ message: String) {
        var parts: [Part] = []
        var rest = Substring(message)
        let placeholders: [(String, Part)] = [("{match}", .match), ("{suggestion}", .suggestion), ("{count}", .count)]
        while let brace = rest.firstIndex(of: "{") {
            if let (name, part) = placeholders.first(where: { rest[brace...].hasPrefix($0.0) }) {
                if brace > rest.startIndex { parts.append(.text(String(rest[..<brace]))) }
                parts.append(part)
                rest = rest[rest.index(brace, offsetBy: name.count)...]
            } else {
                parts.append(.text(String(rest[...brace])))
                rest = rest[rest.index(after: brace)...]
            }
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// Without a suggestion, the sentence or the colon clause that offers it is left out
    /// («Проще: «{suggestion}».»), so no finding shows an empty or placeholder fix. A count
    /// without a value stays as written.
    func fill(match: String, suggestion: String?, count: Int?) -> String {
        var text = ""
        var droppingSentence = false
        for part in parts {
            switch part {
            case .text(let literal):
                guard droppingSentence else {
                    text += literal
                    continue
                }
                if let end = literal.firstIndex(where: { ".!?".contains($0) }) {
                    text += literal[literal.index(after: end)...]
                    droppingSentence = false
                }
            case .match: if !droppingSentence { text += match }
            case .suggestion:
                if let suggestion {
                    text += suggestion
                } else if !droppingSentence, let cut = text.range(of: ". ", options: .backwards) ?? text.range(of: ": ", options: .backwards) {
                    // Back to the end of the sentence before, or to the colon that introduces the fix.
                    text = String(text[..<cut.lowerBound]) + "."
                    droppingSentence = true
                } else {
                    text += "{suggestion}"
                }
            case .count: if !droppingSentence { text += count.map(String.init) ?? "{count}" }
            }
        }
        // Foundation's trimming costs more than the rest of the fill; most messages need none.
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// One check of a style. A rule is a value built (and validated) once per style; `findings` is
/// pure, so one rule serves every draft and every thread.
public protocol StyleRule: Sendable {
    var info: RuleInfo { get }
    /// Whether the rule looks at second-person verbs (`AnalyzedMessage.secondPerson(at:)`), which
    /// a draft then reads once for every such rule.
    var readsVerbForms: Bool { get }
    func findings(in draft: LintContext) -> [Finding]
}

extension StyleRule {
    public var readsVerbForms: Bool { false }
}

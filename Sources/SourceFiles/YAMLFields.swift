internal import Yams

/// Reads a YAML mapping field by field, turning every problem (bad syntax, a wrong type, an
/// unknown key) into a positioned diagnostic instead of a thrown decoding error.
public struct YAMLFields {
    public private(set) var diagnostics = Diagnostics()
    private let pairs: [(key: String, value: Node)]
    /// Where each key stands, and each value read by `FlatMapping` (whose nodes have no marks).
    private let keyPlaces: [String: YAMLPlace]
    private var valuePlaces: [String: YAMLPlace] = [:]
    private let file: String
    private let lineOffset: Int
    /// Where the mapping starts.
    private let place: YAMLPlace?
    private var readKeys: Set<String> = []

    /// Parses `yaml`; `firstLine` is the file line where it starts. Empty YAML is an empty mapping.
    /// The tags the reads tell apart (null, whole numbers, true and false): Yams resolves every
    /// key's tag by regular expressions, once per rule, and the other rules cost half of reading
    /// a thousand chapters' front matter.
    private static let resolver = Resolver.default.removing(.float).removing(.merge).removing(.timestamp).removing(.value)
    /// One constructor for every tag a flat mapping makes: `Constructor.default` builds a new one,
    /// with all its maps, each time it is asked. Its maps are constants, so threads can share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    public init(yaml: String, file: String, firstLine: Int = 1) {
        self.init(yaml: yaml, file: file, firstLine: firstLine, readsFlatMappings: true)
    }

    /// With `readsFlatMappings` false, every YAML goes to Yams: tests compare the two readings.
    init(yaml: String, file: String, firstLine: Int, readsFlatMappings: Bool) {
        self.file = file
        let lineOffset = firstLine - 1
        self.lineOffset = lineOffset
        if readsFlatMappings, let flat = FlatMapping(yaml) {
            pairs = flat.entries.map { ($0.key, Node.scalar(Node.Scalar($0.value, Tag(.implicit, Self.resolver, Self.constructor), .plain))) }
            keyPlaces = Dictionary(flat.entries.map { ($0.key, $0.keyPlace) }, uniquingKeysWith: { first, _ in first })
            valuePlaces = Dictionary(flat.entries.map { ($0.key, $0.valuePlace) }, uniquingKeysWith: { first, _ in first })
            place = flat.entries.first?.keyPlace
            return
        }
        var parsed: Node?
        var problem: Diagnostic?
        do {
            parsed = try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8)
        } catch let error as YamlError {
            problem = Self.diagnostic(for: error, file: file, lineOffset: lineOffset)
        } catch {
            problem = .error("cannot read YAML: \(error)", file: file, line: firstLine)
        }
        place = parsed?.mark.map(YAMLPlace.init)
        switch parsed {
        case .none:
            pairs = []
            keyPlaces = [:]
        case .mapping(let mapping)?:
            var seen: [String: YAMLPlace] = [:]
            var names: Set<String> = []
            var collected: [(String, Node)] = []
            for (key, value) in mapping {
                let name = key.string ?? "\(key.any)"
                if !names.insert(name).inserted {
                    problem = problem ?? .error(
                        "key '\(name)' is given twice; keep one", file: file,
                        line: key.mark.map { $0.line + lineOffset }, column: key.mark?.column)
                }
                if seen[name] == nil, let mark = key.mark { seen[name] = YAMLPlace(mark) }
                collected.append((name, value))
            }
            pairs = collected
            keyPlaces = seen
        case .some(let other):
            pairs = []
            keyPlaces = [:]
            problem = problem ?? .error(
                "expected a mapping of 'key: value' lines", file: file,
                line: other.mark.map { $0.line + lineOffset }, column: other.mark?.column)
        }
        if let problem { diagnostics.append(problem) }
    }

    private init(pairs: [(key: String, value: Node)], keyPlaces: [String: YAMLPlace], file: String, lineOffset: Int, place: YAMLPlace?) {
        self.pairs = pairs
        self.keyPlaces = keyPlaces
        self.file = file
        self.lineOffset = lineOffset
        self.place = place
    }

    // MARK: Typed reads

    public mutating func string(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node, node.null == nil else {
            report(key, node, "should be text")
            return nil
        }
        return shown(scalar.string, key: key, node: node)
    }

    /// `text` without the characters no page or book can hold (control characters other than
    /// tabs and line breaks, and non-characters), which are reported once for the key.
    private mutating func shown(_ text: String, key: String, node: Node) -> String {
        guard text.unicodeScalars.contains(where: Self.cannotBeShown) else { return text }
        var kept = String.UnicodeScalarView()
        var dropped: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if Self.cannotBeShown(scalar) { dropped.append(scalar) } else { kept.append(scalar) }
        }
        let codes = Set(dropped).sorted { $0.value < $1.value }.prefix(3).map { "U+" + String($0.value, radix: 16, uppercase: true).leftPaddedCode }
        let position = position(of: node, key: key)
        diagnostics.append(.warning(
            "'\(key)' holds characters that no page can show (\(codes.joined(separator: ", "))); they are left out", file: file,
            line: position.line, column: position.column))
        return String(kept)
    }

    /// By code point, as Unicode fixes both sets (category Cc: U+0000–001F and U+007F–009F;
    /// non-characters: U+FDD0–FDEF and the last two of every plane): a look-up of each scalar's
    /// properties cost more than the rest of reading a title.
    private static func cannotBeShown(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    public mutating func int(_ key: String) -> Int? {
        scalar(key, "should be a whole number") { $0.int }
    }

    public mutating func bool(_ key: String) -> Bool? {
        scalar(key, "should be true or false") { $0.bool }
    }

    private mutating func scalar<Value>(_ key: String, _ problem: String, _ convert: (Node) -> Value?) -> Value? {
        guard let node = value(key) else { return nil }
        guard let converted = convert(node) else {
            report(key, node, problem)
            return nil
        }
        return converted
    }

    /// A list of texts (`[a, b]` or one `- item` per line).
    public mutating func stringList(_ key: String) -> [String]? {
        guard let node = value(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            report(key, node, "should be a list of texts, one '- item' per line")
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                report(key, item, "should hold only texts")
                return nil
            }
            items.append(shown(scalar.string, key: key, node: item))
        }
        return items
    }

    /// One text or a list of texts (`aliases: /old/` or `aliases: [/a/, /b/]`), as other tools accept both.
    public mutating func stringOrList(_ key: String) -> [String]? {
        guard let node = value(key) else { return nil }
        if case .scalar = node { return string(key).map { [$0] } }
        return stringList(key)
    }

    /// A mapping of texts to texts (`phrase: replacement` lines), in the order written.
    public mutating func stringPairs(_ key: String) -> [(key: String, value: String)]? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            report(key, node, "should be 'text: text' lines")
            return nil
        }
        var pairs: [(key: String, value: String)] = []
        for (name, value) in mapping {
            guard case .scalar(let left) = name, case .scalar(let right) = value else {
                report(key, value, "should hold only 'text: text' lines")
                return nil
            }
            pairs.append((shown(left.string, key: key, node: name), shown(right.string, key: key, node: value)))
        }
        return pairs
    }

    /// A nested mapping; its diagnostics join this one's when it is given back to `merge`.
    public mutating func mapping(_ key: String) -> YAMLFields? {
        guard let node = value(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            report(key, node, "should be a mapping of 'key: value' lines")
            return nil
        }
        let named = mapping.map { (key: $0.key.string ?? "\($0.key.any)", keyNode: $0.key, value: $0.value) }
        return YAMLFields(
            pairs: named.map { (key: $0.key, value: $0.value) },
            keyPlaces: Dictionary(named.compactMap { item in item.keyNode.mark.map { (item.key, YAMLPlace($0)) } }, uniquingKeysWith: { a, _ in a }),
            file: file, lineOffset: lineOffset, place: node.mark.map(YAMLPlace.init))
    }

    /// A value of any shape, as written: for another tool's structures that the typed reads do
    /// not cover (MkDocs' `nav:`). Texts lose what no page can show, as every read's do; a value
    /// of more than `limit` parts (aliases can make a small file a huge tree) is an error.
    public mutating func tree(_ key: String, limit: Int = 10_000) -> YAMLTree? {
        guard let node = value(key) else { return nil }
        var budget = limit
        guard let tree = tree(of: node, key: key, budget: &budget) else {
            report(key, node, "has more than \(limit) parts; write it without aliases, or shorter")
            return nil
        }
        return tree
    }

    private mutating func tree(of node: Node, key: String, budget: inout Int) -> YAMLTree? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            let position = position(of: node, key: key)
            return .text(shown(scalar.string, key: key, node: node), line: position.line, column: position.column)
        case .sequence(let sequence):
            var items: [YAMLTree] = []
            for item in sequence {
                guard let tree = tree(of: item, key: key, budget: &budget) else { return nil }
                items.append(tree)
            }
            return .list(items)
        case .mapping(let mapping):
            var pairs: [(key: String, value: YAMLTree)] = []
            for (name, value) in mapping {
                guard let tree = tree(of: value, key: key, budget: &budget) else { return nil }
                pairs.append((shown(name.string ?? "\(name.any)", key: key, node: name), tree))
            }
            return .mapping(pairs)
        default:
            return .list([])
        }
    }

    /// Takes in the diagnostics of a nested mapping read with `mapping(_:)`.
    public mutating func merge(_ nested: YAMLFields) {
        diagnostics.append(contentsOf: nested.diagnostics)
    }

    /// A key that was never read, where it stands, and the known key it may be a typo of.
    public struct UnknownKey: Sendable, Hashable {
        public var key: String
        public var line: Int?
        public var column: Int?
        public var suggestion: String?
    }

    /// The keys given that no read asked for, in the order written.
    public var unknownKeys: [UnknownKey] {
        let known = readKeys.sorted()
        return pairs.filter { !readKeys.contains($0.key) }.map { pair in
            let place = keyPlaces[pair.key]
            return UnknownKey(
                key: pair.key, line: place.map { $0.line + lineOffset }, column: place?.column,
                suggestion: closestCandidate(to: pair.key.lowercased(), in: known))
        }
    }

    /// Reports every key that was never read, suggesting the closest known one.
    public mutating func rejectUnknownKeys(context: String) {
        for unknown in unknownKeys {
            var message = "unknown key '\(unknown.key)' in \(context)"
            if let suggestion = unknown.suggestion {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; known keys: \(readKeys.sorted().joined(separator: ", "))"
            }
            diagnostics.append(.error(message, file: file, line: unknown.line, column: unknown.column))
        }
    }

    /// Adds a problem about what a value means (a type problem is reported by the reads).
    public mutating func appendError(_ message: String, at key: String) {
        let position = position(of: key)
        diagnostics.append(.error(message, file: file, line: position.line, column: position.column))
    }

    /// Adds a warning about a value that is left out.
    public mutating func appendWarning(_ message: String, at key: String) {
        let position = position(of: key)
        diagnostics.append(.warning(message, file: file, line: position.line, column: position.column))
    }

    /// The keys given, in the order written.
    public var keys: [String] { pairs.map(\.key) }

    /// The position of a key's value, for diagnostics about what it means rather than its type.
    public func position(of key: String) -> (line: Int?, column: Int?) {
        guard let node = pairs.first(where: { $0.key == key })?.value else {
            return (place.map { $0.line + lineOffset }, place?.column)
        }
        return position(of: node, key: key)
    }

    /// Where a node read for `key` stands: its mark, or for a value `FlatMapping` read, the
    /// place kept for the key's value.
    private func position(of node: Node, key: String) -> (line: Int?, column: Int?) {
        let place = node.mark.map(YAMLPlace.init) ?? valuePlaces[key]
        return (place.map { $0.line + lineOffset }, place?.column)
    }

    // MARK: Internals

    private mutating func value(_ key: String) -> Node? {
        readKeys.insert(key)
        guard let node = pairs.first(where: { $0.key == key })?.value else { return nil }
        return node.null == nil || node.isScalarEmpty ? node : nil
    }

    private mutating func report(_ key: String, _ node: Node, _ problem: String) {
        let position = position(of: node, key: key)
        diagnostics.append(.error("'\(key)' \(problem)", file: file, line: position.line, column: position.column))
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .error("invalid YAML: \(problem)", file: file, line: mark.line + lineOffset, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                "key '\(duplicates.joined(separator: "', '"))' is given twice; keep one", file: file,
                line: context.mark.line + lineOffset, column: context.mark.column)
        default:
            return .error("invalid YAML: \(error)", file: file, line: lineOffset + 1)
        }
    }
}

extension Node {
    fileprivate var isScalarEmpty: Bool {
        if case .scalar(let scalar) = self { return scalar.style != .plain && scalar.string.isEmpty }
        return false
    }
}

/// A YAML value of any shape; texts keep where they are written.
public indirect enum YAMLTree: Sendable {
    case text(String, line: Int?, column: Int?)
    case list([YAMLTree])
    case mapping([(key: String, value: YAMLTree)])
}

/// The candidate closest to `word`, if it is close enough to be what was meant: for "did you
/// mean" suggestions on keys, anchors and names. Cheap on hostile input: a word longer than any
/// name a person mistypes gets no suggestion, candidates of a too different length are skipped,
/// and a comparison stops once it is too far.
public func closestCandidate(to word: String, in candidates: [String]) -> String? {
    let word = Array(word.unicodeScalars)
    guard word.count <= longestSuggestedWord else { return nil }
    let limit = max(2, word.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let other = candidate.unicodeScalars
        guard abs(other.count - word.count) <= min(limit, best.map { $0.distance - 1 } ?? limit) else { continue }
        if let distance = editDistance(word, Array(other), atMost: best.map { $0.distance - 1 } ?? limit) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

private let longestSuggestedWord = 64

/// The Levenshtein distance of `a` and `b`, or nil when it is more than `limit`: only cells within
/// `limit` of the diagonal are computed, and a row that is all over the limit ends the search.
func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
    guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let beyond = limit + 1
    var previous = (0...b.count).map { $0 <= limit ? $0 : beyond }
    var current = Array(repeating: beyond, count: b.count + 1)
    for i in 1...a.count {
        let low = max(1, i - limit), high = min(b.count, i + limit)
        current[0] = i <= limit ? i : beyond
        if low > 1 { current[low - 1] = beyond }
        var rowBest = current[0]
        for j in low...high {
            let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            current[j] = min(value, beyond)
            rowBest = min(rowBest, current[j])
        }
        if high < b.count { current[high + 1] = beyond }
        if rowBest > limit { return nil }
        swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
}

extension String {
    /// A hexadecimal code point as Unicode writes it, four digits at least.
    fileprivate var leftPaddedCode: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}

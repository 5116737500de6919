/// Diagnostics as a person can act on them: of each kind, the first few, and the rest counted
/// (a handbook moved from another tool may have a thousand images without a description, and
/// the one broken link among them must not scroll away).
public struct DiagnosticDigest: Sendable {
    /// Diagnostics of one kind beyond those shown.
    public struct Omitted: Sendable, Hashable {
        public var severity: Diagnostic.Severity
        /// What they say, the names in it left out: `link to a missing file '…'`.
        public var kind: String
        public var count: Int

        /// `… and 1,560 more: the image has no description`.
        public var description: String {
            "… and \(count.withThousands) more \(severity.rawValue)s: \(kind)"
        }
    }

    public static let shownPerKind = 20

    /// In order of file and position.
    public private(set) var shown: [Diagnostic] = []
    /// In order of the kind's first diagnostic.
    public private(set) var omitted: [Omitted] = []

    /// `limit` of each kind (nil: all of them).
    public init(_ diagnostics: Diagnostics, limit: Int? = shownPerKind) {
        var seen: [String: Int] = [:]
        var omittedIndex: [String: Int] = [:]
        for diagnostic in diagnostics.sorted {
            let kind = Self.kind(of: diagnostic.message)
            let key = diagnostic.severity.rawValue + " " + kind
            let count = seen[key, default: 0]
            seen[key] = count + 1
            if let limit, count >= limit {
                if let index = omittedIndex[key] {
                    omitted[index].count += 1
                } else {
                    omittedIndex[key] = omitted.count
                    omitted.append(Omitted(severity: diagnostic.severity, kind: kind, count: 1))
                }
            } else {
                shown.append(diagnostic)
            }
        }
    }

    /// A message's first clause with what it quotes left out, so that two diagnostics about
    /// different files, links or keys are of one kind: `link to a missing file '…'`.
    public static func kind(of message: String) -> String {
        let clause = Array(message.prefix { $0 != ";" })
        var kind = ""
        var quoted = false
        for (index, character) in clause.enumerated() {
            // An apostrophe inside a word (`theme's`) neither opens nor closes a quote.
            let before = index > 0 ? clause[index - 1] : " ", after = index + 1 < clause.count ? clause[index + 1] : " "
            if character == "'", !quoted, !before.isLetter {
                kind += "'…'"
                quoted = true
            } else if character == "'", quoted, !after.isLetter {
                quoted = false
            } else if !quoted {
                kind.append(character)
            }
        }
        return kind.trimmingTrailingWhitespace
    }
}

extension Int {
    /// `1560` → `1,560`.
    public var withThousands: String {
        let digits = String(magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (self < 0 ? "-" : "") + grouped
    }
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}

/// Fires on spacing a careful writer fixes: two spaces between words, a space before a comma or
/// a full stop (`Здравствуйте !`), no space after a comma between words (`авария,связь`).
/// Numbers (`1,5`), URLs and e-mails are whole tokens and never fire; nor does indentation at
/// the start of a line.
public struct SpacingRule: StyleRule {
    public let info: RuleInfo
    private let noSpaceBefore: Set<Unicode.Scalar>
    private let spaceAfter: Set<Unicode.Scalar>
    private let doubleSpaces: Bool

    /// `noSpaceBefore` and `spaceAfter` are the marks, written together (`",.!?;:"`).
    public init(info: RuleInfo, noSpaceBefore: String, spaceAfter: String, doubleSpaces: Bool) {
        self.info = info
        self.noSpaceBefore = Set(noSpaceBefore.unicodeScalars)
        self.spaceAfter = Set(spaceAfter.unicodeScalars)
        self.doubleSpaces = doubleSpaces
    }

    public func findings(in draft: LintContext) -> [Finding] {
        var found: [Finding] = []
        for (index, message) in draft.messages.enumerated() {
            let text = message.text
            let tokens = text.tokens
            let scalars = text.scalars
            for position in tokens.indices.dropFirst() {
                let previous = tokens[position - 1], token = tokens[position]
                guard previous.line == token.line else { continue }
                let gap = token.offset - (previous.offset + previous.length)
                let range = (position - 1)...position
                // A punctuation token is one scalar.
                if gap > 0, token.kind == .punctuation, noSpaceBefore.contains(scalars[token.offset]), previous.kind != .punctuation,
                    !Self.startsEllipsisOrSmiley(scalars, at: token.offset)
                {
                    found.append(info.finding(in: message, at: index, tokens: range, suggestion: text.text(of: previous) + text.text(of: token)))
                } else if gap == 0, previous.kind == .punctuation, spaceAfter.contains(scalars[previous.offset]), token.kind == .word,
                    position >= 2, tokens[position - 2].kind == .word
                {
                    found.append(info.finding(in: message, at: index, tokens: (position - 2)...position,
                        suggestion: text.text(of: tokens[position - 2]) + text.text(of: previous) + " " + text.text(of: token)))
                } else if doubleSpaces, gap > 1, !Self.isBullet(text, at: position - 1),
                    scalars[(previous.offset + previous.length)..<token.offset].allSatisfy({ $0 == " " })
                {
                    found.append(info.finding(in: message, at: index, tokens: range, suggestion: text.text(of: previous) + " " + text.text(of: token)))
                }
            }
        }
        return found
    }

    /// A list marker at the start of a line (`-   пункт`), after which spaces align the text.
    private static func isBullet(_ text: MessageText, at position: Int) -> Bool {
        let tokens = text.tokens, token = tokens[position]
        let startsLine = position == 0 || tokens[position - 1].line != token.line
        return startsLine
            && (token.kind == .punctuation
                || (token.kind == .number && position + 1 < tokens.count && tokens[position + 1].kind == .punctuation
                    && text.firstScalar(of: tokens[position + 1]) == "."))
    }

    /// `…` written as dots and smileys such as `:)` may follow a space.
    private static func startsEllipsisOrSmiley(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset + 1 < scalars.count else { return false }
        let next = scalars[offset + 1]
        return (scalars[offset] == "." && next == ".") || (scalars[offset] == ":" && (next == ")" || next == "(" || next == "-"))
    }
}

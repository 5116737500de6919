public import HandbookBlocks

/// One agent turn of a dialogue as the draft it was: the agent's run of messages, with the
/// client's messages before it as context.
public struct DialogueTurn: Sendable {
    public var draft: Draft
    /// Where each of the draft's messages stands in the dialogue's `messages`.
    public var messageIndices: [Int]
}

extension Dialogue {
    /// How many of the client's latest messages a turn is linted with. Rules read the context
    /// for what the agent answers (a question, words the agent quotes back), which lies in the
    /// latest messages; a bound keeps a long dialogue linear to lint.
    public static let contextLimit = 20

    /// Each run of the agent's messages, in order, as a draft.
    public var turns: [DialogueTurn] {
        var turns: [DialogueTurn] = []
        var context: [String] = []
        var run: [Int] = []
        func endRun() {
            guard !run.isEmpty else { return }
            let draft = Draft(context: Array(context.suffix(Self.contextLimit)), messages: run.map { messages[$0].text })
            turns.append(DialogueTurn(draft: draft, messageIndices: run))
            run = []
        }
        for (index, message) in messages.enumerated() {
            if message.role == .client {
                endRun()
                context.append(message.text)
            } else {
                run.append(index)
            }
        }
        endRun()
        return turns
    }
}

extension Linter {
    /// The findings of a draft as read: a dialogue's turn by turn, with message indexes counting
    /// all the agent's messages; other input as one draft.
    public func lint(_ source: DraftSource) -> [Finding] {
        guard !source.turns.isEmpty else { return lint(source.draft) }
        var findings: [Finding] = []
        var offset = 0
        for turn in source.turns {
            for var finding in lint(turn.draft) {
                finding.messageIndex += offset
                findings.append(finding)
            }
            offset += turn.draft.messages.count
        }
        return findings
    }
}

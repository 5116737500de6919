import Synchronization

/// Answers by word that threads share (what the dictionary says a word is), emptied when it grows
/// past `limit`, so a stream of made-up words cannot grow it without bound.
final class AnswerMemory<Answer: Sendable>: Sendable {
    private let answers = Mutex<[WordKey: Answer]>([:])
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// nil: not looked at yet.
    func answer(for word: WordKey) -> Answer? {
        answers.withLock { $0[word] }
    }

    func remember(_ answer: Answer, for word: WordKey) {
        answers.withLock { answers in
            if answers.count >= limit { answers.removeAll(keepingCapacity: true) }
            answers[word] = answer
        }
    }
}

import ParallelMap
public import SourceFiles

/// Lints drafts as they are read: a batch at a time on every core, each draft's report handed on
/// in input order. Memory stays that of one batch, however long the input; the linter and its
/// style are shared by every draft. `handbook lint --input jsonl` and a server's batch endpoint
/// both run on it.
public struct BulkLint: Sendable {
    public let linter: Linter
    /// Findings below this severity are left out.
    public let minSeverity: Severity
    /// Drafts read before a batch is linted: enough to keep every core busy, few enough to hold.
    public let batchSize: Int

    public init(linter: Linter, minSeverity: Severity = .suggestion, batchSize: Int = 512) {
        self.linter = linter
        self.minSeverity = minSeverity
        self.batchSize = max(1, batchSize)
    }

    /// One draft's outcome: its findings, or why it could not be read.
    public enum Outcome: Sendable {
        case linted(DraftSource, [Finding])
        case unreadable(Diagnostic)

        /// Whether an error-level finding was found.
        public var hasError: Bool {
            guard case .linted(_, let findings) = self else { return false }
            return findings.contains { $0.severity == .error }
        }
    }

    /// Reads each input with `read` and lints it, both on every core; `report` turns an outcome
    /// into what `deliver` gets: each batch's reports, in the inputs' order, as soon as the batch is done.
    /// The inputs are taken `inout`, so a reader can tell afterwards whether its input ended well.
    public func run<Inputs: IteratorProtocol, Report: Sendable>(
        _ inputs: inout Inputs,
        read: @Sendable (Inputs.Element) -> Result<DraftSource, Diagnostic>,
        report: @Sendable (Outcome) -> Report,
        deliver: ([Report]) throws -> Void
    ) rethrows where Inputs.Element: Sendable {
        var batch: [Inputs.Element] = []
        batch.reserveCapacity(batchSize)
        while true {
            batch.removeAll(keepingCapacity: true)
            while batch.count < batchSize, let input = inputs.next() { batch.append(input) }
            if batch.isEmpty { return }
            try deliver(batch.concurrentMap { input in report(lint(read(input))) })
        }
    }

    /// The outcome of one draft as read.
    public func lint(_ draft: Result<DraftSource, Diagnostic>) -> Outcome {
        switch draft {
        case .success(let source): .linted(source, linter.lint(source).filter { $0.severity >= minSeverity })
        case .failure(let problem): .unreadable(problem)
        }
    }
}

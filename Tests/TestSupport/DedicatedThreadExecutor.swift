public import Foundation
import Synchronization

/// A task executor with one thread of its own, for tests that measure time: their tasks (and a
/// server's under test, whose task groups inherit the preference) then run at once, not behind
/// every other suite's work on Swift's few shared threads while the whole test run goes on.
public final class DedicatedThreadExecutor: TaskExecutor, Sendable {
    private let jobs = Mutex<[UnownedJob]>([])
    private let pending = DispatchSemaphore(value: 0)

    /// The thread runs for the rest of the process: keep one executor per suite, in a `static let`.
    public init(name: String) {
        let thread = Thread { [self] in
            while true {
                pending.wait()
                let job = jobs.withLock { $0.removeFirst() }
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
        }
        thread.name = name
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        pending.signal()
    }
}

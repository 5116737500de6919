import Foundation

/// Runs `first` and `second` at the same time and gives both results: for two stages that read
/// the same finished input (the site's pages and its search index, the site and the EPUB), so
/// that the one-core parts of each overlap the other instead of leaving a core idle.
///
/// `second` runs on a thread of its own rather than as an iteration of `concurrentPerform`
/// (Dispatch runs a `concurrentPerform` nested in another one serially, which would take the
/// stages' own `concurrentMap`s down to one core) or on a Dispatch queue: on Linux, Swift's
/// tasks run on Dispatch's few workers, and a build started from a task that is waiting here
/// must not need one of them to finish.
public func concurrently<First: Sendable, Second: Sendable>(
    _ first: () -> First, _ second: @escaping @Sendable () -> Second
) -> (First, Second) {
    nonisolated(unsafe) var secondResult: Second?
    let done = DispatchSemaphore(value: 0)
    // The result is written once by the thread and read only after it has signalled.
    let thread = Thread {
        secondResult = second()
        done.signal()
    }
    thread.name = "ParallelMap.concurrently"
    thread.start()
    let firstResult = first()
    done.wait()
    return (firstResult, secondResult!)
}

import Dispatch

/// Runs `first` and `second` at the same time and gives both results: for two stages that read
/// the same finished input (the site's pages and its search index, the site and the EPUB), so
/// that the one-core parts of each overlap the other instead of leaving a core idle.
///
/// `second` runs on a queue of its own rather than as an iteration of `concurrentPerform`:
/// Dispatch runs a `concurrentPerform` nested in another one serially, which would take the
/// stages' own `concurrentMap`s down to one core. A queue of its own also gets a thread of its
/// own when every worker of the global queues is busy (on Linux, Swift's tasks run on those):
/// queued there, `second` could wait behind the very tasks that wait for it.
public func concurrently<First: Sendable, Second: Sendable>(
    _ first: () -> First, _ second: @escaping @Sendable () -> Second
) -> (First, Second) {
    nonisolated(unsafe) var secondResult: Second?
    let done = DispatchGroup()
    // The result is written once by the queued block and read only after the group is done.
    DispatchQueue(label: "ParallelMap.concurrently").async(group: done) { secondResult = second() }
    let firstResult = first()
    done.wait()
    return (firstResult, secondResult!)
}

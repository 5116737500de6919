import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core at once, results in the array's order: for independent work (pages
    /// loaded, checked and rendered; drafts linted) whose output must not depend on scheduling.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            // Each index is written by exactly one worker, so the slots need no lock.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.baseAddress! + index).initialize(to: transform(self[index]))
            }
            initializedCount = count
        }
    }
}

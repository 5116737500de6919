import Foundation
import HandbookBlocks
import HandbookBuild
import SourceFiles
import StyleLint
import Synchronization

/// What the server answers with at one moment: the last good site, what is wrong with the
/// sources now, and the linter of the last good style. Replaced whole on every rebuild, so a
/// request always sees one consistent state.
struct SiteSnapshot: Sendable {
    /// The site's files by path, as `handbook build` would write them.
    var files: [String: Data] = [:]
    /// Counts rebuilds that changed something; pages compare it with the one they were served at.
    var version = 0
    /// The errors of the sources as they are now; while there are any, `files` is the last good site.
    var errors: [Diagnostic] = []
    /// Site files the last rebuild changed; nil when too many to list (a theme change), or when
    /// the change cannot be told (the first build).
    var changed: [String]? = nil
    var lint: LintService? = nil
    var language: HandbookLanguage = .ru
}

/// The style that lint requests are checked with, loaded once per change of the style.
struct LintService: Sendable {
    let style: Style
    let bulk: BulkLint
    let labels: BlockLabels

    init(style: Style, labels: BlockLabels) {
        self.style = style
        bulk = BulkLint(linter: Linter(style: style), batchSize: 64)
        self.labels = labels
    }
}

/// Holds the current snapshot and tells every open page about a new one.
final class SitePreview: Sendable {
    enum Event: Sendable {
        case site(SiteSnapshot)
        /// Keeps an idle event stream alive through proxies, and finds pages that went away.
        case heartbeat
    }

    /// The snapshot and the pages listening, under one lock: a page that starts listening while
    /// a snapshot is published gets the snapshots in order, never an older one after a newer.
    private struct State {
        var snapshot = SiteSnapshot()
        var listeners: [Int: AsyncStream<Event>.Continuation] = [:]
        var nextListener = 0
    }

    private let state = Mutex(State())

    var snapshot: SiteSnapshot { state.withLock { $0.snapshot } }

    func publish(_ snapshot: SiteSnapshot) {
        state.withLock { state in
            state.snapshot = snapshot
            // Yielding only buffers, so it is done under the lock, in order.
            for listener in state.listeners.values { listener.yield(.site(snapshot)) }
        }
    }

    func broadcast(_ event: Event) {
        state.withLock { state in
            for listener in state.listeners.values { listener.yield(event) }
        }
    }

    /// The current snapshot, then every later one, until the page goes away.
    func events() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(4))
        state.withLock { state in
            let id = state.nextListener
            state.nextListener += 1
            continuation.onTermination = { [weak self] _ in
                _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
            }
            state.listeners[id] = continuation
            continuation.yield(.site(state.snapshot))
        }
        return stream
    }

    /// Ends every event stream, so the server can stop.
    func finish() {
        let listeners = state.withLock { Array($0.listeners.values) }
        for listener in listeners { listener.finish() }
    }
}

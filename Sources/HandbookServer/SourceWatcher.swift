import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Tells which files under a handbook's folders changed, in batches: an editor's save is
/// several events (write, rename, attribute change), and a `git checkout` hundreds, so events
/// that come within `settle` of each other make one batch. Linux's inotify does the watching;
/// a folder made later is watched as it appears.
final class SourceWatcher: Sendable {
    /// Batches of paths relative to the root: files created, changed, moved or deleted.
    let changes: AsyncStream<Set<String>>

    private let root: URL
    private let state: Mutex<State>
    private let running = Atomic<Bool>(true)
    private let descriptor: Int32

    private struct State {
        /// Watched folder by watch descriptor, relative to the root ("" is the root itself).
        var folders: [Int32: String] = [:]
        /// Folders watched with everything under them; others (the root) only for their own files.
        var recursive: Set<String> = []
    }

    /// How long, in milliseconds, the watcher waits for more events before it hands on a batch.
    static let settleMilliseconds: Int32 = 15

    /// Watches `root`'s own files, and `folders` (relative to it) with everything under them.
    init(root: URL, folders: [String]) throws {
        self.root = root.standardizedFileURL
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw WatchError(reason: String(cString: strerror(errno))) }
        state = Mutex(State())
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        changes = stream
        watch(folder: "", recursive: false)
        watch(folders: folders)
        let thread = Thread { [self] in readEvents(into: continuation) }
        thread.name = "handbook-watcher"
        thread.start()
    }

    struct WatchError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot watch the handbook's files: \(reason)" }
    }

    /// Adds folders (relative to the root) to what is watched; folders already watched stay.
    func watch(folders: [String]) {
        for folder in folders where !folder.isEmpty && !folder.hasPrefix("/") && !folder.split(separator: "/").contains("..") {
            watch(folder: folder, recursive: true)
        }
    }

    /// Stands for every file in a batch: the kernel's queue overflowed and events were lost.
    static let everything = "*"

    /// Stops watching; the stream of changes ends.
    func stop() {
        running.store(false, ordering: .relaxed)
    }

    /// `rescan` walks the folder again even when it is watched already: a folder moved back in
    /// keeps its watch (the kernel's watch follows the folder), but its path is new.
    private func watch(folder: String, recursive: Bool, rescan: Bool = false) {
        let path = folder.isEmpty ? root.path : root.path + "/" + folder
        let mask = UInt32(IN_CREATE | IN_CLOSE_WRITE | IN_MODIFY | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
        // Symbolic links are not followed: the build leaves out a link to a folder.
        let added = inotify_add_watch(descriptor, path, mask | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW))
        guard added >= 0 else { return }
        let isNew = state.withLock { state in
            let isNew = state.folders[added] == nil
            state.folders[added] = folder
            if recursive { state.recursive.insert(folder) }
            return isNew
        }
        guard recursive, isNew || rescan else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            var info = stat()
            if lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                watch(folder: folder.isEmpty ? name : folder + "/" + name, recursive: true, rescan: rescan)
            }
        }
    }

    private func readEvents(into continuation: AsyncStream<Set<String>>.Continuation) {
        defer {
            close(descriptor)
            continuation.finish()
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: Set<String> = []
        while running.load(ordering: .relaxed) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Short waits while a batch is open, so it goes out once the events settle; otherwise
            // long enough to cost nothing, short enough to notice `stop()`.
            let wait: Int32 = pending.isEmpty ? 200 : Self.settleMilliseconds
            let ready = poll(&poller, 1, wait)
            if ready < 0, errno != EINTR { return }
            if ready <= 0 {
                if !pending.isEmpty {
                    continuation.yield(pending)
                    pending = []
                }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { continue }
            pending.formUnion(paths(in: buffer[..<count]))
        }
    }

    /// The changed paths an inotify read holds; new folders are watched on the way.
    private func paths(in events: ArraySlice<UInt8>) -> Set<String> {
        var paths: Set<String> = []
        var offset = events.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= events.endIndex {
            let (descriptorOfEvent, mask, nameLength) = events.withUnsafeBytes { bytes in
                let event = bytes.loadUnaligned(fromByteOffset: offset - events.startIndex, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = events[(offset + headerSize)..<min(offset + headerSize + nameLength, events.endIndex)]
            offset += headerSize + nameLength
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                paths.insert(Self.everything)
                continue
            }
            guard let (folder, recursive) = state.withLock({ state in state.folders[descriptorOfEvent].map { ($0, state.recursive.contains($0)) } }) else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                state.withLock { _ = $0.folders.removeValue(forKey: descriptorOfEvent) }
                continue
            }
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                paths.insert(folder)
                unwatch(under: folder)
                continue
            }
            guard !name.isEmpty, !name.hasPrefix(".") else { continue }
            let path = folder.isEmpty ? name : folder + "/" + name
            if recursive || folder.isEmpty {
                paths.insert(path)
            }
            if recursive, mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                unwatch(under: path)
            }
            if recursive, mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                watch(folder: path, recursive: true, rescan: true)
                // Files written into a new folder before its watch began are in no event.
                paths.formUnion(files(under: path))
            }
        }
        return paths
    }

    /// Stops watching a folder that went away and everything under it, so a folder moved out of
    /// the handbook is not followed, and its watches are not kept.
    private func unwatch(under folder: String) {
        let gone = state.withLock { state in
            let gone = state.folders.filter { $0.value == folder || $0.value.hasPrefix(folder + "/") }.map(\.key)
            for watch in gone { state.folders.removeValue(forKey: watch) }
            return gone
        }
        for watch in gone { inotify_rm_watch(descriptor, watch) }
    }

    private func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path + "/" + folder) else { return [] }
        return enumerator.compactMap { ($0 as? String).map { folder + "/" + $0 } }
    }
}

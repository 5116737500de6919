import Foundation
import Synchronization
import Testing
import TestSupport
@testable import HandbookServer

@Suite struct SourceWatcherTests {
    /// Everything the watcher hands on, collected as it comes (its stream has one reader).
    private final class Batches: Sendable {
        private final class Seen: Sendable {
            let batches = Mutex<[Set<String>]>([])
        }

        private let seen = Seen()
        private let reader: Task<Void, Never>

        init(_ watcher: SourceWatcher) {
            let seen = seen
            reader = Task { for await batch in watcher.changes { seen.batches.withLock { $0.append(batch) } } }
        }

        deinit { reader.cancel() }

        var all: [Set<String>] { seen.batches.withLock { $0 } }
        var paths: Set<String> { all.reduce(into: Set()) { $0.formUnion($1) } }

        /// Waits until `done` holds of what has come, or 5 s pass.
        func wait(until done: (Batches) -> Bool) async {
            let deadline = ContinuousClock.now + .seconds(5)
            while !done(self), ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        }
    }

    @Test func editsCreationsRenamesAndDeletionsAreReported() async throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "Handbook/part/b.md": "# B\n"])
        let watcher = try SourceWatcher(root: handbook.root, folders: ["Handbook"])
        defer { watcher.stop() }
        let batches = Batches(watcher)
        try handbook.write("# A, edited\n", to: "Handbook/a.md")
        try handbook.write("# B, edited\n", to: "Handbook/part/b.md")
        try FileManager.default.moveItem(at: handbook.url("Handbook/a.md"), to: handbook.url("Handbook/c.md"))
        try FileManager.default.removeItem(at: handbook.url("Handbook/part/b.md"))
        try handbook.write("title: Другое\n", to: "handbook.yml")
        let wanted: Set = ["Handbook/a.md", "Handbook/c.md", "Handbook/part/b.md", "handbook.yml"]
        await batches.wait { wanted.isSubset(of: $0.paths) }
        #expect(wanted.isSubset(of: batches.paths))
    }

    @Test func aFolderMovedInIsWatchedWithWhatItHolds() async throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "Staging/new/one.md": "# New\n"])
        let watcher = try SourceWatcher(root: handbook.root, folders: ["Handbook"])
        defer { watcher.stop() }
        let batches = Batches(watcher)
        // A moved folder's files make no events of their own: `git checkout` and `mv` work so.
        try FileManager.default.moveItem(at: handbook.url("Staging/new"), to: handbook.url("Handbook/new"))
        await batches.wait { $0.paths.contains("Handbook/new/one.md") }
        #expect(batches.paths.contains("Handbook/new/one.md"))
        try handbook.write("# Two\n", to: "Handbook/new/two.md")
        await batches.wait { $0.paths.contains("Handbook/new/two.md") }
        #expect(batches.paths.contains("Handbook/new/two.md"))
    }

    @Test func aRenamedFolderIsFollowedUnderItsNewNameDownToItsDeepestFolder() async throws {
        let handbook = try TemporaryHandbook(["Handbook/part/sub/deeper/deep.md": "# Deep\n"])
        let watcher = try SourceWatcher(root: handbook.root, folders: ["Handbook"])
        defer { watcher.stop() }
        let batches = Batches(watcher)
        try FileManager.default.moveItem(at: handbook.url("Handbook/part/sub"), to: handbook.url("Handbook/part/renamed"))
        await batches.wait { $0.paths.contains("Handbook/part/renamed/deeper/deep.md") }
        #expect(batches.paths.isSuperset(of: ["Handbook/part/sub", "Handbook/part/renamed/deeper/deep.md"]))
        try handbook.write("# Deep, edited\n", to: "Handbook/part/renamed/deeper/deep.md")
        await batches.wait { $0.all.last == ["Handbook/part/renamed/deeper/deep.md"] }
        #expect(batches.all.last == ["Handbook/part/renamed/deeper/deep.md"])
    }

    @Test func aFolderMovedOutIsNoLongerFollowed() async throws {
        let handbook = try TemporaryHandbook(["Handbook/part/a.md": "# A\n", "Handbook/b.md": "# B\n"])
        let watcher = try SourceWatcher(root: handbook.root, folders: ["Handbook"])
        defer { watcher.stop() }
        let batches = Batches(watcher)
        try FileManager.default.moveItem(at: handbook.url("Handbook/part"), to: handbook.url("Old"))
        await batches.wait { $0.paths.contains("Handbook/part") }
        try handbook.write("# A, edited where it went\n", to: "Old/a.md")
        try handbook.write("# B, edited\n", to: "Handbook/b.md")
        await batches.wait { $0.paths.contains("Handbook/b.md") }
        #expect(batches.paths.contains("Handbook/b.md"))
        #expect(!batches.paths.contains("Handbook/part/a.md"))
    }

    @Test func whatIsOutsideTheWatchedFoldersAndHiddenFilesAreNot() async throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "Other/x.md": "x\n"])
        let watcher = try SourceWatcher(root: handbook.root, folders: ["Handbook"])
        defer { watcher.stop() }
        let batches = Batches(watcher)
        try handbook.write("y\n", to: "Other/x.md")
        try handbook.write("swap\n", to: "Handbook/.a.md.swp")
        try handbook.write("# A2\n", to: "Handbook/a.md")
        await batches.wait { $0.paths.contains("Handbook/a.md") }
        let all = batches.paths
        #expect(all.contains("Handbook/a.md"))
        #expect(!all.contains("Other/x.md") && !all.contains { $0.hasSuffix(".swp") })
    }

    @Test func manyQuickEventsComeInFewBatches() async throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n"])
        let watcher = try SourceWatcher(root: handbook.root, folders: ["Handbook"])
        defer { watcher.stop() }
        let batches = Batches(watcher)
        for index in 0..<200 { try handbook.write("# \(index)\n", to: "Handbook/page-\(index).md") }
        await batches.wait { $0.paths.count >= 200 }
        #expect(batches.paths == Set((0..<200).map { "Handbook/page-\($0).md" }))
        #expect(batches.all.count < 20)
    }
}

import Foundation
import HandbookBuild
import HandbookKit
import SourceFiles
import StyleLint

/// Keeps the served site in step with the sources: the first build, then a rebuild of what each
/// batch of changed files touches, each published as a new snapshot.
struct PreviewBuilder: Sendable {
    /// What a rebuild did, for the terminal.
    struct Rebuild: Sendable {
        var changedFiles: [String]
        var removedFiles: [String]
        /// What the sources have wrong that they did not have before this change.
        var newDiagnostics: [Diagnostic]
        var failed: Bool
        var duration: Duration
    }

    /// More changed files than this reload every open page: listing them would cost more than it saves.
    static let listedChanges = 200

    private(set) var site: LiveSite
    private(set) var snapshot: SiteSnapshot

    init(root: URL) {
        site = LiveSite(root: root)
        snapshot = SiteSnapshot()
        snapshot = next(after: nil, changed: nil, previous: nil)
    }

    /// The folders whose files the site is made from, relative to the root.
    var sourceFolders: [String] { site.handbook?.config.sourceFolders ?? [] }

    /// Takes in a batch of changed files (relative to the root); `SourceWatcher.everything`
    /// among them builds the site again from scratch.
    mutating func update(changed: Set<String>) -> Rebuild {
        let started = ContinuousClock.now
        let previous = site.handbook
        let before = Set(site.diagnostics.items)
        var update: LiveSite.Update
        if changed.contains(SourceWatcher.everything) {
            let files = site.files
            site = LiveSite(root: site.root)
            update = LiveSite.Update(failed: site.diagnostics.hasErrors)
            update.changed = site.files.filter { files[$0.key] != $0.value }.map(\.key).sorted()
            update.removed = files.keys.filter { site.files[$0] == nil }.sorted()
        } else {
            update = site.update(changed: changed)
        }
        let touched = update.changed + update.removed
        snapshot = next(after: snapshot, changed: touched.count > Self.listedChanges ? nil : touched, previous: previous)
        return Rebuild(
            changedFiles: update.changed, removedFiles: update.removed,
            newDiagnostics: site.diagnostics.sorted.filter { !before.contains($0) }, failed: update.failed,
            duration: ContinuousClock.now - started)
    }

    private func next(after earlier: SiteSnapshot?, changed: [String]?, previous: Handbook?) -> SiteSnapshot {
        var snapshot = SiteSnapshot()
        snapshot.files = site.files
        snapshot.errors = site.diagnostics.sorted.filter { $0.severity == .error }
        snapshot.changed = changed
        snapshot.language = site.handbook?.config.language ?? earlier?.language ?? .ru
        if let handbook = site.handbook, let style = handbook.style {
            let kept = previous.flatMap { handbook.sharesStyle(with: $0) && handbook.config == $0.config ? earlier?.lint : nil }
            if kept == nil {
                // The build may not have needed the dictionary; the lint API will.
                style.startLoadingDictionary()
            }
            snapshot.lint = kept ?? LintService(style: style, labels: handbook.config.blockLabels)
        } else {
            // A style that fails to load leaves the last good one answering.
            snapshot.lint = earlier?.lint
        }
        let somethingChanged = earlier.map { changed != [] || $0.errors != snapshot.errors } ?? true
        snapshot.version = (earlier?.version ?? 0) + (somethingChanged ? 1 : 0)
        return snapshot
    }
}

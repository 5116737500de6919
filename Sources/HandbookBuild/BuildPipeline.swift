public import Foundation
import EPUBWriter
import HandbookBlocks
import HandbookKit
import ParallelMap
import SiteRenderer
public import SourceFiles
import Synchronization

/// What a build or check did.
public struct BuildReport: Sendable {
    public var diagnostics = Diagnostics()
    /// The site folder written, if the build wrote one.
    public var output: URL?
    public var pageCount = 0

    /// Whether the command should fail: on errors, and on warnings when strict.
    public func failed(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
    }
}

/// `build` and `check` over the stages of ``Handbook``: load, check, then (for a build) render
/// the pages, write the site and the EPUB into a staging folder and swap it in.
public struct BuildPipeline {
    public let root: URL
    /// Receives `[i/n] step` lines as the build goes.
    public var progress: (String) -> Void

    public init(root: URL, progress: @escaping (String) -> Void = { _ in }) {
        self.root = root
        self.progress = progress
    }

    /// Validates everything `build` validates, writing nothing.
    public func check() -> BuildReport {
        run(writing: false)
    }

    /// Builds the site and, with `epub`, the EPUB in it; on errors (or warnings, when `strict`)
    /// the previous site is left untouched.
    public func build(strict: Bool = false, epub: Bool = true) -> BuildReport {
        run(writing: true, strict: strict, epub: epub)
    }

    private func run(writing: Bool, strict: Bool = false, epub: Bool = false) -> BuildReport {
        var report = BuildReport()
        let steps = writing ? (epub ? 5 : 4) : 2
        progress("[1/\(steps)] Loading \(HandbookConfig.fileName), the chapters, examples, style and theme")
        let (loaded, loadDiagnostics) = Handbook.load(root: root)
        report.diagnostics.append(contentsOf: loadDiagnostics)
        guard let handbook = loaded else { return report }
        report.pageCount = handbook.pageCount

        progress("[2/\(steps)] Checking links, blocks, rule references and examples")
        report.diagnostics.append(contentsOf: handbook.check())
        guard writing, !report.failed(strict: strict) else { return report }

        let config = handbook.config
        let folder = OutputFolder(url: handbook.outputURL)
        if let refusal = folder.refusal(root: root, sources: config.sourceFolders.map { root.appendingPathComponent($0) }) {
            report.diagnostics.append(.error(refusal, file: HandbookConfig.fileName))
            return report
        }
        do {
            try folder.prepareStaging()
            progress("[3/\(steps)] Rendering the pages")
            let pages = handbook.renderPages(for: epub ? [.site, .book] : [.site])
            progress("[4/\(steps)] Writing the site into \(config.outputFolder)/")
            if epub { progress("[5/\(steps)] Writing the EPUB \(config.outputFolder)/\(EbookRenderer.fileName)") }
            let output = FolderOutput(folder: folder.staging)
            // The book is made from the same page bodies while the site is written.
            let (site, book) = concurrently({
                Result { try handbook.writeSite(pages, to: output) }
            }, {
                epub ? Result { try handbook.renderEPUB(pages) } : nil
            })
            try site.get()
            if let book {
                let (bytes, diagnostics) = try book.get()
                report.diagnostics.append(contentsOf: diagnostics)
                try output.write(bytes, to: EbookRenderer.fileName)
                guard !report.failed(strict: strict) else {
                    folder.discardStaging()
                    return report
                }
            }
            try folder.swapIn()
            report.output = folder.url
            LastReference(consume pages).dropLater()
            LastReference(consume handbook).dropLater()
        } catch var diagnostic as Diagnostic {
            folder.discardStaging()
            diagnostic.message += "; the previous site is unchanged"
            report.diagnostics.append(diagnostic)
        } catch {
            folder.discardStaging()
            let reason = (error as? OutputRefusal)?.description ?? error.localizedDescription
            report.diagnostics.append(.error("could not write the site: \(reason); the previous site is unchanged", file: config.outputFolder))
        }
        return report
    }
}

/// The last reference to a loaded book or its pages, to be dropped on a thread of the concurrency
/// pool instead of this one: dropping it frees every chapter, page and index entry, one by one on
/// one core, after the site is complete. A command exits right after and need not wait for that
/// (as compilers leave their trees to the exit); a long-lived caller loses nothing.
private final class LastReference<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: consuming Value) {
        self.value = Mutex(value)
    }

    func dropLater() {
        Task.detached(priority: .background) { self.value.withLock { $0 = nil } }
    }
}

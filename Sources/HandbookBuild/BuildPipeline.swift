public import Foundation
import EPUBWriter
import HandbookBlocks
import HandbookKit
import SiteRenderer
public import SourceFiles

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

/// The whole pipeline, step by step: read `handbook.yml`, load the chapters, check them, load the
/// theme, then (for a build) render the site into a staging folder and swap it in.
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
        let steps = writing ? (epub ? 6 : 5) : 4
        progress("[1/\(steps)] Reading \(HandbookConfig.fileName)")
        let (loadedConfig, configDiagnostics) = HandbookConfig.load(root: root)
        report.diagnostics.append(contentsOf: configDiagnostics)
        guard let config = loadedConfig else { return report }

        progress("[2/\(steps)] Loading chapters from \(config.chaptersFolder)/")
        var (book, loadDiagnostics) = BookLoader(root: root, config: config).load()
        report.diagnostics.append(contentsOf: loadDiagnostics)
        report.pageCount = book.readingOrder.count + 1

        progress("[3/\(steps)] Checking links, blocks and rule references")
        let (style, styleDiagnostics) = LintStyle.handbookStyle(root: root, config: config)
        report.diagnostics.append(contentsOf: styleDiagnostics)
        report.diagnostics.append(contentsOf: BookCheck.run(book, ruleIDs: Set(style?.rules.map(\.info.id) ?? [])))
        book.rules = (style?.rules ?? []).map {
            RuleSummary(id: $0.info.id, level: $0.info.severity.rawValue, description: $0.info.description, message: $0.info.message)
        }
        report.diagnostics.append(contentsOf: ExampleCheck.run(book.examples, style: style))
        if let style { report.diagnostics.append(contentsOf: ChapterDialogueCheck.run(book, style: style)) }
        // The loader keeps `rules` and `examples` free for these pages.
        report.pageCount += (book.rules.isEmpty ? 0 : book.rules.count + 1) + (book.examples.isEmpty ? 0 : book.examples.count + 1)

        progress("[4/\(steps)] Loading the theme")
        let (theme, themeDiagnostics) = Theme.load(root: root, config: config)
        report.diagnostics.append(contentsOf: themeDiagnostics)

        guard writing, !report.failed(strict: strict) else { return report }
        progress("[5/\(steps)] Rendering the site into \(config.outputFolder)/")
        let folder = OutputFolder(url: outputURL(config))
        if let refusal = folder.refusal(root: root, sources: config.sourceFolders.map { root.appendingPathComponent($0) }) {
            report.diagnostics.append(.error(refusal, file: HandbookConfig.fileName))
            return report
        }
        do {
            try folder.prepareStaging()
            let pages = PageBodies(book: book).renderAll()
            let output = FolderOutput(folder: folder.staging)
            try SiteRenderer(book: book, theme: theme, sourceRoot: root).render(to: output, pages: pages)
            if epub {
                progress("[6/\(steps)] Writing the EPUB \(config.outputFolder)/\(EbookRenderer.fileName)")
                let renderer = EbookRenderer(book: book, pages: pages, sourceRoot: root, modified: SourceDate.of(root: root, config: config))
                let (bytes, diagnostics) = try renderer.render()
                report.diagnostics.append(contentsOf: diagnostics)
                try output.write(Data(bytes), to: EbookRenderer.fileName)
                guard !report.failed(strict: strict) else {
                    folder.discardStaging()
                    return report
                }
            }
            try folder.swapIn()
            report.output = folder.url
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

    private func outputURL(_ config: HandbookConfig) -> URL {
        config.outputFolder.hasPrefix("/")
            ? URL(fileURLWithPath: config.outputFolder) : root.appendingPathComponent(config.outputFolder)
    }
}

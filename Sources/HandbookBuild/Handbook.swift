import EPUBWriter
public import Foundation
import Markdown
import ParallelMap
public import HandbookKit
public import Pages
public import SiteRenderer
public import SourceFiles
public import StyleLint

/// A handbook read from its folder, every part once: `handbook.yml`, the chapters and examples
/// (each document parsed and each block read once), the lint style and the theme. The stages
/// after loading are functions on it: ``check()``, ``renderPages()``, ``writeSite(_:to:)`` and
/// ``renderEPUB(_:)``; `build`, `check` and anything that keeps a handbook loaded call them.
public struct Handbook: Sendable {
    public let root: URL
    /// The chapters and examples, with the style's rules for their pages.
    public internal(set) var book: Book
    /// Where the book's links lead, worked out once for the checks and the renderers.
    public internal(set) var links: LinkResolver
    /// The lint style named in `handbook.yml`; nil when the styles folder has none.
    public var style: Style? { loadedStyle.value }
    public var theme: Theme { loadedTheme.value }
    var loadedStyle: Loaded<Style?>
    var loadedTheme: Loaded<Theme>
    private var configDiagnostics: Diagnostics
    private var bookDiagnostics: Diagnostics

    public var config: HandbookConfig { book.config }

    /// Whether `other` holds the very style this one does, not loaded again: a server keeps its
    /// linter while the style's files are untouched.
    public func sharesStyle(with other: Handbook) -> Bool { loadedStyle === other.loadedStyle }

    /// What loading found wrong.
    public var diagnostics: Diagnostics {
        Diagnostics(merging: [configDiagnostics, bookDiagnostics, loadedStyle.diagnostics, loadedTheme.diagnostics])
    }

    /// Loads the handbook at `root`. Nil, with the reasons, only when `handbook.yml` is unusable;
    /// any other problem is a diagnostic of a handbook still loaded as far as it goes.
    public static func load(root: URL) -> (Handbook?, Diagnostics) {
        load(root: root, reusing: nil, changed: [])
    }

    /// The handbook loaded again after the files `changed` (paths relative to the root) changed:
    /// the chapters and examples that did not change, and the style and theme when nothing in
    /// their folders did, are taken from this one instead of being read and parsed again.
    public func reloaded(changed: Set<String>) -> (Handbook?, Diagnostics) {
        Self.load(root: root, reusing: self, changed: changed)
    }

    private static func load(root: URL, reusing previous: Handbook?, changed: Set<String>) -> (Handbook?, Diagnostics) {
        let (loadedConfig, configDiagnostics) = HandbookConfig.load(root: root)
        guard let config = loadedConfig else { return (nil, configDiagnostics) }
        let kept = previous.flatMap { $0.config == config ? $0 : nil }
        func touched(_ folder: String?) -> Bool {
            guard let folder else { return false }
            return changed.contains { $0 == folder || $0.hasPrefix(folder + "/") }
        }
        let keptStyle = kept.flatMap { touched(config.stylesFolder) ? nil : $0.loadedStyle }
        let keptTheme = kept.flatMap { touched(config.themeFolder) ? nil : $0.loadedTheme }
        // The style and theme are read while the chapters are: reading a style is mostly one core's work.
        // Its dictionary is read only for a handbook with something to lint: with examples, at once.
        let hasExamples = config.hasExampleFiles(root: root)
        let ((loadedBook, bookDiagnostics), (style, theme)) = concurrently({
            BookLoader(root: root, config: config).load(reusing: kept?.book, changed: changed)
        }, {
            let style = keptStyle ?? Loaded(config.lintStyle(root: root, dictionary: hasExamples ? .atOnce : .onFirstUse))
            return (style, keptTheme ?? Loaded(Theme.load(root: root, config: config)))
        })
        if loadedBook.hasDialogues { style.value?.startLoadingDictionary() }
        var book = loadedBook
        book.rules = Self.ruleSummaries(style.value)
        let handbook = Handbook(
            root: root, book: book, links: LinkResolver(book: book), loadedStyle: style, loadedTheme: theme,
            configDiagnostics: configDiagnostics, bookDiagnostics: bookDiagnostics)
        return (handbook, handbook.diagnostics)
    }

    static func ruleSummaries(_ style: Style?) -> [RuleSummary] {
        (style?.rules ?? []).map {
            RuleSummary(id: $0.info.id, name: $0.info.name, level: $0.info.severity.rawValue, description: $0.info.description, message: $0.info.message)
        }
    }

    /// The pages the site gets: the front page, the chapters, the examples and rules with their
    /// index pages, the whole book on one page, and the lint page that comes with a style.
    public var pageCount: Int {
        book.readingOrder.count + 2 + (book.rules.isEmpty ? 0 : book.rules.count + 2) + (book.examples.isEmpty ? 0 : book.examples.count + 1)
    }

    /// Everything a build validates beyond loading: links, anchors and blocks; `rule:` links and
    /// notes against the style; the examples and the chapters' graded dialogues against the linter.
    public func check() -> Diagnostics {
        check(reusing: nil).diagnostics
    }

    /// The check, taking from `previous` (a check of an earlier load) what cannot have changed:
    /// a page's link checks when its document is the same and its links lead where they did
    /// (`LinkTargets`), and the linting of the examples and of each page's dialogues when neither
    /// they nor the style changed.
    func check(reusing previous: CheckResults?) -> CheckResults {
        var results = CheckResults(style: loadedStyle, targets: LinkTargets(book))
        let sameStyle = previous?.style === loadedStyle
        let ruleIDs = Set(book.rules.map(\.id)), links = links
        // Nil when any page's links may lead elsewhere now, so every page is checked again.
        let linksChanged = previous.flatMap { results.targets.linksChanged(since: $0.targets, resolver: links) }
        results.links = PageResults(BookCheck.pages(of: book), reusing: linksChanged == nil ? nil : previous?.links, stillValid: { !(linksChanged?($0) ?? true) }) {
            BookCheck.check($0, resolver: links, ruleIDs: ruleIDs)
        }
        let exampleDocuments = book.examples.map(\.document)
        if sameStyle, let kept = previous?.examples, kept.documents.count == exampleDocuments.count,
            zip(kept.documents, exampleDocuments).allSatisfy({ $0 === $1 }) {
            results.examples = kept
        } else {
            results.examples = (exampleDocuments, ExampleCheck.run(book.examples, style: style))
        }
        if let style {
            results.dialogues = ChapterDialogueCheck.run(book, style: style, reusing: sameStyle ? previous?.dialogues : nil)
        }
        return results
    }

    /// Every page's body for each of `targets` (the site, and the EPUB's when it is made),
    /// each chapter rendered for all of them from its one parse.
    public func renderPages(for targets: [PageTarget] = [.site, .book]) -> RenderedPages {
        PageBodies(book: book, resolver: links, targets: targets).renderAll()
    }

    /// The site's renderer: its frames, sidebar and strings, prepared once.
    public var siteRenderer: SiteRenderer {
        SiteRenderer(book: book, theme: theme, sourceRoot: root)
    }

    /// Writes the site (pages in the theme's frame, assets) into `output`: a folder or memory.
    public func writeSite(_ pages: RenderedPages, to output: some SiteOutput) throws {
        try siteRenderer.render(to: output, pages: pages)
    }

    /// The EPUB's bytes, and warnings about what the book could not hold as written.
    public func renderEPUB(_ pages: RenderedPages, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ([UInt8], Diagnostics) {
        let modified = SourceDate.of(root: root, config: config, environment: environment)
        return try EbookRenderer(book: book, pages: pages, sourceRoot: root, modified: modified).render()
    }

    /// Where `handbook.yml` puts the site.
    public var outputURL: URL {
        config.outputFolder.hasPrefix("/") ? URL(fileURLWithPath: config.outputFolder) : root.appendingPathComponent(config.outputFolder)
    }
}

/// A part of a handbook loaded from its own folder (the style, the theme), with what loading it
/// found wrong. Each load is a new object, so a check can tell a part kept from a part read again.
final class Loaded<Value: Sendable>: Sendable {
    let value: Value
    let diagnostics: Diagnostics

    init(_ loaded: (Value, Diagnostics)) {
        (value, diagnostics) = loaded
    }
}

/// What checking a handbook found, kept by part so that a check after a change redoes only what
/// the change touched.
struct CheckResults: Sendable {
    /// The style the examples and dialogues were linted with.
    var style: Loaded<Style?>
    /// What the links could lead to.
    var targets: LinkTargets
    var links: PageResults?
    var examples: (documents: [ParsedDocument], diagnostics: Diagnostics)?
    var dialogues: PageResults?

    var diagnostics: Diagnostics {
        Diagnostics(merging: [links?.diagnostics, examples?.diagnostics, dialogues?.diagnostics].compactMap { $0 })
    }
}

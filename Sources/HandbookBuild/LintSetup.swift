public import Foundation
public import HandbookBlocks
import Pages
import HandbookKit
import SiteRenderer
public import SourceFiles
public import StyleLint

/// What `handbook lint` and `handbook rules` work with, from one reading of `handbook.yml`: the
/// style, the labels dialogues are written with, and where each rule's page is.
public struct LintSetup: Sendable {
    public var style: Style
    /// The handbook's role labels (its own, when handbook.yml names them); Russian without a handbook.
    public var labels: BlockLabels
    public var links: RuleLinks

    /// The style `folder` when given; otherwise the handbook's style (see `HandbookConfig.lintStyle`),
    /// or without a handbook.yml in `root`, `Styles/ru-support` there or the built-in `ru-support`.
    /// Findings link the handbook's rule pages: under its `url:`, or in its built site, as a path
    /// from where the command runs (`rootShown` is the handbook's folder as the user gave it).
    public static func load(style folder: String?, root: URL, rootShown: String = ".") -> (LintSetup?, Diagnostics) {
        var config: HandbookConfig?
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(HandbookConfig.fileName).path) {
            let (loaded, diagnostics) = HandbookConfig.load(root: root)
            guard let loaded else { return (nil, diagnostics) }
            config = loaded
        }
        let (style, diagnostics) = loadStyle(folder: folder, root: root, config: config)
        guard let style else { return (nil, diagnostics) }
        let labels = config?.blockLabels ?? .russian
        // A style named on the command line is not the one the handbook's pages explain.
        guard let config, folder == nil else { return (LintSetup(style: style, labels: labels, links: RuleLinks(style: style)), diagnostics) }
        var shown = rootShown
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        let site = config.outputFolder.hasPrefix("/") || shown == "." ? config.outputFolder : shown + (shown == "/" ? "" : "/") + config.outputFolder
        let base = config.url ?? site + "/"
        return (LintSetup(style: style, labels: labels, links: RuleLinks(style: style) { base + PagePaths.rulePage($0) }), diagnostics)
    }

    private static func loadStyle(folder: String?, root: URL, config: HandbookConfig?) -> (Style?, Diagnostics) {
        // A style named on the command line may be read from its own folder too; others, as in a
        // build, only from inside the handbook, so `lint` and `check` load the same rules.
        if let folder {
            let url = URL(fileURLWithPath: folder, relativeTo: root).standardizedFileURL
            return Style.load(url, displayPath: folder, boundary: SourceBoundary(folders: [root, url]))
        }
        // Without handbook.yml, the defaults: Styles/ru-support here, else the built-in one.
        let config = config ?? HandbookConfig(title: "")
        let (style, diagnostics) = config.lintStyle(root: root)
        guard style != nil || !diagnostics.items.isEmpty else {
            return (nil, Diagnostics([.error(
                "the handbook has no lint style (none is built in for '\(config.language.rawValue)'); pass --style DIR, "
                    + "or put one in '\(config.stylesFolder)' and name it in 'lint: style:'",
                file: HandbookConfig.fileName)]))
        }
        return (style, diagnostics)
    }
}

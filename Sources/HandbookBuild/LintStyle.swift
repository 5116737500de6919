public import Foundation
public import HandbookBlocks
import HandbookKit
public import SourceFiles
public import StyleLint

/// Finds and loads the style `handbook lint` and `handbook rules` use.
public enum LintStyle {
    /// The labels dialogues are written with in the handbook at `root` (its own role labels,
    /// when handbook.yml names them); the Russian ones without a readable handbook.yml.
    public static func dialogueLabels(root: URL) -> BlockLabels {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(HandbookConfig.fileName).path),
            let config = HandbookConfig.load(root: root).0
        else { return .russian }
        return config.blockLabels
    }

    /// The style of a handbook's `lint.style`, when its folder exists; a handbook without a styles
    /// folder has no style (and no rules to link to), which is not an error.
    static func handbookStyle(root: URL, config: HandbookConfig) -> (Style?, Diagnostics) {
        let path = config.stylesFolder + "/" + config.lintStyle
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, Diagnostics()) }
        return Style.load(url, displayPath: path, boundary: config.sourceBoundary(root: root))
    }

    /// `folder` when given; otherwise the handbook's style (`lint.style` in `folders.styles` of
    /// `handbook.yml` in `root`), or `Styles/ru-support` in `root` when there is no handbook.yml.
    public static func load(folder: String?, root: URL) -> (Style?, Diagnostics) {
        // A style named on the command line may be read from its own folder too; others, as in a
        // build, only from inside the handbook, so `lint` and `check` load the same rules.
        if let folder {
            let url = URL(fileURLWithPath: folder, relativeTo: root).standardizedFileURL
            return Style.load(url, displayPath: folder, boundary: SourceBoundary(folders: [root, url]))
        }
        var stylesFolder = HandbookConfig(title: "").stylesFolder
        var name = HandbookConfig(title: "").lintStyle
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(HandbookConfig.fileName).path) {
            let (config, diagnostics) = HandbookConfig.load(root: root)
            guard let config else { return (nil, diagnostics) }
            stylesFolder = config.stylesFolder
            name = config.lintStyle
        }
        let path = stylesFolder + "/" + name
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (nil, Diagnostics([.error(
                "no style at '\(path)'; pass --style DIR, or run the command in the handbook's folder (or with --root DIR)",
                file: path)]))
        }
        return Style.load(url, displayPath: path, boundary: SourceBoundary(folders: [root]))
    }
}

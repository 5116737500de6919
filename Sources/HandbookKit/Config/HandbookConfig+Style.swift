public import Foundation
public import SourceFiles
public import StyleLint

extension HandbookConfig {
    /// The handbook's lint style (`lint.style` in the styles folder), read only from inside the
    /// handbook; nil without diagnostics when there is no such folder: a handbook without a style
    /// has no rules to check or link to, which is not an error.
    public func lintStyle(root: URL) -> (Style?, Diagnostics) {
        let url = root.appendingPathComponent(lintStylePath)
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, Diagnostics()) }
        return Style.load(url, displayPath: lintStylePath, boundary: sourceBoundary(root: root))
    }

    /// The file of the lint style's rule `id`, relative to the handbook's folder (a rule's id is
    /// its file's name).
    public func ruleFile(_ id: String) -> String {
        lintStylePath + "/" + id + ".yml"
    }

    private var lintStylePath: String { stylesFolder + "/" + lintStyle }
}

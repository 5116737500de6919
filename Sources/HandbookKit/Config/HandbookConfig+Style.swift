public import Foundation
public import SourceFiles
public import StyleLint

extension HandbookConfig {
    /// The handbook's lint style (`lint.style` in the styles folder), read only from inside the
    /// handbook; nil without diagnostics when there is no such folder: a handbook without a style
    /// has no rules to check or link to, which is not an error.
    public func lintStyle(root: URL) -> (Style?, Diagnostics) {
        let path = stylesFolder + "/" + lintStyle
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, Diagnostics()) }
        return Style.load(url, displayPath: path, boundary: sourceBoundary(root: root))
    }
}

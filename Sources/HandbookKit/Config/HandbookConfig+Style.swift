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
        var (style, diagnostics) = Style.load(url, displayPath: lintStylePath, boundary: sourceBoundary(root: root))
        if let style { diagnostics.append(contentsOf: languageCheck(style)) }
        return (style, diagnostics)
    }

    /// A style that checks another language than the handbook's finds nothing useful in its
    /// dialogues and shows its rule pages in the wrong language, which the author is told.
    func languageCheck(_ style: Style) -> Diagnostics {
        guard style.settings.language != language else { return Diagnostics() }
        return Diagnostics([.warning(
            "the handbook is in '\(language.rawValue)' (language:), but its lint style '\(style.name)' checks '\(style.settings.language.rawValue)' "
                + "(language: in its \(StyleSettings.fileName)); its findings and rule pages are in that language. "
                + "Name a style in the handbook's language in 'lint: style:', or write one",
            file: Self.fileName)])
    }

    /// The file of the lint style's rule `id`, relative to the handbook's folder (a rule's id is
    /// its file's name).
    public func ruleFile(_ id: String) -> String {
        lintStylePath + "/" + id + ".yml"
    }

    private var lintStylePath: String { stylesFolder + "/" + lintStyle }
}

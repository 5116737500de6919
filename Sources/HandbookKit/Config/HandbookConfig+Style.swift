import BuiltinStyles
public import Foundation
public import SourceFiles
public import StyleLint

extension HandbookConfig {
    /// The handbook's lint style: `lint.style` in the styles folder, read only from inside the
    /// handbook; else the built-in style of that name, when handbook.yml names it or when the
    /// handbook has no styles folder and is in the built-in style's language. Without a styles
    /// folder or a name, a handbook in a language with no built-in style has no style, which is
    /// not an error: it has no rules to check or link to; nor is `lint: style: none`.
    public func lintStyle(root: URL, dictionary: Style.DictionaryLoading = .atOnce) -> (Style?, Diagnostics) {
        guard hasLintStyle else { return (nil, Diagnostics()) }
        let url = root.appendingPathComponent(lintStylePath)
        let stylesFolder = root.appendingPathComponent(self.stylesFolder)
        var (style, diagnostics): (Style?, Diagnostics)
        if FileManager.default.fileExists(atPath: url.path) {
            (style, diagnostics) = Style.load(url, displayPath: lintStylePath, boundary: sourceBoundary(root: root), dictionary: dictionary)
        } else if let builtin = builtinStyle, namesLintStyle || (!FileManager.default.fileExists(atPath: stylesFolder.path) && builtin.language == language) {
            (style, diagnostics) = builtin.load(dictionary: dictionary)
        } else if namesLintStyle || FileManager.default.fileExists(atPath: stylesFolder.path) {
            return (nil, Diagnostics([missingStyle(in: stylesFolder)]))
        } else {
            return (nil, Diagnostics())
        }
        if let style { diagnostics.append(contentsOf: languageCheck(style)) }
        return (style, diagnostics)
    }

    /// The built-in style `lint.style` names, if the program has one by that name.
    var builtinStyle: BuiltinStyle? { BuiltinStyle.named(lintStyle) }

    /// Whether the rules' files are the handbook's own, which a page can link to for a fix.
    public func hasOwnStyle(root: URL) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(lintStylePath).path)
    }

    /// Where the style was looked for and what is there, so a misspelt name is seen at once.
    private func missingStyle(in folder: URL) -> Diagnostic {
        let found = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && (try? folder.appendingPathComponent($0).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted()
        let builtin = BuiltinStyle.all.map(\.name)
        var message = "there is no style '\(lintStyle)' in the folder '\(stylesFolder)' (it holds "
            + (found.isEmpty ? "no style" : found.map { "'\($0)'" }.joined(separator: ", "))
            + "), and none built in by that name (built in: \(builtin.joined(separator: ", ")))"
        if let close = closestCandidate(to: lintStyle, in: found + builtin) {
            message += "; did you mean '\(close)'?"
        } else {
            message += "; set 'lint: style:' in \(Self.fileName) to one of them"
        }
        return .error(message, file: Self.fileName, line: lintStylePosition?.line, column: lintStylePosition?.column)
    }

    /// A style that checks another language than the handbook's finds nothing useful in its
    /// dialogues and shows its rule pages in the wrong language, which the author is told.
    func languageCheck(_ style: Style) -> Diagnostics {
        guard style.settings.language != language else { return Diagnostics() }
        return Diagnostics([.warning(
            "the handbook is in '\(language.rawValue)' (language:), but its lint style '\(style.name)' checks '\(style.settings.language.rawValue)' "
                + "(language: in its \(StyleSettings.fileName)); its findings and rule pages are in that language. "
                + "Name a style in the handbook's language in 'lint: style:', or write one",
            file: Self.fileName, line: (lintStylePosition ?? languagePosition)?.line, column: (lintStylePosition ?? languagePosition)?.column)])
    }

    /// The file of the lint style's rule `id`, relative to the handbook's folder (a rule's id is
    /// its file's name).
    public func ruleFile(_ id: String) -> String {
        lintStylePath + "/" + id + ".yml"
    }

    private var lintStylePath: String { stylesFolder + "/" + lintStyle }
}

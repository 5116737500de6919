public import Foundation
public import SourceFiles

/// A new handbook, as `handbook init` writes it (like `mdbook init`): handbook.yml with every key
/// explained, a front page, two short chapters that show each handbook block and a rule link, a
/// bad and a good example. It builds and passes `check --strict` as written: a Russian one with
/// the built-in style, an English one with the small English style it brings.
public enum NewHandbook {
    /// The files, by path from the handbook's folder, with their text.
    public static func files(language: HandbookLanguage) -> [(path: String, text: String)] {
        switch language {
        case .ru: russian
        case .en: english
        }
    }

    /// Writes the files into `folder` (made if missing) and gives back their paths. Nothing is
    /// written when any of them is there already: what is there is someone's work.
    @discardableResult
    public static func write(into folder: URL, shownAs shown: String, language: HandbookLanguage) throws(Diagnostic) -> [String] {
        let files = files(language: language)
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if let first = existing.first {
            throw .error(
                "'\(first)' is there already\(existing.count > 1 ? " (and \(existing.count - 1) more of the new handbook's files)" : ""); "
                    + "nothing was written. Start the handbook in a new folder: handbook init DIR",
                file: shown)
        }
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: a file that appears after the check is not replaced either.
                try Data(text.utf8).write(to: file, options: .withoutOverwriting)
            } catch {
                throw .error("cannot write the file: \(error.localizedDescription)", file: shown + "/" + path)
            }
        }
        return files.map(\.path)
    }
}

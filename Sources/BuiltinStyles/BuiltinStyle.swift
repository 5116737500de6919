public import Foundation
public import SourceFiles
public import StyleLint

/// A lint style carried inside the program (`ru-support`, the default): a handbook without a
/// Styles/ folder, and `handbook lint` in any folder, get its rules, and `handbook style export`
/// writes it out for a team to change.
public struct BuiltinStyle: Sendable {
    public let name: String
    /// The language it checks, as its `style.yml` says (a test holds the two equal), known
    /// without loading it.
    public let language: HandbookLanguage

    public static let all = [BuiltinStyle(name: "ru-support", language: .ru)]

    public static func named(_ name: String) -> BuiltinStyle? {
        all.first { $0.name == name }
    }

    /// How diagnostics and rule pages name where its files are.
    public var displayPath: String { "(built-in)/" + name }

    /// Its files, by path inside the style's folder, with their text.
    public var contents: [(path: String, text: String)] { Self.files[name] ?? [] }

    /// The style compiled from the files it carries, read in memory as a folder of the same
    /// files would be; its rules look words up in the system's Hunspell dictionary.
    public func load(dictionary: Style.DictionaryLoading = .atOnce) -> (Style?, Diagnostics) {
        Style.load(texts: contents, name: name, displayPath: displayPath, dictionary: dictionary)
    }

    /// Writes the style's files into `folder` (made if missing), for a team to change; nothing
    /// is written when any of them is there already, since what is there is someone's work.
    public func export(to folder: URL, shownAs shown: String) throws(Diagnostic) {
        let existing = contents.map(\.path).filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if let first = existing.first {
            throw .error(
                "\(existing.count) file(s) of the style are there already, like '\(first)'; nothing was written. "
                    + "Export into a new folder, or move those files away", file: shown)
        }
        do {
            try write(into: folder)
        } catch {
            throw .error("cannot write the style: \(error.localizedDescription)", file: shown)
        }
    }

    private func write(into folder: URL) throws {
        for (path, text) in contents {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: a file that appears after the check is not replaced either.
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        }
    }
}

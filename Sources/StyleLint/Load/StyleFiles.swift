import Foundation
import SourceFiles

/// A style's files as ``Style`` reads them: from a folder, only inside a boundary, or from texts
/// the program carries (a built-in style), read in memory exactly as a folder of the same files
/// would be. A built-in style used to be written to a temporary folder and read back, and on a
/// disk that syncs each file that took longer than loading the chapters of a large handbook.
struct StyleFiles {
    /// The style's name: its folder's.
    let name: String
    /// How diagnostics name the style's folder.
    let displayPath: String
    /// The files that may be read, as a folder listing gives them.
    let listing: SourceFolder
    private let origin: Origin

    private enum Origin {
        case folder(URL, boundary: SourceBoundary)
        case texts([String: String])
    }

    /// The files of `folder`, listed once; what the listing leaves out is in `diagnostics`.
    init(folder: URL, displayPath: String, boundary: SourceBoundary, diagnostics: inout Diagnostics) {
        name = folder.lastPathComponent
        self.displayPath = displayPath
        listing = SourceFolder.list(folder, displayPath: displayPath, boundary: boundary, diagnostics: &diagnostics)
        origin = .folder(folder, boundary: boundary)
    }

    /// Files by their path inside the style's folder (`lists/greeting.txt`), with their text.
    init(texts: [(path: String, text: String)], name: String, displayPath: String) {
        self.name = name
        self.displayPath = displayPath
        var listing = SourceFolder()
        for (path, _) in texts.sorted(by: { $0.path < $1.path }) {
            Self.add(path.split(separator: "/").map(String.init), to: &listing)
        }
        self.listing = listing
        origin = .texts(Dictionary(texts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }))
    }

    private static func add(_ parts: [String], to folder: inout SourceFolder) {
        guard parts.count > 1 else {
            folder.files.append(contentsOf: parts)
            return
        }
        if let index = folder.folders.firstIndex(where: { $0.name == parts[0] }) {
            add(Array(parts.dropFirst()), to: &folder.folders[index].content)
        } else {
            var inner = SourceFolder()
            add(Array(parts.dropFirst()), to: &inner)
            folder.folders.append((parts[0], inner))
        }
    }

    /// The text of the file at `path` inside the style's folder, named in diagnostics by its
    /// display path.
    func read(_ path: String) throws(Diagnostic) -> SourceText {
        let shown = displayPath + "/" + path
        switch origin {
        case .folder(let folder, _):
            return try SourceText.read(folder.appendingPathComponent(path), displayPath: shown)
        case .texts(let texts):
            guard let text = texts[path] else { throw .error("the style has no file '\(path)'", file: shown) }
            return try SourceText(path: shown, data: Data(text.utf8))
        }
    }

    /// Whether nothing is at `path`, as opposed to a file there that the listing left out.
    func isMissing(_ path: String) -> Bool {
        switch origin {
        case .folder(let folder, let boundary): boundary.entry(folder.appendingPathComponent(path)) == .missing
        case .texts(let texts): texts[path] == nil
        }
    }

    /// The folder Hunspell may read the style's own dictionary from: only a style on disk has
    /// one, as Hunspell reads its files by path.
    var dictionaryFolder: URL? {
        if case .folder(let folder, _) = origin { return folder }
        return nil
    }
}

import Foundation
import SourceFiles

/// Which files of the chapters folder are pages, as the tools handbooks come from name them.
enum PageFiles {
    /// Markdown, and MDX as Docusaurus writes it (read as Markdown, its JSX left out: ``ForeignMarkup``).
    static let extensions = [".md", ".mdx"]

    /// Whether a file of the chapters folder (a path relative to it) is a page: Markdown, and
    /// not a partial, which Jekyll and Docusaurus name with a leading `_` (in itself or a folder
    /// above it) and include into pages rather than publish; Hugo's `_index.md` is a section's page.
    static func isPage(_ path: String) -> Bool {
        guard hasPageExtension(path) else { return false }
        // A preview reads the folder's every path on every edit; most have no `_` at all.
        guard path.utf8.contains(UInt8(ascii: "_")) else { return true }
        let segments = path.split(separator: "/")
        return !segments.contains { $0.hasPrefix("_") && !BookLoader.indexNames.contains(String($0)) }
    }

    /// By the name's last bytes, ASCII letters in any case: lowering the whole name cost more.
    static func hasPageExtension(_ name: String) -> Bool {
        let bytes = name.utf8
        return extensions.contains { pageExtension in
            bytes.count >= pageExtension.utf8.count
                && zip(bytes.suffix(pageExtension.utf8.count), pageExtension.utf8).allSatisfy { byte, expected in
                    ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == expected
                }
        }
    }

    /// `intro.mdx` → `intro`.
    static func withoutExtension(_ name: String) -> String {
        let lowered = name.lowercased()
        guard let found = extensions.first(where: { lowered.hasSuffix($0) }) else { return name }
        return String(name.dropLast(found.count))
    }

    /// One warning for the partials left out, however many there are.
    static func partialsLeftOut(_ paths: [String], chaptersFolder: String) -> Diagnostics {
        let partials = paths.filter { hasPageExtension($0) && !isPage($0) }.sorted()
        guard let first = partials.first else { return Diagnostics() }
        return Diagnostics([.warning(
            "\(partials.count) Markdown file(s) named with a leading '_' are partials other tools include into pages, so they are left out, like '\(chaptersFolder)/\(first)'; rename one without the '_' to publish it as a page",
            file: chaptersFolder)])
    }
}

/// A Docusaurus `_category_.json`: the label and position of its folder's section.
struct CategoryFile {
    static let names: Set<String> = ["_category_.json"]

    var label: String?
    var position: Int?

    /// Reads the file at `path` (relative to `root`); a file that is not a JSON object is a warning.
    init?(root: URL, path: String, diagnostics: inout Diagnostics) {
        guard let data = try? RegularFile.read(root.appendingPathComponent(path)) else { return nil }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            diagnostics.append(.warning("the file is not a JSON object like {\"label\": \"Basics\", \"position\": 2}, so it is left out", file: path))
            return nil
        }
        label = (object["label"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        // A decimal position (`2.5`) counts as the whole number below it, as `sidebar_position` does.
        position = (object["position"] as? NSNumber).map { Int($0.doubleValue.rounded(.down)) }
    }
}

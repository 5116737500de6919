import Foundation
import SourceFiles

/// MkDocs' `nav:` in the `mkdocs.yml` beside `handbook.yml`, read when the chapters folder is its
/// `docs_dir`: which pages come in which order, nested how and under which titles, as an mdBook
/// `SUMMARY.md` says it.
///
/// ```yaml
/// nav:
///   - Home: index.md
///   - Guide:
///       - guide/index.md
///       - Setup: guide/setup.md
///   - about.md
///   - Forum: https://example.com/forum
/// ```
///
/// A section with its folder's `index.md` (or `README.md`) among its pages is that page, the
/// others nested under it (Material's `navigation.indexes`); a section whose pages share a
/// folder is that folder's page (the listing the site makes for it); a section of pages from
/// several folders gets a page of its own listing them. Links to other sites give no page.
enum MkDocsNav {
    static let fileName = "mkdocs.yml"

    /// The navigation as summary entries; nil without `mkdocs.yml`, without `nav:`, or when the
    /// chapters folder is not its `docs_dir`. `mkdocs.yml` is MkDocs' file: what cannot be read
    /// in it is one warning, and the folders keep their order.
    static func summary(root: URL, chaptersFolder: String, diagnostics: inout Diagnostics) -> SummaryFile? {
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var fields: YAMLFields
        do {
            fields = YAMLFields(yaml: try SourceText.read(url, displayPath: fileName).text, file: fileName)
        } catch {
            diagnostics.append(.warning("\(error.message); its nav is not read, so the pages keep the folders' order", file: fileName))
            return nil
        }
        guard HandbookConfig.normalisedFolder(fields.string("docs_dir") ?? "docs") == chaptersFolder else { return nil }
        let nav = fields.tree("nav")
        if let problem = fields.diagnostics.items.first(where: { $0.severity == .error }) {
            diagnostics.append(.warning(
                "\(problem.message); its nav is not read, so the pages keep the folders' order", file: fileName, line: problem.line, column: problem.column))
            return nil
        }
        guard let nav else { return nil }
        guard case .list(let items) = nav else {
            let position = fields.position(of: "nav")
            diagnostics.append(.warning(
                "'nav' should be a list of pages and sections; it is not read, so the pages keep the folders' order",
                file: fileName, line: position.line, column: position.column))
            return nil
        }
        var entries: [SummaryFile.Entry] = []
        walk(items, depth: 0, chaptersFolder: chaptersFolder, into: &entries)
        return SummaryFile(path: fileName, entries: entries, keepsUnlisted: true)
    }

    /// A page of the nav: its file (relative to the docs folder), and where it is written.
    private struct Target {
        var path: String
        var line: Int?
        var column: Int?

        /// A bare `file.md`, or `Title: file.md`; nil for a section or a link to another site.
        init?(_ item: YAMLTree) {
            switch item {
            case .text(let text, let line, let column): (path, self.line, self.column) = (text, line, column)
            case .mapping(let pairs) where pairs.count == 1:
                guard case .text(let text, let line, let column) = pairs[0].value else { return nil }
                (path, self.line, self.column) = (text, line, column)
            default: return nil
            }
            guard !path.contains("://") else { return nil }
            path = SummaryFile.cleaned(path)
        }

        var folder: String { SummaryFile.folder(of: path) }

        /// Its folder's own page; not the front page, which is no section's.
        var isFolderIndex: Bool {
            !folder.isEmpty && BookLoader.indexName(among: [String(path.split(separator: "/").last ?? "")]) != nil
        }
    }

    private static func walk(_ items: [YAMLTree], depth: Int, chaptersFolder: String, into entries: inout [SummaryFile.Entry]) {
        func add(_ title: String, _ target: Target, depth: Int) {
            guard PageFiles.hasPageExtension(target.path) else { return }
            entries.append(SummaryFile.Entry(
                title: title, path: chaptersFolder + "/" + target.path, indent: depth * 2, line: target.line ?? 1, column: target.column ?? 1))
        }
        for item in items {
            switch item {
            case .text:
                if let target = Target(item) { add("", target, depth: depth) }
            case .list(let nested):
                walk(nested, depth: depth, chaptersFolder: chaptersFolder, into: &entries)
            case .mapping(let pairs):
                for (title, value) in pairs {
                    guard case .list(let children) = value else {
                        if let target = Target(value) { add(title, target, depth: depth) }
                        continue
                    }
                    // Each child's page, read once; nil for a nested section or another site.
                    let pages = children.map(Target.init)
                    let targets = pages.compactMap { $0 }
                    if let index = pages.firstIndex(where: { $0?.isFolderIndex == true }), let target = pages[index] {
                        add(title, target, depth: depth)
                        var rest = children
                        rest.remove(at: index)
                        walk(rest, depth: depth + 1, chaptersFolder: chaptersFolder, into: &entries)
                    } else {
                        let folders = Set(targets.map(\.folder))
                        let folder = folders.count == 1 ? folders.first.flatMap { $0.isEmpty ? nil : $0 } : nil
                        entries.append(SummaryFile.Entry(
                            title: title, path: folder.map { chaptersFolder + "/" + $0 } ?? "", indent: depth * 2,
                            line: targets.first?.line ?? 1, column: 1, isSection: true))
                        walk(children, depth: depth + 1, chaptersFolder: chaptersFolder, into: &entries)
                    }
                }
            }
        }
    }
}

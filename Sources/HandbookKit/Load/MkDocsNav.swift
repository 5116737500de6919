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
/// A section that opens with its folder's `index.md` (or `README.md`) is that page, the others
/// nested under it (Material's `navigation.indexes`). A section whose pages share a folder is
/// that folder's page (its index, or the listing the site makes for a folder); a section of
/// pages from several folders has no page to stand for it, so its pages take its place in the
/// list. Links to other sites give no page.
enum MkDocsNav {
    static let fileName = "mkdocs.yml"

    /// The navigation as summary entries; nil without `mkdocs.yml`, without `nav:`, or when the
    /// chapters folder is not its `docs_dir`. `mkdocs.yml` is MkDocs' file: what cannot be read
    /// in it is one warning, and the folders keep their order.
    static func summary(root: URL, chaptersFolder: String, diagnostics: inout Diagnostics) -> SummaryFile? {
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let fields: YAMLFields
        let nav: YAMLTree?
        do {
            var read = YAMLFields(yaml: try SourceText.read(url, displayPath: fileName).text, file: fileName)
            let docs = read.string("docs_dir") ?? "docs"
            guard HandbookConfig.normalisedFolder(docs) == chaptersFolder else { return nil }
            nav = read.tree("nav")
            fields = read
        } catch {
            diagnostics.append(.warning("\(error.message); the pages keep the folders' order", file: fileName))
            return nil
        }
        if let problem = fields.diagnostics.items.first(where: { $0.severity == .error }) {
            diagnostics.append(.warning(
                "\(problem.message); its nav is not read, so the pages keep the folders' order", file: fileName, line: problem.line, column: problem.column))
            return nil
        }
        guard case .list(let items)? = nav else { return nil }
        var entries: [SummaryFile.Entry] = []
        walk(items, depth: 0, chaptersFolder: chaptersFolder, into: &entries)
        return SummaryFile(path: fileName, entries: entries, keepsUnlisted: true)
    }

    private static func walk(_ items: [YAMLTree], depth: Int, chaptersFolder: String, into entries: inout [SummaryFile.Entry]) {
        func add(_ title: String, _ target: String, line: Int?, column: Int?, depth: Int) {
            // Another site, or a file that is no page.
            guard !target.contains("://"), target.hasSuffix(".md") || target.hasSuffix(".markdown") else { return }
            let relative = target.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
            entries.append(SummaryFile.Entry(
                title: title, path: chaptersFolder + "/" + relative, indent: depth * 2, line: line ?? 1, column: column ?? 1))
        }
        for item in items {
            switch item {
            case .text(let target, let line, let column):
                add("", target, line: line, column: column, depth: depth)
            case .list(let nested):
                walk(nested, depth: depth, chaptersFolder: chaptersFolder, into: &entries)
            case .mapping(let pairs):
                for (title, value) in pairs {
                    switch value {
                    case .text(let target, let line, let column):
                        add(title, target, line: line, column: column, depth: depth)
                    case .list(let children):
                        if let (target, line, column) = children.first.flatMap(indexPage) {
                            add(title, target, line: line, column: column, depth: depth)
                            walk(Array(children.dropFirst()), depth: depth + 1, chaptersFolder: chaptersFolder, into: &entries)
                        } else if let folder = sharedFolder(of: children) {
                            entries.append(SummaryFile.Entry(
                                title: title, path: chaptersFolder + "/" + folder, indent: depth * 2,
                                line: firstLine(of: children) ?? 1, column: 1, isSection: true))
                            walk(children, depth: depth + 1, chaptersFolder: chaptersFolder, into: &entries)
                        } else {
                            walk(children, depth: depth, chaptersFolder: chaptersFolder, into: &entries)
                        }
                    case .mapping:
                        walk([value], depth: depth, chaptersFolder: chaptersFolder, into: &entries)
                    }
                }
            }
        }
    }

    /// The folder (relative to the docs folder, not the docs folder itself) that holds every
    /// page a section lists directly, if there is one.
    private static func sharedFolder(of items: [YAMLTree]) -> String? {
        var folders: Set<String> = []
        for item in items {
            let target: String
            switch item {
            case .text(let text, _, _): target = text
            case .mapping(let pairs) where pairs.count == 1:
                guard case .text(let text, _, _) = pairs[0].value else { continue }
                target = text
            default: continue
            }
            guard !target.contains("://") else { continue }
            folders.insert(target.split(separator: "/").filter { $0 != "." }.dropLast().joined(separator: "/"))
        }
        guard folders.count == 1, let folder = folders.first, !folder.isEmpty else { return nil }
        return folder
    }

    /// Where a section's first page is written, to place what is said about the section.
    private static func firstLine(of items: [YAMLTree]) -> Int? {
        for item in items {
            switch item {
            case .text(_, let line, _): return line
            case .mapping(let pairs): if case .text(_, let line, _)? = pairs.first?.value { return line }
            case .list: continue
            }
        }
        return nil
    }

    /// The section's first item when it is its folder's index page, written bare or with a title.
    private static func indexPage(_ item: YAMLTree) -> (String, Int?, Int?)? {
        var page: (String, Int?, Int?)?
        switch item {
        case .text(let target, let line, let column): page = (target, line, column)
        case .mapping(let pairs) where pairs.count == 1:
            if case .text(let target, let line, let column) = pairs[0].value { page = (target, line, column) }
        default: break
        }
        guard let page else { return nil }
        let name = page.0.split(separator: "/").last.map { $0.lowercased() } ?? ""
        return name == "index.md" || name == "readme.md" ? page : nil
    }
}

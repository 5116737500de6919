import Foundation
import SourceFiles

/// Files a chapter links that lie outside the chapters folder but inside the handbook's own
/// (Just the Docs keeps its images in `assets/` beside `docs/`, Hugo and Docusaurus serve
/// `static/` at the site's root): the site and the book copy them under `files/`. Nothing
/// outside the handbook's folder is ever read, nor a hidden file (`.env`, `.git/`), nor the
/// output folder.
extension LinkResolver {
    /// The folders Hugo and Docusaurus serve at the site's root (Hugo's render hooks find images
    /// in `assets/` too; Docusaurus's site often lives in `website/`), then the handbook's folder
    /// itself, as Jekyll serves the whole project.
    static let staticFolders = ["static", "assets", "website/static", ""]

    /// Every file outside the chapters folder that a link of `book` names and nothing inside the
    /// chapters folder answers, if it is a regular file inside `boundary`; paths relative to `root`.
    static func projectFiles(of book: Book, root: URL, boundary: SourceBoundary) -> [String] {
        // Made for the first link that may name a file: most books link only pages, and a live
        // preview loads again on every save.
        var resolver: LinkResolver?
        var found = Set<String>()
        var tried = Set<String>()
        for page in book.allPages + book.examplePages where page.sourcePath != nil {
            let destinations = page.linkDestinations
            for destination in destinations where destination.containsBytes(".") || destination.containsBytes("%") {
                let pathPart = path(of: destination)
                // Most links lead to pages: told apart before decoding (decoding keeps a plain ".md").
                guard !pathPart.hasSuffix(".md"), let decoded = PercentEncoding.decoded(pathPart), namesFile(decoded) else { continue }
                let links = resolver ?? LinkResolver(book: book)
                resolver = links
                guard case .failure = links.resolve(destination, in: page, hints: false) else { continue }
                for candidate in projectFileCandidates(decoded, from: page.sourcePath, chaptersFolder: book.config.chaptersFolder)
                where !candidate.hasPrefix(book.config.outputFolder + "/") {
                    if found.contains(candidate) { break }
                    guard tried.insert(candidate).inserted else { continue }
                    if boundary.containsFile(root.appendingPathComponent(candidate)) {
                        found.insert(candidate)
                        break
                    }
                }
            }
        }
        return found.sorted()
    }

    /// Whether a path's last segment has an extension other than a page's (`x.png`, not `x.md`,
    /// `x.html` or `x/`).
    private static func namesFile(_ path: String) -> Bool {
        guard let last = path.split(separator: "/", omittingEmptySubsequences: false).last,
            let dot = last.lastIndex(of: "."), dot != last.startIndex, last.index(after: dot) != last.endIndex
        else { return false }
        let lowered = last[dot...].lowercased()
        return !PageFiles.extensions.contains(lowered) && lowered != ".html" && lowered != ".htm"
    }

    /// Where, relative to the handbook's folder, the file a link's decoded path names may be when
    /// it is not in the chapters folder, most likely first: from the page's folder, from its
    /// pretty address (`a/b/` for `a/b.md`), or for a site path, in a folder served at the root.
    /// Markdown files are pages, never copied as files, so they are not among them.
    static func projectFileCandidates(_ decoded: String, from sourcePath: String?, chaptersFolder: String) -> [String] {
        guard chaptersFolder != ".", !decoded.isEmpty else { return [] }
        let joined: [String]
        if decoded.hasPrefix("/") {
            joined = staticFolders.map { $0 + decoded }
        } else {
            joined = [Self.joined(decoded, from: sourcePath, chaptersFolder: chaptersFolder)]
                + (sourcePath.flatMap(prettyFolder).map { [$0 + "/" + decoded] } ?? [])
        }
        return joined.compactMap(normalise).filter { path in
            let lowered = path.lowercased()
            return !path.isEmpty && !path.hasPrefix(chaptersFolder + "/") && !lowered.hasSuffix(".md") && !lowered.hasSuffix(".mdx")
                && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }

    /// A link's decoded path joined to the folder it is read from: the chapters folder for a site
    /// path (`/x`), otherwise the page's own folder.
    static func joined(_ decoded: String, from sourcePath: String?, chaptersFolder: String) -> String {
        if decoded.hasPrefix("/") { return chaptersFolder + decoded }
        return String(sourcePath.map(folder(of:)) ?? chaptersFolder[...]) + "/" + decoded
    }

    /// The folder a pretty address makes of a page (`docs/a/b.md` → `docs/a/b`); nil for a
    /// folder's own page, whose address is its folder already.
    static func prettyFolder(_ sourcePath: String) -> String? {
        let name = sourcePath.split(separator: "/").last.map(String.init) ?? sourcePath
        guard !BookLoader.indexNames.contains(name), !name.hasPrefix("README."),
            let dot = sourcePath.lastIndex(of: "."), sourcePath[dot...].lowercased().hasPrefix(".md")
        else { return nil }
        return String(sourcePath[..<dot])
    }
}

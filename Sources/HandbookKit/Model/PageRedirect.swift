import Foundation
import SourceFiles

/// An old address of a page (`aliases:` in Hugo, `redirect_from:` in Jekyll) that the site keeps
/// working: a small page there sends the reader on, so links and bookmarks from before the move
/// still lead somewhere.
public struct PageRedirect: Sendable, Hashable {
    /// The redirect page's file in the site: `old/path/index.html` for `/old/path/`.
    public var path: String
    /// The page it leads to.
    public var pageID: String

    public init(path: String, pageID: String) {
        self.path = path
        self.pageID = pageID
    }

    /// An address as front matter gives it, with where it was written.
    struct Source: Sendable, Hashable {
        var address: String
        var file: String
        var line: Int?
        var column: Int?
    }

    /// The redirects of `pages` (each page's id with its old addresses); an address the site
    /// cannot hold, or that a page or another redirect already has, is left out with a warning.
    static func resolve(_ pages: [(id: String, sources: [Source])], taken: Set<String>, diagnostics: inout Diagnostics) -> [PageRedirect] {
        var redirects: [PageRedirect] = []
        var claimed: [String: String] = [:]
        for (id, sources) in pages {
            for source in sources {
                func leaveOut(_ why: String) {
                    diagnostics.append(.warning(
                        "the old address '\(source.address)' \(why), so it gets no redirect page", file: source.file, line: source.line, column: source.column))
                }
                guard let path = outputPath(of: source.address) else {
                    leaveOut("is not a path inside the site (like '/old/page/')")
                    continue
                }
                let first = String(path.prefix { $0 != "/" && $0 != "." })
                if taken.contains(path) || BookLoader.reservedNames.contains(first) || first == "print" {
                    leaveOut("is the address of a page of this site")
                } else if let other = claimed[path] {
                    if other != id { leaveOut("is also an old address of another page ('\(other)')") }
                } else {
                    claimed[path] = id
                    redirects.append(PageRedirect(path: path, pageID: id))
                }
            }
        }
        return redirects
    }

    /// `/old/page/` and `old/page` → `old/page/index.html`; `/old.html` stays `old.html`. Nil for a
    /// full URL, an empty path, or one with `..`, a query or characters a file name cannot hold.
    static func outputPath(of address: String) -> String? {
        var path = address.trimmingCharacters(in: .whitespaces)
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        guard !path.contains("://"), !path.hasPrefix("//"), !path.contains("?") else { return nil }
        guard let decoded = PercentEncoding.decoded(path[...]) else { return nil }
        let segments = decoded.split(separator: "/")
        guard !segments.isEmpty,
            segments.allSatisfy({ $0 != "." && $0 != ".." && !$0.unicodeScalars.contains { String.isHidden($0) || "\\:*<>|\"".unicodeScalars.contains($0) } })
        else { return nil }
        let joined = segments.joined(separator: "/")
        let last = segments[segments.count - 1].lowercased()
        return last.hasSuffix(".html") || last.hasSuffix(".htm") ? joined : joined + "/index.html"
    }
}

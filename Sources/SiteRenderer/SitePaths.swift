import Foundation
import HandbookKit

/// Paths inside the generated site.
public enum SitePaths {
    /// Where a file of the chapters folder (an image…) is copied: under `media/`, so it can never
    /// collide with a page or the theme's assets.
    static func media(_ assetPath: String) -> String { "media/" + assetPath }

    /// The page of a lint rule, which findings and `rule:` links point at.
    static func rulePageID(_ id: String) -> String { "rules/" + id }

    /// `../` once per folder the page is in, so links work from `file://` without a server.
    static func root(from pageID: String) -> String {
        String(repeating: "../", count: pageID.count { $0 == "/" })
    }

    /// A link from the page `pageID` to the page `target`, at `anchor`; relative, so it works
    /// from `file://` and inside a book.
    static func pageLink(from pageID: String, to target: String, anchor: String? = nil) -> String {
        let path = relative(from: pageID, to: Chapter.outputPath(of: target))
        return anchor.map { path + "#" + $0 } ?? path
    }

    /// A link from the page `pageID` to the site file `target`.
    static func relative(from pageID: String, to target: String) -> String {
        let from = pageID.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let up = String(repeating: "../", count: from.count - common)
        return up + to[common...].joined(separator: "/")
    }

    /// Percent-encodes what a URL path cannot hold as it is (spaces, non-ASCII, `#`, `?`).
    public static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "?#;")
        return set
    }()
}

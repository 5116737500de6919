import Foundation
import Markdown
public import SourceFiles
import StyleLint
import Synchronization

/// Where a link in a chapter leads.
public enum LinkTarget: Sendable, Hashable {
    /// A URL with a scheme (`https:`, `mailto:`…) or a same-origin absolute URL: left as written.
    case external
    /// `rule:chat.ladder`: the page of a rule of the handbook's lint style; `rule:` alone, the
    /// list of rules.
    case rule(id: String)
    /// `example:delivery-ladder-bad`: the page of an example; `example:` alone, the gallery.
    case example(id: String)
    /// A heading on the same page.
    case samePageAnchor(String)
    /// Another page of the book, optionally at a heading.
    case page(id: String, anchor: String?)
    /// A file in the chapters folder (an image, a PDF), by its path relative to that folder.
    case asset(path: String)
    /// A file outside the chapters folder but inside the handbook's (Jekyll's `assets/`, Hugo's
    /// and Docusaurus's `static/`), by its path relative to the handbook's folder.
    case projectFile(path: String)
    /// A relative link that leaves the site (`../std/index.html` in a book published beside
    /// its library's documentation), as the full address it has once the site is at `url:`.
    case beyondSite(url: String)
}

/// Resolves links between chapters the way a reader of the Markdown sources means them
/// (relative file paths, `.md` files, folders, GitHub-style heading anchors), and the way other
/// tools' sites link their pages: site paths from `/` (`/start/install/`, with the language
/// in front, `/ru/start/install`), without `.md`, or to the built `.html` page.
public struct LinkResolver: Sendable {
    private let chaptersFolder: String
    /// What a path of the chapters folder starts with: `Handbook/`, or nothing when the handbook's
    /// folder is its chapters folder (`chapters: .`, as Jekyll and Middleman sites keep pages).
    private let chaptersPrefix: String
    /// What a link to nowhere is: an error, or a warning with `links: warn` in handbook.yml.
    public let brokenLinkSeverity: Diagnostic.Severity
    /// The first segments of a site path that stand for the chapters folder: the language
    /// (`/ru/…`) and the folder's own name (`/docs/…`).
    private let sitePrefixes: Set<String>
    /// Page ids, and section ids without `/index`: what a site path names once `.html` is dropped.
    private let pageIDs: [String: String]
    /// Pages by their other names (`Chapter.linkNames`).
    private let namedPages: [String: String]
    /// Normalised source paths (`Handbook/03-standards/02-email.md`, and section folders) → page ids.
    private let pagesByPath: [String: String]
    private let anchorsByPage: [String: Set<String>]
    private let assets: Set<String>
    private let projectFiles: Set<String>

    public static let ruleScheme = "rule:"
    public static let exampleScheme = "example:"
    /// What Hugo's `[term](g)` is read as (see ``ForeignMarkup``): the term's glossary page.
    static let glossaryScheme = "glossary:"
    /// The pages of folders named `glossary`, by their last path segment and by the word stems
    /// of that segment and of their title (`glossaryKey`).
    private let glossaryPages: [String: String]
    private let glossaryLanguage: String
    /// The handbook's language, which the checks' advice is written in.
    let language: HandbookLanguage
    /// Where the site is published (`url:`), with a trailing `/`.
    private let siteURL: URL?
    /// The pages that old addresses (`redirect_from`, `aliases`) lead to, by the redirect page's path.
    private let redirectPages: [String: String]
    private let exampleIDs: Set<String>
    private let sortedExampleIDs: [String]
    /// The links found so far, shared by the copies of this resolver: a build resolves a link
    /// when it loads, checks and renders the page, and a link costs some 20,000 instructions.
    private let found = FoundLinks()

    public init(book: Book) {
        language = book.config.language
        siteURL = book.config.url.flatMap { URL(string: $0.hasSuffix("/") ? $0 : $0 + "/") }
        chaptersFolder = book.config.chaptersFolder
        chaptersPrefix = chaptersFolder == "." ? "" : chaptersFolder + "/"
        var pages: [String: String] = [:]
        var anchors: [String: Set<String>] = [:]
        for chapter in book.allPages + book.examplePages {
            anchors[chapter.id] = chapter.linkableAnchors
            // `./a.md` as links resolve it, `a.md`; other paths have no `.` segment to drop.
            if let source = chapter.sourcePath.map({ Self.normalise($0) ?? $0 }) {
                pages[source] = chapter.id
                // A folder's own page (its index or README) is what a link to the folder means.
                if chapter.id == "index" || chapter.id.hasSuffix("/index"), let slash = source.lastIndex(of: "/") {
                    pages[String(source[..<slash])] = chapter.id
                }
            }
        }
        pagesByPath = pages
        brokenLinkSeverity = book.config.brokenLinks
        sitePrefixes = [book.config.language.rawValue, String(book.config.chaptersFolder.split(separator: "/").last ?? "")]
        var ids: [String: String] = [:]
        var named: [String: String] = [:]
        for chapter in book.allPages {
            for name in chapter.linkNames { named[name, default: chapter.id] = chapter.id }
        }
        namedPages = named
        for chapter in book.allPages {
            ids[chapter.id] = chapter.id
            if chapter.id.hasSuffix("/index") { ids[String(chapter.id.dropLast("/index".count))] = chapter.id }
        }
        pageIDs = ids
        redirectPages = Dictionary(book.redirects.map { ($0.path, $0.pageID) }, uniquingKeysWith: { first, _ in first })
        glossaryLanguage = book.config.language.stemmerAlgorithm
        var glossary: [String: String] = [:]
        let stemmer = Stemmer(language: glossaryLanguage)
        for chapter in book.allPages {
            let segments = chapter.id.split(separator: "/")
            guard segments.count >= 2, segments[segments.count - 2] == "glossary", let slug = segments.last else { continue }
            glossary[String(slug)] = chapter.id
            for name in [String(slug), chapter.title] { glossary[Self.glossaryKey(name, stemmer: stemmer), default: chapter.id] = chapter.id }
        }
        glossaryPages = glossary
        anchorsByPage = anchors
        assets = Set(book.assets)
        projectFiles = Set(book.projectFiles)
        exampleIDs = Set(book.examples.map(\.id))
        sortedExampleIDs = exampleIDs.sorted()
    }

    /// The target of `link` written in `chapter`, or a message saying why it leads nowhere, with a
    /// "did you mean" when `hints` (a page with thousands of broken links gets them for the first few).
    public func resolve(_ destination: String, in chapter: Chapter, hints: Bool = true) -> Result<LinkTarget, LinkProblem> {
        let key = FoundLinks.Key(page: ExactString(chapter.id), destination: ExactString(destination))
        if let target = found.target(of: key) { return .success(target) }
        let result = resolveAfresh(destination, in: chapter, hints: hints)
        // Only what a link leads to: a problem's words depend on `hints`.
        if case .success(let target) = result { found.remember(target, for: key) }
        return result
    }

    private func resolveAfresh(_ destination: String, in chapter: Chapter, hints: Bool) -> Result<LinkTarget, LinkProblem> {
        if destination.hasPrefix(Self.ruleScheme) { return .success(.rule(id: String(destination.dropFirst(Self.ruleScheme.count)))) }
        if destination.hasPrefix(Self.exampleScheme) {
            let id = String(destination.dropFirst(Self.exampleScheme.count))
            guard id.isEmpty || exampleIDs.contains(id) else {
                let hint = (hints ? closestCandidate(to: id, in: sortedExampleIDs) : nil).map { "; did you mean '\($0)'?" } ?? ""
                return .failure(LinkProblem(message: "there is no example '\(id)' in the examples folder\(hint)"))
            }
            return .success(.example(id: id))
        }
        if destination.hasPrefix(Self.glossaryScheme) { return glossaryPage(String(destination.dropFirst(Self.glossaryScheme.count))) }
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") { return .success(.external) }
        let (pathPart, anchor) = Self.target(of: destination)
        if pathPart.isEmpty {
            guard let anchor else { return .success(.external) }
            guard let found = self.anchor(anchor, on: chapter.id) else {
                return .failure(LinkProblem(message: missingAnchor(anchor, page: chapter.id, pageName: "this page", hints: hints)))
            }
            return .success(.samePageAnchor(found))
        }
        guard let decoded = PercentEncoding.decoded(pathPart) else {
            return .failure(LinkProblem(message: "'\(destination)' is not a usable path"))
        }
        let path = Self.normalise(Self.joined(decoded, from: chapter.sourcePath, chaptersFolder: chaptersFolder))
        if let path, let found = target(at: path, decoded: decoded, pathPart: pathPart, anchor: anchor, hints: hints) { return found }
        // Jekyll (`permalink: pretty`) and Hugo publish `a/b.md` at `a/b/`, and a browser reads the
        // page's relative links from there: `../../assets/x.png` from `docs/b.md` is `assets/x.png`.
        if !decoded.hasPrefix("/"), let pretty = chapter.sourcePath.flatMap(Self.prettyFolder),
            let prettyPath = Self.normalise(pretty + "/" + decoded),
            let found = target(at: prettyPath, decoded: decoded, pathPart: pathPart, anchor: anchor, hints: hints) {
            return found
        }
        let outside = Self.projectFileCandidates(decoded, from: chapter.sourcePath, chaptersFolder: chaptersFolder)
        if let file = outside.first(where: projectFiles.contains) { return .success(.projectFile(path: file)) }
        // Out of the chapters, a link may be to the site's neighbours on its server; never to a
        // Markdown file, which no site serves (a misspelt `../CONTRIBUTING.md`).
        if !(path.map(isInChapters) ?? false), !PageFiles.hasPageExtension(decoded), let address = addressBeyondSite(decoded, from: chapter) {
            let rest = destination.firstIndex { $0 == "?" || $0 == "#" }.map { destination[$0...] } ?? ""
            return .success(.beyondSite(url: address + rest))
        }
        guard let path else {
            return .failure(LinkProblem(message: "'\(destination)' points outside the handbook's folder; link to a page of the handbook or use a full URL"))
        }
        guard isInChapters(path) else {
            return .failure(LinkProblem(message: "'\(destination)' points outside the '\(chaptersFolder)' folder; link to a page of the handbook or use a full URL"))
        }
        let kind = PageFiles.hasPageExtension(path) ? "page" : "file"
        return .failure(LinkProblem(message: "link to a missing \(kind) '\(pathPart)'; create it or fix the link"))
    }

    /// Whether a normalised path (no `..` above the handbook's folder) is in the chapters folder.
    private func isInChapters(_ path: String) -> Bool {
        chaptersPrefix.isEmpty || path.hasPrefix(chaptersPrefix) || path == chaptersFolder
    }

    /// The page or file of the chapters folder at `path` (relative to the root), a failure when
    /// that page has no such heading, or nil when nothing is there.
    private func target(
        at path: String, decoded: String, pathPart: Substring, anchor: String?, hints: Bool
    ) -> Result<LinkTarget, LinkProblem>? {
        // The chapters folder itself (`/`, or `.` from a page at its top): the front page, which every site has.
        if path == chaptersFolder || (chaptersPrefix.isEmpty && path.isEmpty), pagesByPath[path] == nil {
            return .success(.page(id: "index", anchor: nil))
        }
        guard isInChapters(path) else { return nil }
        // Docusaurus reads a `.md` path that is not beside the page from the docs folder's top,
        // and Hugo any page path (`methods/page/title/`).
        let fromTop = { decoded.hasPrefix("/") ? nil : Self.normalise(self.chaptersPrefix + decoded) }
        if let id = pagesByPath[path] ?? otherToolsPage(path, isSitePath: decoded.hasPrefix("/"))
            ?? fromTop().flatMap({ pagesByPath[$0] ?? otherToolsPage($0, isSitePath: true) }) {
            guard let anchor else { return .success(.page(id: id, anchor: nil)) }
            guard let found = self.anchor(anchor, on: id) else {
                return .failure(LinkProblem(message: missingAnchor(anchor, page: id, pageName: "'\(pathPart)'", hints: hints)))
            }
            return .success(.page(id: id, anchor: found))
        }
        let assetPath = String(path.dropFirst(chaptersPrefix.count))
        return assets.contains(assetPath) ? .success(.asset(path: assetPath)) : nil
    }

    /// The glossary page of `term`: by its file name, or in any form of its words (`localized`
    /// finds `localization.md`, `CI/CD` the page titled so), as the handbook's language stems them.
    private func glossaryPage(_ term: String) -> Result<LinkTarget, LinkProblem> {
        let slug = Slug.make(term)
        // A stemmer holds state, and links are resolved on every core: one per look-up.
        if let id = glossaryPages[slug] ?? glossaryPages[Self.glossaryKey(term, stemmer: Stemmer(language: glossaryLanguage))] {
            return .success(.page(id: id, anchor: nil))
        }
        let place = glossaryPages.isEmpty ? "the handbook has no 'glossary' folder" : "its 'glossary' folder has no page '\(slug).md'"
        return .failure(LinkProblem(message: "the glossary link '[\(term)](g)' leads nowhere: \(place); add the page, or write the term without the link"))
    }

    /// A term's words, lower case and stemmed, joined by `-`: what any form of it shares.
    private static func glossaryKey(_ term: String, stemmer: Stemmer?) -> String {
        let words = term.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return "~" + words.map { stemmer?.stem($0) ?? $0 }.joined(separator: "-")
    }

    /// The page a link names as other tools write links, when it names no file: `page` or
    /// `page/` for `page.md` (or a folder's `index.md`, `_index.md`, `README.md`), `page.html`;
    /// from `/`, also with the language or the chapters folder's name in front, or the page's
    /// address in the built site.
    private func otherToolsPage(_ path: String, isSitePath: Bool) -> String? {
        let inFolder = path.dropFirst(chaptersPrefix.count)
        var tries = [inFolder]
        if isSitePath, let slash = inFolder.firstIndex(of: "/"), sitePrefixes.contains(String(inFolder[..<slash])) {
            tries.append(inFolder[inFolder.index(after: slash)...])
        }
        for tried in tries {
            var bare = tried
            while bare.hasSuffix("/") { bare = bare.dropLast() }
            for suffix in [".html", ".htm", ".md", ".mdx"] where bare.lowercased().hasSuffix(suffix) { bare = bare.dropLast(suffix.count) }
            // mdBook makes a folder's README.md its index.html; here too it is the folder's page.
            let last = bare.split(separator: "/").last?.lowercased()
            if last == "index" || last == "readme" { bare = bare.dropLast(last!.count) }
            while bare.hasSuffix("/") { bare = bare.dropLast() }
            let base = chaptersFolder + (bare.isEmpty ? "" : "/" + bare)
            for candidate in [base + ".md", base + ".mdx", base + "/index.md", base + "/index.mdx", base + "/_index.md", base + "/README.md"] {
                if let id = pagesByPath[Self.normalise(candidate) ?? candidate] { return id }
            }
            if let id = namedPages[String(bare)] { return id }
            // An old address of a page, which the site keeps as a redirect to it.
            if isSitePath, let redirect = PageRedirect.outputPath(of: String(tried)), let id = redirectPages[redirect] { return id }
            if isSitePath, let id = pageIDs[bare.isEmpty ? "index" : String(bare)] { return id }
            // The page's address however the link spells its file name: Hugo lower-cases
            // addresses and finds `/functions/urls/absURL/` for `AbsURL.md`.
            let slugged = bare.split(separator: "/").map { Slug.make(String(Slug.splitPrefix(String($0)).rest)) }.joined(separator: "/")
            if let id = pageIDs[slugged.isEmpty ? "index" : slugged] { return id }
        }
        return nil
    }

    /// `{{ site.baseurl }}/docs/x/` → `/docs/x/`: Jekyll (Liquid) and Hugo write the site's root
    /// as a template variable, which stands for `/` here.
    static func withoutTemplateRoot(_ destination: String) -> String {
        guard destination.hasPrefix("{{"), let end = destination.range(of: "}}", options: .backwards) else { return destination }
        let rest = destination[end.upperBound...]
        return rest.hasPrefix("/") ? String(rest) : "/" + rest
    }

    /// The full address a relative link from `chapter` leads to when it climbs above the site's
    /// folder at `url:` (`https://example.org/book/` + `../std/` → `https://example.org/std/`):
    /// another site of the same server. Nil without `url:`, and for a link that stays in the site,
    /// whose page or file must be the handbook's.
    private func addressBeyondSite(_ decoded: String, from chapter: Chapter) -> String? {
        func encoded(_ path: String) -> String { PercentEncoding.encoded(path) { $0 != UInt8(ascii: "%") && $0 > 0x20 && $0 < 0x7F } }
        guard let siteURL, decoded.hasPrefix("../"), let page = URL(string: encoded(chapter.outputPath), relativeTo: siteURL),
            let target = URL(string: encoded(decoded), relativeTo: page)
        else { return nil }
        let address = target.absoluteString
        return address.hasPrefix(siteURL.absoluteString) ? nil : address
    }

    /// The anchor of page `id` a link's fragment names: the same; the same in another case
    /// (`#Основные-шаги` for the heading «Основные шаги», as GitBook and DocToc write); or the
    /// only one with the same letters and digits, as another tool's slugs differ in punctuation
    /// (Eleventy's `#cloud-gov` for «cloud.gov», Python-Markdown's `#caret-mark-tilde` for
    /// «Caret, Mark & Tilde»). The link then leads to the anchor as the page has it.
    private func anchor(_ fragment: String, on id: String) -> String? {
        guard let anchors = anchorsByPage[id] else { return nil }
        if anchors.contains(fragment) { return fragment }
        let lowered = fragment.lowercased()
        if anchors.contains(lowered) { return lowered }
        let letters = Self.lettersAndDigits(lowered)
        let alike = anchors.filter { Self.lettersAndDigits($0) == letters }
        return alike.count == 1 && !letters.isEmpty ? alike.first : nil
    }

    private static func lettersAndDigits(_ anchor: String) -> String {
        String(anchor.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    private func missingAnchor(_ anchor: String, page id: String, pageName: String, hints: Bool) -> String {
        // Sorted here, for the few links that need a hint, rather than for every page up front.
        let known = (anchorsByPage[id] ?? []).sorted()
        var message = "no heading with the anchor '#\(anchor)' on \(pageName)"
        if hints, let close = closestCandidate(to: anchor, in: known) {
            message += "; did you mean '#\(close)'?"
        } else if !known.isEmpty {
            message += "; its anchors: " + known.prefix(6).map { "#" + $0 }.joined(separator: ", ")
        }
        return message
    }

    /// A URL scheme as RFC 3986 spells it: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    static func hasScheme(_ destination: String) -> Bool {
        for (offset, byte) in destination.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return offset > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if offset == 0 { return false }
            default: return false
            }
        }
        return false
    }

    /// The path a link names (its site root written as a template variable, its query and
    /// fragment taken off: `page.md?h=term` names `page.md`) and its fragment, decoded.
    static func target(of destination: String) -> (path: Substring, anchor: String?) {
        var (path, anchor) = splitFragment(withoutTemplateRoot(destination))
        if let question = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = path[..<question] }
        return (path, anchor)
    }

    /// The path of `target(of:)` alone, for a caller that has no use for the fragment: decoding
    /// it (a heading's anchor, percent-encoded Cyrillic) is most of the work.
    static func path(of destination: String) -> Substring {
        let whole = withoutTemplateRoot(destination)
        // The first `#` scalar, as `splitFragment` finds it: a byte of its own in UTF-8.
        var path = whole.utf8.firstIndex(of: UInt8(ascii: "#")).map { Substring(whole.unicodeScalars[..<$0]) } ?? whole[...]
        if let question = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = path[..<question] }
        return path
    }

    /// Split at the first `#` scalar: a `#` before a combining mark is no Character of its own.
    public static func splitFragment(_ destination: String) -> (path: Substring, anchor: String?) {
        let scalars = destination.unicodeScalars
        guard let hash = scalars.firstIndex(of: "#") else { return (destination[...], nil) }
        let path = Substring(scalars[..<hash])
        let fragment = Substring(scalars[scalars.index(after: hash)...])
        guard !fragment.isEmpty else { return (path, nil) }
        let anchor = PercentEncoding.decoded(fragment) ?? String(fragment)
        return (path, anchor)
    }

    /// `Handbook/03-standards/02-email.md` → `Handbook/03-standards`.
    static func folder(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// Whether a path has empty, `.` or `..` segments (most links have none).
    private static func needsNormalising(_ path: String.UTF8View) -> Bool {
        var segmentStart = true
        var dots = 0
        for byte in path {
            if byte == UInt8(ascii: "/") {
                if segmentStart || dots > 0 { return true }
                segmentStart = true
            } else if byte == UInt8(ascii: ".") && (segmentStart || dots > 0) {
                dots += 1
                segmentStart = false
                continue
            } else {
                segmentStart = false
            }
            dots = 0
        }
        return segmentStart || dots > 0
    }

    /// Resolves `.` and `..` segments; nil when `..` climbs above the start. In bytes, as file
    /// systems read paths: a link is resolved on every page that has it, twice (check and render).
    static func normalise(_ path: String) -> String? {
        if !needsNormalising(path.utf8) { return path }
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == slash {
            let segment = start..<index
            start = index + 1
            switch segment.count {
            case 0: continue
            case 1 where bytes[segment.lowerBound] == dot: continue
            case 2 where bytes[segment.lowerBound] == dot && bytes[segment.lowerBound + 1] == dot:
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(bytes.count)
        for (number, part) in parts.enumerated() {
            if number > 0 { normalised.append(slash) }
            normalised.append(contentsOf: bytes[part])
        }
        return String(decoding: normalised, as: UTF8.self)
    }
}

/// Why a link leads nowhere.
public struct LinkProblem: Error, Sendable, Hashable {
    public var message: String
}

/// What links of one loaded book lead to, by page and destination, for every copy of its resolver.
private final class FoundLinks: Sendable {
    struct Key: Hashable {
        let page: ExactString
        let destination: ExactString
    }

    private let targets = Mutex<[Key: LinkTarget]>([:])

    func target(of key: Key) -> LinkTarget? {
        targets.withLock { $0[key] }
    }

    func remember(_ target: LinkTarget, for key: Key) {
        targets.withLock { $0[key] = target }
    }
}

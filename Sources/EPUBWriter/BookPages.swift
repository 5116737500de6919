import Foundation
import HandbookKit
import Pages
import ParallelMap
import SourceFiles

/// The pages of the book as XHTML documents. Every link is checked against what the book holds,
/// fragments included (epubcheck rejects a link to an id that is not there): pages are converted
/// once, then the few with links to missing ids are converted again with those links undone.
struct BookPages {
    /// One page of the reading order.
    struct Page: Sendable {
        var body: PageBody
        /// `chapter` or `appendix` (examples and rules), for the reader's semantics.
        var type: String
        /// Shown under the title (the book's description on the front page).
        var lead: String?

        var file: String { BookLayout.pageFile(body.page.id) }
    }

    struct Document: Sendable {
        var file: String
        /// UTF-8, as the archive takes it: a page's body stays bytes from the render to the ZIP.
        var xhtml: [UInt8]
        /// What the conversion had to change, for diagnostics.
        var problems: [String]
    }

    let pages: [Page]
    let language: String
    /// The images the book holds, relative to the text folder.
    let images: Set<String>
    /// Every file the chapters link as the site has it, images of other types included.
    let media: Set<String>
    /// Whether chapters may hold raw HTML (`markdown.raw-html`).
    let rawHTML: Bool

    func documents() -> [Document] {
        let files = Set(pages.map(\.file))
        let first = pages.concurrentMap { convert($0, files: files, undoing: []) }
        var ids: [String: Set<ExactString>] = [:]
        for result in first { ids[result.document.file] = result.ids }
        return Array(pages.indices).concurrentMap { [ids] index in
            let broken = Set(first[index].fragmentLinks.filter { ids[$0.file]?.contains(ExactString($0.fragment)) != true }.map(\.value))
            return broken.isEmpty ? first[index].document : convert(pages[index], files: files, undoing: broken).document
        }
    }

    private struct Conversion: Sendable {
        var document: Document
        /// By their bytes, as a reading system compares a fragment with ids: hashing a non-ASCII
        /// `String` checks its normalisation first, and a book has an id for every heading.
        var ids: Set<ExactString>
        /// Links with a fragment, as written (`value`) and where they lead.
        var fragmentLinks: [(value: String, file: String, fragment: String)]
    }

    private func convert(_ page: Page, files: Set<String>, undoing broken: Set<String>) -> Conversion {
        var fragmentLinks: [(value: String, file: String, fragment: String)] = []
        // The converter writes links anew; a page taken as written keeps its own.
        var rewritesLinks = false
        let address = { (value: String, isImage: Bool) -> XHTMLConverter.Address in
            if broken.contains(value) { return .missing }
            switch BookAddress(value, from: page.file) {
            case .external: return isImage ? .external(value) : .keep(value)
            case .unusable: return .missing
            case .inside(let file, let fragment):
                if isImage, !images.contains(file) { return media.contains(file) ? .unsupportedImage : .missing }
                guard isImage || files.contains(file) || file.isEmpty else { return .missing }
                if let fragment { fragmentLinks.append((value, file.isEmpty ? page.file : file, fragment)) }
                // The fragment names the id as the converter writes it.
                guard rewritesLinks, let fragment else { return .keep(value) }
                return .keep(Self.pathPart(of: value) + "#" + PagePaths.encodeFragment(fragment))
            }
        }
        let bytes = page.body.utf8(for: .book)
        if broken.isEmpty, let direct = Self.asWritten(bytes, rawHTML: rawHTML && page.body.page.sourcePath != nil, address: address) {
            return Conversion(
                document: Document(file: page.file, xhtml: document(page, body: direct.body), problems: []), ids: direct.ids, fragmentLinks: fragmentLinks)
        }
        fragmentLinks = []
        rewritesLinks = true
        var converter = XHTMLConverter(address: address)
        let body = Array(converter.convert(String(decoding: bytes, as: UTF8.self)).utf8)
        return Conversion(
            document: Document(file: page.file, xhtml: document(page, body: body), problems: converter.problems), ids: Set(converter.ids.map(ExactString.init)),
            fragmentLinks: fragmentLinks)
    }

    private func document(_ page: Page, body: [UInt8]) -> [UInt8] {
        var start = XHTMLDocument.start(title: page.body.page.title, language: language, styleSheet: relative(BookLayout.styleSheet, from: page.file))
        start += "<section epub:type=\"\(page.type)\">\n"
        if !page.body.page.titleIsFirstHeading { start += "<h1>\(page.body.page.title.escapedForXML)</h1>\n" }
        if let lead = page.lead { start += "<p class=\"lead\">\(lead.escapedForXML)</p>\n" }
        let end = "</section>\n</body>\n</html>\n"
        var xhtml: [UInt8] = []
        xhtml.reserveCapacity(start.utf8.count + body.count + end.utf8.count)
        xhtml += start.utf8
        xhtml += body
        xhtml += end.utf8
        return xhtml
    }

    /// A body rendered for the book that is XHTML already, with its ids; nil when it needs the
    /// converter. The pages' own markup is written for the book, and cmark-gfm's is XHTML but for
    /// a few things the converter mends: raw HTML, images (which may be missing, outside the book
    /// or of a type readers need not show), links `address` does not keep (to a file the book does
    /// not hold, a data URL, an unknown scheme), table cells' `align`, the footnotes' valueless
    /// attribute, and ids that are percent-encoded or hold entities.
    static func asWritten(
        _ bytes: [UInt8], rawHTML: Bool, address: (String, Bool) -> XHTMLConverter.Address = { value, _ in .keep(value) }
    ) -> (body: [UInt8], ids: Set<ExactString>)? {
        guard !rawHTML else { return nil }
        guard find(Self.image, in: bytes, from: 0) == nil, find(Self.align, in: bytes, from: 0) == nil, find(Self.footnotes, in: bytes, from: 0) == nil
        else { return nil }
        var ids: Set<ExactString> = []
        var next = 0
        while let start = find(Self.id, in: bytes, from: next) {
            let valueStart = start + Self.id.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let id = bytes[valueStart..<end]
            if id.isEmpty || id.contains(UInt8(ascii: "%")) || id.contains(UInt8(ascii: "&")) || !ids.insert(ExactString(String(decoding: id, as: UTF8.self))).inserted {
                return nil
            }
            next = end
        }
        next = 0
        while let start = find(Self.href, in: bytes, from: next) {
            let valueStart = start + Self.href.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            switch address(Self.unescaped(bytes[valueStart..<end]), false) {
            case .keep, .external: next = end
            case .missing, .unsupportedImage: return nil
            }
        }
        return (XMLText.removingUnholdable(bytes), ids)
    }

    private static let image = Array("<img".utf8), align = Array(" align=\"".utf8), footnotes = Array(" data-footnotes".utf8)
    private static let id = Array(" id=\"".utf8), href = Array(" href=\"".utf8)

    /// An attribute value as written by cmark-gfm or the pages, its character references read.
    private static func unescaped(_ value: ArraySlice<UInt8>) -> String {
        let text = String(decoding: value, as: UTF8.self)
        guard value.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#x27;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Where `needle` first stands in `bytes` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { haystack in needle.withUnsafeBufferPointer { haystack.firstIndex(of: $0, from: start) } }
    }

    private static func pathPart(of value: String) -> Substring {
        Substring(value.unicodeScalars.prefix { $0 != "#" })
    }

    /// `path` (relative to the text folder) as a link from the page `file`.
    private func relative(_ path: String, from file: String) -> String {
        String(repeating: "../", count: file.count { $0 == "/" }) + path
    }
}

/// Where an address in a page leads.
enum BookAddress: Equatable {
    /// Another site (`https:`, `mailto:`…).
    case external
    /// A file of the book relative to the text folder (empty for the page itself), and a fragment.
    case inside(file: String, fragment: String?)
    /// Nothing a reader can follow: a script, a data URL, a path out of the book.
    case unusable

    init(_ value: String, from page: String) {
        // By bytes, not Characters: a `#` or `:` before a combining mark is no Character of its
        // own, and an ASCII byte in UTF-8 is always the scalar it reads as.
        let hash = value.utf8.firstIndex(of: UInt8(ascii: "#"))
        let path = hash.map { String(value[..<$0]) } ?? value
        let fragment = hash.map { String(value[value.utf8.index(after: $0)...]) }
        let pathBytes = path.utf8
        if let colon = pathBytes.firstIndex(of: UInt8(ascii: ":")), !pathBytes[..<colon].contains(UInt8(ascii: "/")) {
            let scheme = String(path[..<colon]).lowercased()
            self = ["http", "https", "mailto", "tel", "ftp"].contains(scheme) && Self.isWellFormed(value, scheme: scheme) ? .external : .unusable
            return
        }
        let decodedFragment = fragment.map(Self.bookID)
        guard !path.isEmpty else {
            self = .inside(file: "", fragment: decodedFragment)
            return
        }
        guard !path.hasPrefix("/"), !path.utf8.contains(UInt8(ascii: "?")) else {
            self = .unusable
            return
        }
        // Split at `/` bytes: every link of every page is read so, and Characters cost most of it.
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var parts = page.utf8.split(separator: slash).dropLast().map { String(Substring($0)) }
        for part in Self.decoded(path).utf8.split(separator: slash, omittingEmptySubsequences: false) {
            if part.isEmpty || part.elementsEqual([dot]) { continue }
            if part.elementsEqual([dot, dot]) {
                guard parts.popLast() != nil else {
                    self = .unusable
                    return
                }
            } else {
                parts.append(String(Substring(part)))
            }
        }
        self = .inside(file: parts.joined(separator: "/"), fragment: decodedFragment)
    }

    /// Whether an address to another site is one epubcheck takes as a URL (RFC 3986): every `%`
    /// starts an escape, there is one fragment at most, and a web address has a host (letters,
    /// digits, `-` and `.`; cmark-gfm percent-encodes anything else) and a port that can be.
    private static func isWellFormed(_ value: String, scheme: String) -> Bool {
        let bytes = Array(value.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "%") {
            guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit else { return false }
        }
        guard bytes.count(where: { $0 == UInt8(ascii: "#") }) <= 1 else { return false }
        guard ["http", "https", "ftp"].contains(scheme) else { return true }
        let rest = bytes.dropFirst(scheme.utf8.count + 1)
        guard rest.starts(with: Array("//".utf8)) else { return false }
        let authority = rest.dropFirst(2).prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        let hostAndPort = authority.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false).last ?? []
        let parts = hostAndPort.split(separator: UInt8(ascii: ":"), maxSplits: 1, omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty,
            host.allSatisfy({ $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return false }
        guard parts.count == 2 else { return true }
        return parts[1].isEmpty || (parts[1].count <= 5 && parts[1].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && Int(String(decoding: parts[1], as: UTF8.self))! <= 65535)
    }

    private static func decoded(_ text: String) -> String {
        PercentEncoding.decoded(text) ?? text
    }

    /// An id as the book writes it, and the fragment of a link compared with ids: percent-decoded
    /// (cmark-gfm percent-encodes a footnote's label in both its id and its link, and epubcheck
    /// matches a link's decoded fragment with ids), unless that gives spaces or controls, which
    /// no id may hold. Links then write it as a fragment, percent-encoded where they must be.
    static func bookID(_ text: String) -> String {
        // Most ids and fragments have nothing to decode, and are what they are.
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let decoded = decoded(text)
        return decoded.unicodeScalars.contains(where: Self.cannotBeInID) ? text : decoded
    }

    /// White space and controls; ASCII and Cyrillic, most of a handbook's ids, told without
    /// looking up their properties.
    private static func cannotBeInID(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x400...0x4FF: false
        case 0...0x20, 0x7F: true
        default: scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
        }
    }
}

import Pages
import Foundation
import HandbookKit


/// The package document (`package.opf`): what the book is (metadata from `handbook.yml`), what
/// files it holds, and the order to read them in.
struct PackageDocument {
    let identifier: String
    let config: HandbookConfig
    let modified: Date
    /// Every file but the package document itself, relative to the package folder.
    let manifest: [(path: String, mediaType: String, properties: String?)]
    /// The reading order, as paths of the manifest; `linear` false for pages outside it that a
    /// reader opens from a link (the contents).
    let spine: [(path: String, linear: Bool)]
    /// A manifest id per path: its position, so ids are short, valid XML names and stable for the same book.
    private let itemIDs: [String: String]

    init(identifier: String, config: HandbookConfig, modified: Date, manifest: [(path: String, mediaType: String, properties: String?)], spine: [(path: String, linear: Bool)]) {
        self.identifier = identifier
        self.config = config
        self.modified = modified
        self.manifest = manifest
        self.spine = spine
        itemIDs = Dictionary(manifest.enumerated().map { ($1.path, "item-\($0 + 1)") }, uniquingKeysWith: { first, _ in first })
    }

    /// `META-INF/container.xml`, which tells a reader where the package document is.
    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="\(BookLayout.packageFolder)/\(BookLayout.packageDocument)" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """

    func xml() -> String {
        let language = config.language.rawValue
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(language)">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">\(identifier)</dc:identifier>
            <dc:title>\(config.title.escapedForXML)</dc:title>
            <dc:language>\(language)</dc:language>

            """
        if let author = config.author { xml += "<dc:creator>\(author.escapedForXML)</dc:creator>\n" }
        if let description = config.description { xml += "<dc:description>\(description.escapedForXML)</dc:description>\n" }
        xml += "<meta property=\"dcterms:modified\">\(Self.timestamp(modified))</meta>\n"
        xml += "<meta name=\"cover\" content=\"\(itemID(BookLayout.coverImage))\"/>\n"
        xml += "<meta name=\"generator\" content=\"handbook\"/>\n</metadata>\n<manifest>\n"
        for item in manifest {
            xml += "<item id=\"\(itemID(item.path))\" href=\"\(PagePaths.encode(item.path).escapedForXML)\" media-type=\"\(item.mediaType)\""
            xml += (item.properties.map { " properties=\"\($0)\"" } ?? "") + "/>\n"
        }
        xml += "</manifest>\n<spine toc=\"\(itemID(BookLayout.ncx))\">\n"
        for (path, linear) in spine { xml += "<itemref idref=\"\(itemID(path))\"\(linear ? "" : " linear=\"no\"")/>\n" }
        return xml + "</spine>\n</package>\n"
    }

    private func itemID(_ path: String) -> String { itemIDs[path] ?? "" }

    /// `dcterms:modified` wants UTC to the second: `2026-11-23T07:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

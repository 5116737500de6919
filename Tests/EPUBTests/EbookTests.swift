@testable import EPUBWriter
import Foundation
@testable import HandbookBuild
import HandbookKit
import Testing
import TestSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The EPUB as a reader and epubcheck see it: the container rules, metadata, navigation, links
/// and escaping. (epubcheck itself runs in `make test`, from Tests/EPUB.)
@Suite struct EbookTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let files: [String: String] = [
        "Handbook/index.md": "---\ntitle: Главная\n---\nВступление.\n",
        "Handbook/01-links.md": "---\ntitle: Правила <и> & исключения\n---\n## Лесенка\n\nСм. [лесенку](rule:chat.ladder), [раздел](02-section/01-inner.md#глубже) и [сайт](https://example.com/a?b=1&c=2).\n\n![Схема](pic.png)\n",
        "Handbook/02-section/index.md": "---\ntitle: Раздел\n---\nО разделе.\n",
        "Handbook/02-section/01-inner.md": "---\ntitle: Внутри\n---\n## Глубже\n\n```dialogue\nклиент: Где заказ?\nагент: Заказ у курьера, он привезёт его сегодня до 18:00.\n> ✓ срок назван\n```\n",
    ]

    /// A handbook of `files` with the bundled style and a picture.
    private func handbook(_ files: [String: String] = files, config: String = "title: Книга <b> & «кавычки»\nlanguage: ru\nauthor: Автор\ndescription: О книге\n") throws -> TemporaryHandbook {
        let handbook = try TemporaryHandbook(files, config: config)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Styles"), to: handbook.url("Styles"))
        try handbook.write(Self.png, to: "Handbook/pic.png")
        return handbook
    }

    /// The handbook built; the EPUB's entries by name, in archive order.
    private func build(_ files: [String: String] = files, config: String = "title: Книга <b> & «кавычки»\nlanguage: ru\nauthor: Автор\ndescription: О книге\n")
        throws -> (names: [String], entries: [String: Data], report: BuildReport)
    {
        let handbook = try handbook(files, config: config)
        let report = BuildPipeline(root: handbook.root).build()
        let epub = try Data(contentsOf: handbook.url("site/handbook.epub"))
        let (names, entries) = try Self.unzip(epub)
        return (names, entries, report)
    }

    /// Every XML file of the book parses.
    private func expectWellFormed(_ names: [String], _ entries: [String: Data]) throws {
        for name in names where name.hasSuffix(".xhtml") || name.hasSuffix(".opf") || name.hasSuffix(".ncx") || name.hasSuffix(".svg") {
            #expect(XMLParser(data: try #require(entries[name])).parse(), "\(name) is not well-formed")
        }
    }

    private func text(_ entries: [String: Data], _ name: String) throws -> String {
        String(decoding: try #require(entries[name], "no \(name)"), as: UTF8.self)
    }

    @Test func theContainerIsWhatReadersExpect() throws {
        let handbook = try handbook()
        _ = BuildPipeline(root: handbook.root).build()
        let epub = [UInt8](try Data(contentsOf: handbook.url("site/handbook.epub")))
        // mimetype first, stored, without an extra field, so its text sits at byte 38.
        #expect(Array(epub[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(epub[8] == 0 && epub[9] == 0)
        #expect(epub[28] == 0 && epub[29] == 0)
        #expect(String(decoding: epub[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: epub[38..<58], as: UTF8.self) == "application/epub+zip")
        let (names, entries) = try Self.unzip(Data(epub))
        #expect(Array(names.prefix(3)) == ["mimetype", "META-INF/container.xml", "EPUB/package.opf"])
        #expect(try text(entries, "META-INF/container.xml").contains("full-path=\"EPUB/package.opf\""))
    }

    /// The lint page needs a server, which a reader has not: the site has it, the book does not.
    @Test func theLintPageIsTheSitesAlone() throws {
        let handbook = try handbook()
        #expect(BuildPipeline(root: handbook.root).build().output != nil)
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/lint/index.html").path))
        let (names, entries) = try Self.unzip(try Data(contentsOf: handbook.url("site/handbook.epub")))
        #expect(!names.contains { $0.lowercased().contains("lint") })
        for name in names where name.hasSuffix(".xhtml") || name.hasSuffix(".opf") || name.hasSuffix(".ncx") {
            let text = try text(entries, name)
            #expect(!text.contains("Проверка ответа") && !text.contains("lint/index") && !text.contains("sidebar-tools"), "\(name)")
        }
    }

    @Test func metadataComesFromHandbookYml() throws {
        let (_, entries, report) = try build()
        #expect(report.diagnostics.items.isEmpty)
        let opf = try text(entries, "EPUB/package.opf")
        #expect(opf.contains("<dc:title>Книга &lt;b&gt; &amp; «кавычки»</dc:title>"))
        #expect(opf.contains("<dc:language>ru</dc:language>"))
        #expect(opf.contains("<dc:creator>Автор</dc:creator>"))
        #expect(opf.contains("<dc:description>О книге</dc:description>"))
        let identifier = BookIdentifier.make(title: "Книга <b> & «кавычки»", author: "Автор", language: "ru")
        #expect(opf.contains("<dc:identifier id=\"book-id\">\(identifier)</dc:identifier>"))
        #expect(try text(entries, "EPUB/toc.ncx").contains("<meta name=\"dtb:uid\" content=\"\(identifier)\"/>"))
        #expect(opf.contains("href=\"text/media/pic.png\" media-type=\"image/png\""))
        #expect(opf.contains("href=\"cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\""))
        #expect(entries["EPUB/text/media/pic.png"] == Self.png)
    }

    /// A title of 1,549 letters without a space once divided the cover's line count by zero.
    @Test func aTitleOfOneLongWordFitsTheCover() throws {
        let (names, entries, report) = try build(config: "title: \(String(repeating: "Ж", count: 5_000))\nlanguage: ru\n")
        #expect(!report.diagnostics.hasErrors)
        try expectWellFormed(names, entries)
        let svg = try text(entries, "EPUB/cover.svg")
        let lines = svg.components(separatedBy: "<tspan").dropFirst().map { $0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" } }
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { $0.count <= 19 })
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(svg.contains("font-size=\"86\""))
    }

    /// The book's page of a chapter with `body`, built without a diagnostic and well-formed.
    private func notesPage(_ body: String) throws -> String {
        var files = Self.files
        files["Handbook/03-notes.md"] = "---\ntitle: Сноски\n---\n" + body
        let (names, entries, report) = try build(files)
        #expect(report.diagnostics.items.isEmpty, "\(report.diagnostics.items)")
        try expectWellFormed(names, entries)
        return try text(entries, "EPUB/text/notes.xhtml")
    }

    /// cmark-gfm percent-encodes a Cyrillic footnote label in both the id and the link; the book
    /// once decoded only the link, and the footnote lost it.
    @Test func footnotesWithCyrillicLabelsKeepTheirLinks() throws {
        let page = try notesPage("Текст[^примечание] и[^1].\n\n[^примечание]: Сноска.\n[^1]: Другая.\n")
        #expect(page.contains("href=\"#fn-примечание\""))
        #expect(page.contains("id=\"fn-примечание\""))
        #expect(page.contains("href=\"#fnref-примечание\""))
        #expect(page.contains("id=\"fnref-примечание\""))
    }

    /// Labels with marks a URL fragment cannot hold as they are: the id holds them, the link
    /// percent-encodes them (decoded links were invalid URLs; encoded ids named no id).
    @Test func footnotesWithMarksInTheirLabelsKeepValidLinks() throws {
        let page = try notesPage("А[^x\"y] б[^a|b] в[^a{b}] г[^a%25b].\n\n[^x\"y]: 1.\n[^a|b]: 2.\n[^a{b}]: 3.\n[^a%25b]: 4.\n")
        for (id, fragment) in [("x&quot;y", "x%22y"), ("a|b", "a%7Cb"), ("a{b}", "a%7Bb%7D"), ("a%b", "a%25b")] {
            #expect(page.contains("href=\"#fn-\(fragment)\""), "\(fragment)")
            #expect(page.contains("id=\"fn-\(id)\""), "\(id)")
        }
    }

    @Test func theIdentifierIsStableAndNamesTheHandbook() {
        let one = BookIdentifier.make(title: "Книга", author: "Автор", language: "ru")
        #expect(one == BookIdentifier.make(title: "Книга", author: "Автор", language: "ru"))
        #expect(one != BookIdentifier.make(title: "Книга 2", author: "Автор", language: "ru"))
        #expect(one.range(of: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
    }

    @Test func theModifiedDateIsTheSourcesNotTheClock() throws {
        let handbook = try TemporaryHandbook(Self.files)
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        #expect(SourceDate.of(root: handbook.root, config: config, environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == Date(timeIntervalSince1970: 1_700_000_000))
        let old = Date(timeIntervalSince1970: 1_600_000_000)
        for path in Self.files.keys + ["handbook.yml", "Handbook", "Handbook/02-section"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: handbook.url(path).path)
        }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_650_000_000.7)], ofItemAtPath: handbook.url("Handbook/01-links.md").path)
        #expect(SourceDate.of(root: handbook.root, config: config, environment: [:]) == Date(timeIntervalSince1970: 1_650_000_000))
        // A link the book leaves out (it leads outside the handbook) does not date it.
        let outside = try TemporaryHandbook(["later.txt": "x"], config: nil)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 2_000_000_000)], ofItemAtPath: outside.url("later.txt").path)
        try FileManager.default.createSymbolicLink(atPath: handbook.url("Handbook/later.txt").path, withDestinationPath: outside.url("later.txt").path)
        #expect(SourceDate.of(root: handbook.root, config: config, environment: [:]) == Date(timeIntervalSince1970: 1_650_000_000))
        #expect(PackageDocument.timestamp(Date(timeIntervalSince1970: 1_650_000_000)) == "2022-04-15T05:20:00Z")
    }

    @Test func theContentsNestAsTheHandbookDoes() throws {
        let (_, entries, _) = try build()
        let nav = try text(entries, "EPUB/nav.xhtml")
        #expect(nav.contains("<li><a href=\"text/section/index.xhtml\">Раздел</a>\n<ol>\n<li><a href=\"text/section/inner.xhtml\">Внутри</a></li>\n</ol>\n</li>"))
        #expect(nav.contains("<li><a href=\"text/rules/index.xhtml\">Правила линтера</a>\n<ol>\n<li><a href=\"text/rules/address.ty.xhtml\">"))
        #expect(nav.contains("<a epub:type=\"bodymatter\" href=\"text/index.xhtml\">Начало</a>"))
        let ncx = try text(entries, "EPUB/toc.ncx")
        #expect(ncx.contains("<navPoint id=\"point-1\" playOrder=\"1\"><navLabel><text>Главная</text></navLabel><content src=\"text/index.xhtml\"/>"))
        let opf = try text(entries, "EPUB/package.opf")
        let spine = opf.components(separatedBy: "<spine")[1]
        #expect(spine.hasPrefix(" toc=\"item-2\">\n<itemref idref=\"item-3\"/>\n<itemref idref=\"item-1\" linear=\"no\"/>\n"))
    }

    @Test func linksLeadInsideTheBookAndOutsideStaysOutside() throws {
        let (_, entries, _) = try build()
        let page = try text(entries, "EPUB/text/links.xhtml")
        #expect(page.contains("<a href=\"rules/chat.ladder.xhtml\">лесенку</a>"))
        // Fragments are written as ids are, decoded (cmark-gfm percent-encodes them in links).
        #expect(page.contains("<a href=\"section/inner.xhtml#глубже\">раздел</a>"))
        #expect(page.contains("<a href=\"https://example.com/a?b=1&amp;c=2\">сайт</a>"))
        #expect(page.contains("<img src=\"media/pic.png\" alt=\"Схема\"/>"))
        #expect(page.contains("<link rel=\"stylesheet\" type=\"text/css\" href=\"assets/book.css\"/>"))
        let inner = try text(entries, "EPUB/text/section/inner.xhtml")
        #expect(inner.contains("href=\"../assets/book.css\""))
        #expect(inner.contains("class=\"message message-agent message-good\""))
    }

    @Test func everyDocumentIsWellFormedAndTextIsEscaped() throws {
        let (names, entries, _) = try build()
        try expectWellFormed(names, entries)
        let page = try text(entries, "EPUB/text/links.xhtml")
        #expect(page.contains("<title>Правила &lt;и&gt; &amp; исключения</title>"))
        #expect(page.contains("<h1>Правила &lt;и&gt; &amp; исключения</h1>"))
        #expect(try text(entries, "EPUB/cover.svg").contains("Книга &lt;b&gt; &amp;"))
    }

    @Test func charactersXMLCannotHoldAreLeftOutOfTheBook() throws {
        var files = Self.files
        files["Handbook/01-links.md"] = "---\ntitle: \"Глава\\x04 \\uFFFE\"\nsummary: \"Кратко\\x05\"\n---\nТекст.\n"
        let config = "title: \"Книга\\x01 \\uFFFF\"\nlanguage: ru\nauthor: \"Автор\\x02\"\ndescription: \"О книге\\x03\"\n"
        let (names, entries, _) = try build(files, config: config)
        try expectWellFormed(names, entries)
        let package = try text(entries, "EPUB/package.opf")
        #expect(package.contains("<dc:title>Книга </dc:title>"))
        #expect(package.contains("<dc:creator>Автор</dc:creator>"))
        // Front matter is trimmed once the characters are gone.
        #expect(try text(entries, "EPUB/text/links.xhtml").contains("<title>Глава</title>"))
    }

    @Test func rawHTMLThatIsNotXHTMLIsMendedAndReported() throws {
        let files = [
            "Handbook/a.md": "---\ntitle: А\n---\n<div><p>абзац<div>блок</div>&nbsp;<img src=\"lost.png\" alt=\"пропало\"><img src=\"https://example.com/x.png\">"
                + "<a href=\"nowhere.xhtml\">никуда</a> <a href=\"#нет\">нет</a><object data=\"x.swf\">флеш</object><script>alert(1)</script>\n",
        ]
        let (_, entries, report) = try build(files, config: "title: Т\nlanguage: ru\nmarkdown:\n  raw-html: true\n")
        let page = try text(entries, "EPUB/text/a.xhtml")
        #expect(XMLParser(data: Data(page.utf8)).parse())
        // GitHub's tag filter, on whatever the handbook allows, has already made the script text.
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("object") && !page.contains("флеш"))
        #expect(page.contains("<span class=\"missing-image\">пропало</span>"))
        #expect(page.contains("<a>никуда</a> <a>нет</a>"))
        #expect(report.diagnostics.items.map(\.description) == [
            "Handbook/a.md: warning: in the EPUB, on the page 'А': the image 'lost.png' is not in the book; its description is shown instead",
            "Handbook/a.md: warning: in the EPUB, on the page 'А': the image 'https://example.com/x.png' is outside the book, which may not load it; it is shown as a link",
            "Handbook/a.md: warning: in the EPUB, on the page 'А': the link to 'nowhere.xhtml' leads to nothing in the book; it is shown as plain text",
            "Handbook/a.md: warning: in the EPUB, on the page 'А': the link to '#нет' leads to nothing in the book; it is shown as plain text",
            "Handbook/a.md: warning: in the EPUB, on the page 'А': <object> is left out, with what is inside it: an e-book page cannot hold it",
        ])
    }

    @Test func theSiteAloneSkipsTheBook() throws {
        let handbook = try handbook()
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site/handbook.epub").path))
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/index.html").path))
    }

    // MARK: Helpers

    /// A 1×1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    /// The entries of a ZIP archive as Python's `zipfile` reads them (another implementation, which
    /// checks every CRC): names in archive order and contents.
    static func unzip(_ data: Data) throws -> (names: [String], entries: [String: Data]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("epub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("book.epub")
        try data.write(to: archive)
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                assert z.testzip() is None
                for info in z.infolist():
                    print(info.filename)
                z.extractall(sys.argv[2])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, archive.path, folder.appendingPathComponent("x").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        let names = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        var entries: [String: Data] = [:]
        for name in names {
            entries[name] = try Data(contentsOf: folder.appendingPathComponent("x").appendingPathComponent(name))
        }
        return (names, entries)
    }
}

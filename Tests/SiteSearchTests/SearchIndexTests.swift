import Foundation
import HandbookBuild
import HandbookKit
import Pages
import SiteSearch
import Testing
import TestSupport

/// The search index as the page script reads it: `search/index.js` parsed back from its JSON and decoded.
struct ReadIndex {
    let json: [String: Any]
    let script: String
    let terms: [String]

    init(_ files: [String: Data]) throws {
        script = String(decoding: try #require(files[SearchIndex.indexPath]), as: UTF8.self)
        let prefix = "handbookSearch.addIndex(", suffix = ");\n"
        #expect(script.hasPrefix(prefix) && script.hasSuffix(suffix))
        let body = script.dropFirst(prefix.count).dropLast(suffix.count)
        json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        var terms: [String] = [], previous: [UInt16] = []
        for coded in (json["terms"] as? String ?? "").split(separator: " ") {
            let units = Array(coded.utf16)
            previous = Array(previous.prefix(Int(units[0]) - 65)) + units.dropFirst()
            terms.append(String(decoding: previous, as: UTF16.self))
        }
        self.terms = terms
    }

    var sections: [[Any]] { json["sections"] as? [[Any]] ?? [] }
    /// Each section's page, from the pages' counts of sections.
    var sectionPages: [Int] { pages.enumerated().flatMap { number, page in Array(repeating: number, count: page[3] as! Int) } }
    var pages: [[Any]] { json["pages"] as? [[Any]] ?? [] }

    /// The sections a stem is in, with the posting's flags (8: in the title; below: occurrences in the text).
    func postings(_ stem: String) -> [(section: Int, flags: Int)] {
        guard let at = terms.firstIndex(of: stem), let all = json["postings"] as? [String] else { return [] }
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
        var section = 0, value = 0
        var found: [(Int, Int)] = []
        for character in all[at] {
            let digit = digits.firstIndex(of: character)!
            value = value * 32 + digit % 32
            if digit < 32 {
                section += value / 16
                found.append((section, value % 16))
                value = 0
            }
        }
        return found
    }

    /// A page's titles from the top of the book down.
    func path(ofPage number: Int) -> [String] {
        let page = pages[number]
        let parent = page[1] as! Int
        return (parent >= 0 ? path(ofPage: parent) : []) + [spaced(page[2] as! String)]
    }

    /// A section's title, anchor, parent heading and the URL and path of its page; the no-break
    /// spaces the typography puts after short words read as spaces.
    func section(_ number: Int) -> (title: String, anchor: String, parent: String?, url: String, path: [String]) {
        let section = sections[number]
        let pageNumber = sectionPages[number]
        let page = pages[pageNumber]
        let title = spaced(section[0] as? String ?? page[2] as! String)
        let anchor = section[1] as? String ?? title.lowercased().replacingOccurrences(of: " ", with: "-")
        let first = sectionPages.firstIndex(of: pageNumber)!
        let parent = section.count > 3 ? self.section(first + (section[3] as! Int)).title : nil
        return (title, anchor, parent, (page[0] as! String) + ".html", path(ofPage: pageNumber))
    }
}

func spaced(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ")
}

/// Builds a handbook's site into memory, search files and all.
func searchFiles(_ files: [String: String], config: String = "title: Тест\nlanguage: ru\n") throws -> [String: Data] {
    let handbook = try TemporaryHandbook(files, config: config)
    let (loaded, diagnostics) = Handbook.load(root: handbook.root)
    #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
    let book = try #require(loaded).book
    let pages = PageBodies(book: book).renderAll()
    return Dictionary(SearchIndex(book: book, pages: pages).files(), uniquingKeysWith: { first, _ in first })
}

@Suite struct SearchIndexTests {
    static let sample: [String: String] = [
        "Handbook/index.md": "---\ntitle: Главная\n---\nДобро пожаловать.\n",
        "Handbook/01-standards/index.md": "---\ntitle: Стандарты\n---\nОбщее про стандарты.\n",
        "Handbook/01-standards/01-complaints.md": """
            ---
            title: Недовольство и жалобы
            ---
            Клиент пишет жалобу, когда ждёт возврата денег.

            ## Как извиниться

            Извинение без оправданий. Возврат оформляем сразу, возврат не откладываем.

            ### Что не писать

            Не пишите «приносим извинения за неудобства».

            ## Сроки

            Срок ответа — час.
            """,
    ]

    @Test func aWordIsIndexedByItsStemSoEveryFormFindsIt() throws {
        let index = try ReadIndex(try searchFiles(Self.sample))
        // «возврата» in the top of the page and «возврат» twice under «Как извиниться»: one stem.
        let found = index.postings("возврат")
        #expect(found.map { index.section($0.section).title } == ["Недовольство и жалобы", "Как извиниться"])
        #expect(found.map { $0.flags } == [1, 2])
        #expect(index.postings("извин").map { index.section($0.section).title } == ["Как извиниться"])
        #expect(!index.terms.contains("возврата") && index.terms.contains("жалоб"))
        #expect(index.terms.contains("ждет"), "ё is searched as е")
    }

    @Test func pagesAreCutAtTheirHeadingsWithAnchorsAndPaths() throws {
        let index = try ReadIndex(try searchFiles(Self.sample))
        let sections = (0..<index.sections.count).map(index.section)
        let complaints = sections.filter { $0.url == "standards/complaints.html" }
        #expect(complaints.map(\.title) == ["Недовольство и жалобы", "Как извиниться", "Что не писать", "Сроки"])
        #expect(complaints.map(\.anchor) == ["", "как-извиниться", "что-не-писать", "сроки"])
        #expect(complaints.map(\.parent) == [nil, nil, "Как извиниться", nil])
        #expect(complaints[0].path == ["Стандарты", "Недовольство и жалобы"])
        #expect(sections.contains { $0.url == "index.html" && $0.path == ["Главная"] })
    }

    @Test func aWordInATitleIsMarkedForRanking() throws {
        // Without a style, whose rule pages speak of deadlines too.
        let index = try ReadIndex(try searchFiles(Self.sample, config: "title: Тест\nlanguage: ru\nlint:\n  style: none\n"))
        #expect(index.postings("срок").map { index.section($0.section).title } == ["Сроки"])
        #expect(index.postings("срок").map(\.flags) == [8 + 1])
        #expect(index.postings("ответ").map(\.flags) == [1])
    }

    @Test func eachPageHasAShardWithItsSectionsTexts() throws {
        let files = try searchFiles(Self.sample)
        let shard = spaced(String(decoding: try #require(files["search/text/standards/complaints.js"]), as: UTF8.self))
        #expect(shard.hasPrefix("handbookSearch.addText(\"standards/complaints\",[\"Клиент пишет жалобу, когда ждёт возврата денег.\","))
        #expect(shard.contains("\"Срок ответа — час.\"]);"))
    }

    @Test func hostileTitlesAndTextStayInsideTheirStrings() throws {
        let title = "</script><img src=x onerror=alert(1)>\u{2028}«кавычки» \\ \""
        let files = try searchFiles([
            "Handbook/01-x.md": "---\ntitle: '\(title.replacingOccurrences(of: "'", with: "''"))'\n---\n## Раздел \u{2029} <!--\n\nТекст\u{2028}со строкой `</script>`.\n",
        ])
        let index = try ReadIndex(files)
        let shard = String(decoding: try #require(files["search/text/x.js"]), as: UTF8.self)
        for script in [index.script, shard] {
            #expect(!script.contains("<") && !script.contains("\u{2028}") && !script.contains("\u{2029}"))
        }
        #expect(index.pages.first { $0[0] as? String == "x" }?[2] as? String == title)
        #expect(shard.contains("\\u003c/script>") && shard.contains("\\u2028"))
    }

    @Test func theSameHandbookGivesTheSameBytes() throws {
        #expect(try searchFiles(Self.sample) == (try searchFiles(Self.sample)))
    }

    @Test func anEnglishHandbookIsStemmedInEnglish() throws {
        let files = try searchFiles(
            ["Handbook/01-refunds.md": "---\ntitle: Refunds\n---\nWe are refunding the running orders.\n"], config: "title: Test\nlanguage: en\n")
        let index = try ReadIndex(files)
        #expect(index.terms.contains("refund") && index.terms.contains("run") && !index.terms.contains("running"))
        let stemmer = String(decoding: try #require(files[SearchIndex.stemmerPath]), as: UTF8.self)
        #expect(stemmer.contains("Porter2") && !stemmer.contains("Russian"))
        let russian = String(decoding: try #require(try searchFiles(Self.sample)[SearchIndex.stemmerPath]), as: UTF8.self)
        #expect(russian.contains("Russian") && !russian.contains("Porter2"))
    }

    @Test func scriptsRulesAndExamplesAreSearchedButNotTheLintPage() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let site = LiveSite(root: repository)
        let index = try ReadIndex(site.files)
        let urls = Set(index.pages.map { ($0[0] as! String) + ".html" })
        #expect(urls.contains("scripts.html") && urls.contains("rules/index.html") && urls.contains("examples/index.html"))
        #expect(urls.contains { $0.hasPrefix("rules/chat.") } && urls.contains { $0.hasPrefix("examples/complaints-") })
        #expect(!urls.contains("lint/index.html"))
        // A reply script's text is the text of the section it is in.
        #expect(index.postings("курьер").contains { index.section($0.section).url == "scripts.html" })
    }
}

import Foundation
import HandbookBuild
import SiteRenderer
import Testing
import TestSupport

/// An incremental update gives exactly the site a fresh build of the same files gives, and names
/// the files that changed: on the bundled handbook (chapters, sections, examples, a lint style).
@Suite struct LiveSiteTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the bundled handbook, built into memory.
    private func bundled() throws -> (TemporaryHandbook, LiveSite) {
        let handbook = try TemporaryHandbook([:], config: nil)
        for item in ["handbook.yml", "Handbook", "Examples", "Styles"] {
            try? FileManager.default.removeItem(at: handbook.url(item))
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(item), to: handbook.url(item))
        }
        let site = LiveSite(root: handbook.root)
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics.sorted.first?.description ?? "")")
        return (handbook, site)
    }

    /// Edits a file, updates the site and holds it to a fresh build of the same files.
    private func edit(
        _ path: String, in handbook: TemporaryHandbook, site: inout LiveSite, _ change: (String) -> String
    ) throws -> LiveSite.Update {
        try handbook.write(change(try handbook.read(path)), to: path)
        let update = site.update(changed: [path])
        let fresh = LiveSite(root: handbook.root)
        #expect(site.files == fresh.files)
        #expect(site.diagnostics.sorted == fresh.diagnostics.sorted)
        return update
    }

    @Test func theSiteInMemoryIsTheSiteOnDisk() throws {
        let (handbook, site) = try bundled()
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        #expect(try handbook.snapshot("site").filter { $0.key != ".handbook-build" } == site.files)
    }

    @Test func anEditedParagraphRewritesItsPageAlone() throws {
        var (handbook, site) = try bundled()
        let update = try edit("Handbook/06-metrics.md", in: handbook, site: &site) {
            $0.replacingOccurrences(of: "ни одна не показывает всё", with: "ни одна не говорит всего")
        }
        // The page, its text for search snippets and the search index.
        #expect(update.changed == ["metrics.html", "print.html", "search/index.js", "search/text/metrics.js"])
        #expect(update.removed.isEmpty && !update.failed)
        #expect(String(decoding: site.files["metrics.html"] ?? Data(), as: UTF8.self).contains("говорит всего"))
    }

    @Test func aNewTitleReachesTheNeighboursTheContentsAndEveryPage() throws {
        var (handbook, site) = try bundled()
        let update = try edit("Handbook/06-metrics.md", in: handbook, site: &site) {
            $0.replacingOccurrences(of: "title: Метрики качества", with: "title: Метрики")
        }
        // The bundled handbook is small enough for every page to carry the contents.
        #expect(update.changed.count > 30)
        #expect(update.changed.contains("scripts.html") && update.changed.contains("review.html") && update.changed.contains("index.html"))
    }

    @Test func aHeadingRenamedRewritesThePagesThatLinkToIt() throws {
        var (handbook, site) = try bundled()
        let before = site.files
        let update = try edit("Handbook/06-metrics.md", in: handbook, site: &site) {
            $0.replacingOccurrences(of: "## FRT — время первого ответа", with: "## FRT: время первого ответа")
        }
        #expect(update.changed.contains("metrics.html"))
        #expect(update.changed.allSatisfy { before[$0] != nil })
    }

    @Test func aPageAddedAndRemovedComesAndGoes() throws {
        var (handbook, site) = try bundled()
        try handbook.write("---\ntitle: Новая глава\n---\n\nТекст новой главы.\n", to: "Handbook/09-new.md")
        let added = site.update(changed: ["Handbook/09-new.md"])
        #expect(added.changed.contains("new.html"))
        #expect(site.files == LiveSite(root: handbook.root).files)
        try FileManager.default.removeItem(at: handbook.url("Handbook/09-new.md"))
        let removed = site.update(changed: ["Handbook/09-new.md"])
        #expect(removed.removed == ["new.html", "search/text/new.js"])
        #expect(site.files == LiveSite(root: handbook.root).files)
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteUntilItIsFixed() throws {
        var (handbook, site) = try bundled()
        let good = site.files
        let original = try handbook.read("Handbook/06-metrics.md")
        try handbook.write(original + "\n[сюда](nowhere.md)\n", to: "Handbook/06-metrics.md")
        let broken = site.update(changed: ["Handbook/06-metrics.md"])
        #expect(broken.failed && broken.changed.isEmpty)
        #expect(site.files == good)
        #expect(site.diagnostics.sorted.contains { $0.file == "Handbook/06-metrics.md" && $0.message.contains("nowhere.md") })
        try handbook.write(original + "\nНовая строка.\n", to: "Handbook/06-metrics.md")
        let fixed = site.update(changed: ["Handbook/06-metrics.md"])
        #expect(!fixed.failed && fixed.changed == ["metrics.html", "print.html", "search/index.js", "search/text/metrics.js"])
        #expect(site.files == LiveSite(root: handbook.root).files)
    }

    @Test func anExampleEditedRewritesItsPagesAndTheRulePages() throws {
        var (handbook, site) = try bundled()
        let update = try edit("Examples/delivery-ladder-good.md", in: handbook, site: &site) {
            $0.replacingOccurrences(of: "title: \"", with: "title: \"Исправлено. ")
        }
        #expect(update.changed.contains("examples/delivery-ladder-good.html"))
        #expect(update.changed.contains("rules/chat.ladder.html"))
        #expect(!update.changed.contains("metrics.html"))
    }

    @Test func aRuleEditedInTheStyleRewritesItsPage() throws {
        var (handbook, site) = try bundled()
        let update = try edit("Styles/ru-support/chat.ladder.yml", in: handbook, site: &site) {
            $0.replacingOccurrences(of: "description: Лесенка", with: "description: Коротко, лесенка")
        }
        #expect(update.changed.contains("rules/chat.ladder.html"))
        #expect(!update.changed.contains("metrics.html"))
    }

    @Test func aThemeAddedReframesEveryPage() throws {
        var (handbook, site) = try bundled()
        try handbook.write("title: Чат-руководство\nlanguage: ru\nfolders:\n  theme: Theme\n", to: "handbook.yml")
        try handbook.write("body { color: black; }\n", to: "Theme/assets/extra.css")
        let update = site.update(changed: ["handbook.yml", "Theme/assets/extra.css"])
        #expect(update.changed.contains("assets/extra.css") && update.changed.contains("metrics.html"))
        #expect(site.files == LiveSite(root: handbook.root).files)
    }

    /// A heading another page links to is gone: the link's error comes back, as in a fresh build,
    /// and the site stays as it was (the page that links there once kept its old check).
    @Test func aHeadingRemovedThatAnotherPageLinksToIsAnError() throws {
        var (handbook, site) = try bundled()
        let good = site.files
        let path = "Handbook/03-standards/03-tone.md"
        try handbook.write(try handbook.read(path).replacingOccurrences(of: "## Одно полное сообщение", with: "## Одно сообщение"), to: path)
        let update = site.update(changed: [path])
        #expect(update.failed && site.files == good)
        #expect(site.diagnostics.sorted == LiveSite(root: handbook.root).diagnostics.sorted)
        #expect(site.diagnostics.sorted.contains { $0.file == "Handbook/03-standards/01-response-time.md" && $0.message.contains("одно-полное-сообщение") })
    }

    /// Past 300 pages the pages share one contents script; the page that crosses the line
    /// changes every page, as a fresh build has them.
    @Test func crossingTheSharedContentsLineReframesEveryPage() throws {
        var files: [String: String] = [:]
        for number in 1...300 { files["Handbook/p\(number).md"] = "# Страница \(number)\n\nТекст.\n" }
        let handbook = try TemporaryHandbook(files)
        var site = LiveSite(root: handbook.root)
        #expect(site.files["assets/toc.js"] == nil)
        try handbook.write("# Страница 301\n\nТекст.\n", to: "Handbook/p301.md")
        let update = site.update(changed: ["Handbook/p301.md"])
        #expect(site.files["assets/toc.js"] != nil && update.changed.count > 300)
        #expect(site.files == LiveSite(root: handbook.root).files)
        try FileManager.default.removeItem(at: handbook.url("Handbook/p301.md"))
        site.update(changed: ["Handbook/p301.md"])
        #expect(site.files == LiveSite(root: handbook.root).files)
    }
}

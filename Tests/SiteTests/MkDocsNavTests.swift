import HandbookBuild
import HandbookKit
import Testing
import TestSupport

/// MkDocs' `nav:` sets the order, nesting and titles of a handbook brought from MkDocs.
@Suite struct MkDocsNavTests {
    static let pages = [
        "docs/index.md": "# Welcome\n",
        "docs/replies.md": "# Replies\n",
        "docs/tools/index.md": "# Tools\n",
        "docs/tools/queue.md": "# The queue\n",
        "docs/tools/macros.md": "# Macros\n",
        "docs/guide/setup.md": "# Setting up\n",
        "docs/guide/shifts.md": "# Shifts\n",
        "docs/about.md": "# About\n",
        "docs/zz-unlisted.md": "# Unlisted\n",
    ]
    static let config = "title: Support\nlanguage: en\nfolders:\n  chapters: docs\n"
    static let mkdocs = """
        site_name: Support
        theme:
          name: material
        markdown_extensions:
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
        nav:
          - Home:
              - index.md
              - Replies: replies.md
          - Tools:
              - Queue: tools/queue.md
              - tools/index.md
          - Guide:
              - Setup: guide/setup.md
              - guide/shifts.md
          - More:
              - About us: ./about.md
              - tools/macros.md
              - Forum: https://example.com/forum

        """

    /// Each page as `title[children]`, in order.
    private func outline(_ chapters: [Chapter]) -> String {
        chapters.map { $0.title + ($0.children.isEmpty ? "" : "[" + outline($0.children) + "]") }.joined(separator: ", ")
    }

    @Test func theNavSetsOrderNestingAndTitles() throws {
        let handbook = try TemporaryHandbook(Self.pages.merging(["mkdocs.yml": Self.mkdocs]) { a, _ in a }, config: Self.config)
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.diagnostics.sorted.map(\.description) == [
            "mkdocs.yml: warning: 1 page(s) of the chapters folder are not in mkdocs.yml's nav, so they come after the pages it lists, like 'docs/zz-unlisted.md'",
        ])
        let book = try #require(Handbook.load(root: handbook.root).0).book
        #expect(book.home?.sourcePath == "docs/index.md")
        // A section with its folder's index is that page, wherever the index is listed; one whose
        // pages share a folder is the folder's listing; one of several folders' pages (the front
        // page's too) gets a listing of its own; pages left out of the nav come last, published.
        #expect(outline(book.chapters) == "Home[Replies], Tools[Queue], Guide[Setup, Shifts], More[About us, Macros], Unlisted")
        #expect(book.chapters.map(\.id) == ["home/index", "tools/index", "guide/index", "more/index", "zz-unlisted"])
        #expect(book.chapters[2].sourcePath == "docs/guide")
        #expect(try handbook.read("site/guide/index.html").contains("<a href=\"setup.html\">Setup</a>"))
        let more = try handbook.read("site/more/index.html")
        #expect(more.contains("<a href=\"../about.html\">About us</a>") && more.contains("<a href=\"../tools/macros.html\">Macros</a>"))
    }

    @Test func aNavForAnotherFolderOrUnreadableIsLeftAside() throws {
        let elsewhere = try TemporaryHandbook(
            Self.pages.merging(["mkdocs.yml": "docs_dir: content\n" + Self.mkdocs]) { a, _ in a }, config: Self.config)
        let book = try #require(Handbook.load(root: elsewhere.root).0).book
        // The folders' order and the pages' own titles.
        #expect(outline(book.chapters) == "About, Guide[Setting up, Shifts], Replies, Tools[Macros, The queue], Unlisted")

        let broken = try TemporaryHandbook(Self.pages.merging(["mkdocs.yml": "nav: [index.md\n"]) { a, _ in a }, config: Self.config)
        let report = BuildPipeline(root: broken.root).build(epub: false)
        #expect(report.output != nil)
        let problems = report.diagnostics.sorted.map(\.description)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("mkdocs.yml:") == true && problems.first?.contains("warning: invalid YAML") == true, "\(problems)")
        #expect(problems.first?.hasSuffix("its nav is not read, so the pages keep the folders' order") == true)

        // Aliases that would make a few lines a tree of a million parts.
        let bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
            + zip(["b", "c", "d", "e"], ["a", "b", "c", "d"]).map { "\($0): &\($0) [" + Array(repeating: "*" + $1, count: 10).joined(separator: ", ") + "]" }
            + ["nav: [" + Array(repeating: "*e", count: 10).joined(separator: ", ") + "]"]
        let exploding = try TemporaryHandbook(
            Self.pages.merging(["mkdocs.yml": bomb.joined(separator: "\n") + "\n"]) { a, _ in a }, config: Self.config)
        let bombed = BuildPipeline(root: exploding.root).check().diagnostics.sorted.map(\.description)
        #expect(bombed == ["mkdocs.yml:6:6: warning: 'nav' has more than 10000 parts; write it without aliases, or shorter; its nav is not read, so the pages keep the folders' order"])
    }
}

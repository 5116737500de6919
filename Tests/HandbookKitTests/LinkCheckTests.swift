import HandbookKit
import Testing
import TestSupport

@Suite struct LinkCheckTests {
    private func problems(_ files: [String: String]) throws -> [String] {
        let handbook = try TemporaryHandbook(files)
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(!diagnostics.hasErrors)
        return BookCheck.run(book).sorted.map(\.description)
    }

    @Test func validLinksPass() throws {
        let result = try problems([
            "Handbook/01-a.md": """
                # A

                ## Раздел «первый»

                [b](02-b/01-c.md#подраздел), [folder](02-b/), [index](02-b/index.md), [self](#раздел-первый),
                [web](https://example.com/x.md), [mail](mailto:a@b.c), [rule](rule:chat.ladder),
                [encoded](02-b/01-c.md#%D0%BF%D0%BE%D0%B4%D1%80%D0%B0%D0%B7%D0%B4%D0%B5%D0%BB), ![img](pic.png)
                """,
            "Handbook/02-b/index.md": "# B\n[up](../01-a.md)\n",
            "Handbook/02-b/01-c.md": "# C\n\n## Подраздел\n",
            "Handbook/pic.png": "png",
        ])
        #expect(result.isEmpty)
    }

    /// A glossary written as a definition list (kramdown, goldmark, mdBook) has an anchor per term.
    @Test func definitionTermsAreAnchors() throws {
        let result = try problems([
            "Handbook/01-glossary.md": "# Глоссарий\n\nЭскалация\n: передача обращения.\n\nSLA\n: срок ответа, см. [эскалацию](#эскалация).\n",
            "Handbook/02-b.md": "# B\n\n[SLA](01-glossary.md#sla), [нет](01-glossary.md#нет)\n",
        ])
        #expect(result == ["Handbook/02-b.md:3:28: error: no heading with the anchor '#нет' on '01-glossary.md'; its anchors: #sla, #глоссарий, #эскалация"])
    }

    /// Attribute lists after headings, as kramdown, Python-Markdown and markdown-it write them.
    @Test func headingAttributeListsSetAnchorsAndLeaveTheText() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": """
                # A {.display-6}

                ## Setup {: #setup-linux}

                ## Install { #with-pip .big data-x=1 }

                ## Plain {placeholder}

                ## Using {{.Site.Title}}

                [1](#setup-linux), [2](#with-pip), [3](#a), [4](#plain-placeholder), [5](#using-sitetitle)
                """,
        ])
        let config = try #require(HandbookConfig.load(root: handbook.root).0)
        let (book, diagnostics) = BookLoader(root: handbook.root, config: config).load()
        #expect(diagnostics.sorted.map(\.description) == [])
        #expect(BookCheck.run(book).sorted.map(\.description) == [])
        let page = try #require(book.chapters.first)
        #expect(page.title == "A")
        #expect(page.outline.headings.map(\.text) == ["A", "Setup", "Install", "Plain {placeholder}", "Using {{.Site.Title}}"])
        #expect(page.outline.headings.map(\.anchor) == ["a", "setup-linux", "with-pip", "plain-placeholder", "using-sitetitle"])
    }

    /// `<a id="old-name"></a>` keeps an old anchor working (the Rust book keeps its old headings
    /// so), when the handbook shows raw HTML; without raw HTML there is no such anchor.
    @Test func rawHTMLAnchorsAreLinkTargetsWhenShown() throws {
        let files = [
            "Handbook/a.md": "# A\n\n<a id=\"old-name\"></a>\n\n## New name\n\nSee <span name='inline'>x</span>.\n",
            "Handbook/b.md": "# B\n\n[old](a.md#old-name), [inline](a.md#inline)\n",
        ]
        let shown = try TemporaryHandbook(files, config: "title: T\nmarkdown:\n  raw-html: true\n")
        let config = try #require(HandbookConfig.load(root: shown.root).0)
        #expect(BookCheck.run(BookLoader(root: shown.root, config: config).load().0).sorted.map(\.description) == [])
        #expect(try problems(files) == [
            "Handbook/b.md:3:1: error: no heading with the anchor '#old-name' on 'a.md'; its anchors: #a, #new-name",
            "Handbook/b.md:3:23: error: no heading with the anchor '#inline' on 'a.md'; its anchors: #a, #new-name",
        ])
    }

    /// A query names no other page: the link leads to the page before it.
    @Test func queriesAreNoPartOfThePath() throws {
        let result = try problems([
            "Handbook/a.md": "# A\n\n[search](?q=chat), [word](b.md?h=term#b), [lost](c.md?x=1)\n",
            "Handbook/b.md": "# B\n",
        ])
        #expect(result == ["Handbook/a.md:3:43: error: link to a missing page 'c.md'; create it or fix the link"])
    }

    /// GitBook and DocToc write anchors in the heading's case, other tools' slugs differ in
    /// punctuation; they lead to the heading with the same letters.
    @Test func anchorsInAnotherCaseLeadToTheHeading() throws {
        let result = try problems([
            "Handbook/a.md": "# Шаги\n\n## Основные шаги\n\n[1](#Основные-шаги), [2](b.md#Сроки-Ответа), [3](#Другие)\n",
            "Handbook/b.md": "# B\n\n## Сроки ответа\n\n## cloud.gov\n\n## Caret, Mark & Tilde\n\n[4](#cloud-gov), [5](#caret-mark-tilde), [6](#ldap--and--keycloak)\n\n## LDAP and Keycloak\n",
        ])
        #expect(result == ["Handbook/a.md:5:46: error: no heading with the anchor '#Другие' on this page; its anchors: #основные-шаги, #шаги"])
    }

    /// Links as other tools' sites write them lead to the pages they mean.
    @Test func otherToolsLinksResolve() throws {
        let result = try problems([
            "Handbook/index.md": "# Главная\n",
            "Handbook/guide/README.md": "# Guide\n\n[home](../index.html), [up](.), [self](index.html)\n",
            "Handbook/start/install.md": """
                # Install

                [jekyll]({{ site.baseurl }}/start/install/), [hugo](/ru/start/install), [html](install.html),
                [bare](../guide/), [mdbook](../guide/index.html), [site](/guide/readme.html),
                [docusaurus](guide/README.md)
                """,
        ])
        #expect(result.isEmpty)
        let home = try problems(["Handbook/a.md": "# A\n\n[home]({{site.baseurl}}/), [here](.)\n"])
        #expect(home.isEmpty)
        let missing = try problems(["Handbook/a.md": "# A\n\n[x]({{site.baseurl}}/nowhere/)\n"])
        #expect(missing == ["Handbook/a.md:3:1: error: link to a missing file '/nowhere/'; create it or fix the link"])
    }

    @Test func brokenLinksArePositionedWithAFix() throws {
        let result = try problems([
            "Handbook/01-a.md": """
                ---
                title: A
                ---
                ## Сроки

                Читайте [тут](missing.md) и [там](02-b.md#срок).
                Ещё: [якорь](#сроко), ![нет](img/none.png), [вне](../README.md)
                """,
            "Handbook/02-b.md": "# B\n\n## Сроки ответа\n",
        ])
        #expect(result == [
            "Handbook/01-a.md:6:9: error: link to a missing page 'missing.md'; create it or fix the link",
            "Handbook/01-a.md:6:29: error: no heading with the anchor '#срок' on '02-b.md'; its anchors: #b, #сроки-ответа",
            "Handbook/01-a.md:7:6: error: no heading with the anchor '#сроко' on this page; did you mean '#сроки'?",
            "Handbook/01-a.md:7:23: error: link to a missing file 'img/none.png'; create it or fix the link",
            "Handbook/01-a.md:7:45: error: '../README.md' points outside the 'Handbook' folder; link to a page of the handbook or use a full URL",
        ])
    }
}

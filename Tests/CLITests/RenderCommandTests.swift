import Foundation
import Testing

@Suite struct RenderCommandTests {
    private func render(_ markdown: String, _ arguments: [String] = []) throws -> CLI.Result {
        try CLI.run(["render"] + arguments, stdin: Data(markdown.utf8))
    }

    @Test func rendersGFMWithEveryExtensionByDefault() throws {
        let result = try render("| a |\n|---|\n| ~~b~~ |\n\n- [x] done\n\nwww.example.com\n\nNote[^1]\n\n[^1]: Here.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("<table>"))
        #expect(result.stdout.contains("<del>b</del>"))
        #expect(result.stdout.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"))
        #expect(result.stdout.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(result.stdout.contains("<section class=\"footnotes\" data-footnotes>"))
    }

    @Test func omitsRawHTMLUnlessUnsafe() throws {
        #expect(try render("<b>x</b>\n").stdout == "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
        #expect(try render("<b>x</b>\n", ["--unsafe"]).stdout == "<p><b>x</b></p>\n")
    }

    @Test func extensionsCanBeChosen() throws {
        let plain = try render("~~a~~ | b\n-|-\n", ["--no-default-extensions"])
        #expect(plain.stdout == "<p>~~a~~ | b\n-|-</p>\n")
        let some = try render("~~a~~\n", ["--no-default-extensions", "-e", "strikethrough"])
        #expect(some.stdout == "<p><del>a</del></p>\n")
    }

    @Test func badUsageExitsWithTwo() throws {
        let result = try render("x", ["-e", "emoji"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("emoji"))
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidUTF8InputIsReplacedNotFatal() throws {
        let result = try CLI.run(["render"], stdin: Data([0x61, 0xFF, 0x62]))
        #expect(result.status == 0)
        #expect(result.stdout == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func helpListsTheCommands() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for command in ["build", "check", "render"] {
            #expect(help.stdout.contains("  \(command)"))
        }
    }
}

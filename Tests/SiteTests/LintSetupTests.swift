import Foundation
import HandbookBuild
import Testing
import TestSupport

/// `handbook lint` links a finding's rule to its page: under `url:`, or in the built site as a
/// path from where the command runs, however the handbook's folder was written.
@Suite struct LintSetupTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [(".", "site/rules/chat.ladder.html"), ("guide/", "guide/site/rules/chat.ladder.html"), ("guide//", "guide/site/rules/chat.ladder.html")])
    func linksLeadToTheBuiltSite(root: String, link: String) throws {
        let (setup, _) = LintSetup.load(style: nil, root: Self.repository, rootShown: root)
        #expect(try #require(setup).links.link(for: "chat.ladder") == link)
    }

    @Test func aStyleNamedOnTheCommandLineLinksNowhereOfItsOwn() throws {
        let (setup, _) = LintSetup.load(style: "Styles/ru-support", root: Self.repository)
        #expect(try #require(setup).links.link(for: "chat.ladder") == nil)
    }
}

import Foundation
import Markdown
import Testing

@Suite struct ConcurrencyTests {
    /// cmark-gfm keeps the characters that start extension syntax (`~`, autolink triggers) in a
    /// process-wide table that each parser edits while it finishes; parsing on many threads must
    /// still give every document its strikethrough and links (it did not, before the fix).
    @Test func parallelParsesAllSeeTheirExtensions() {
        let expected = "<p><del>old</del> <a href=\"http://www.example.com\">www.example.com</a></p>\n"
        final class Count: @unchecked Sendable {
            var wrong = 0
            let lock = NSLock()
        }
        let count = Count()
        DispatchQueue.concurrentPerform(iterations: 4000) { index in
            // Parsers without extensions interleave with those that have them, as in `render -e`.
            let options = index % 2 == 0 ? MarkdownOptions() : MarkdownOptions(extensions: [])
            let html = MarkdownDocument("~~old~~ www.example.com\n", options: options).renderHTML()
            if index % 2 == 0, html != expected { count.lock.withLock { count.wrong += 1 } }
        }
        #expect(count.wrong == 0)
    }
}

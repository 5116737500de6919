import Foundation
import Pages
import SourceFiles
import StyleLint

/// One page as the search index holds it: its sections, each section's word stems with how often
/// they occur in its text and its title, and the page's shard (the sections' texts, for snippets).
/// Kept per page, so a live site stems again only the pages whose body changed.
struct SearchPage: Sendable {
    let id: String
    let title: String
    let summary: String?
    /// The page above it (a section's page, the list of rules, the gallery), whose path leads to it.
    let parent: String?
    let sections: [SearchSection]
    /// Per section, its stems: each stem's number times 16, plus 8 when it is in the section's
    /// title, plus its occurrences in the text (at most 7). The numbers are first those of the
    /// `StemMemory` that stemmed the page, then the index's `Vocabulary`'s (see `recode(by:)`).
    private(set) var postings: [[UInt32]]
    /// The memory whose numbers `postings` holds, until the index recodes them.
    private(set) var memory: Int?
    /// Per section: how many words its text and title have.
    let lengths: [Int]
    /// The site's body the page was made from, to know when it can be kept.
    let body: [UInt8]
    /// The shard's script: `handbookSearch.addText(id, [texts])`.
    let shard: Data
    /// The page's sections as the index lists them (see `IndexScript`).
    let sectionsScript: [UInt8]

    struct Occurrences: Sendable {
        var text = 0
        var title = 0
    }

    init(body: PageBody, parent: String?, memory: inout StemMemory) {
        id = body.page.id
        title = body.page.title
        summary = body.page.summary
        self.parent = parent
        self.body = body.utf8(for: .site)
        sections = PageText.sections(ofBody: self.body, pageTitle: body.page.title, summary: body.page.summary)
        var postings: [[UInt32]] = []
        var lengths: [Int] = []
        for section in sections {
            var counted = SectionCount()
            section.text.withUnsafeBufferPointer { text in SearchWords.forEachWord(in: text) { counted.add($0, inTitle: false, to: &memory) } }
            SearchWords.forEachWord(in: section.title) { counted.add($0, inTitle: true, to: &memory) }
            postings.append(counted.met.map { stem in
                let count = memory.tally[Int(stem)]
                return UInt32(stem) << 4 | (count.title > 0 ? 8 : 0) | UInt32(min(count.text, 7))
            })
            for stem in counted.met { memory.tally[Int(stem)] = Occurrences() }
            lengths.append(counted.length)
        }
        self.postings = postings
        self.memory = memory.id
        self.lengths = lengths
        var script: [UInt8] = []
        script.write("handbookSearch.addText(")
        ScriptJSON.write(id, to: &script)
        script.write(",[")
        for (index, section) in sections.enumerated() {
            if index > 0 { script.write(UInt8(ascii: ",")) }
            section.text.withUnsafeBufferPointer { ScriptJSON.write(utf8: $0, to: &script) }
        }
        script.write("]);\n")
        shard = Data(script)
        var list: [UInt8] = []
        for (index, section) in sections.enumerated() {
            list.write(index > 0 ? ",[" : "[")
            if section.anchor.isEmpty { list.write("0,\"\"") } else {
                ScriptJSON.write(section.title, to: &list)
                list.write(UInt8(ascii: ","))
                if IndexScript.simpleAnchor(section.title) == section.anchor { list.write("0") } else { ScriptJSON.write(section.anchor, to: &list) }
            }
            list.write(",\(lengths[index])")
            if let parent = section.parent { list.write(",\(parent)") }
            list.write(UInt8(ascii: "]"))
        }
        sectionsScript = list
    }

    /// One section's words being counted. Stems are numbered densely per memory, so the counts
    /// are kept in the memory's table by number; the stems met are noted to read it back and
    /// clear it. A value the closures reach `inout`: a local function counting into local
    /// variables boxed them, and every word of a book paid for run-time exclusivity checks.
    private struct SectionCount {
        var met: [Int32] = []
        var length = 0

        mutating func add(_ word: UnsafeBufferPointer<UInt8>, inTitle: Bool, to memory: inout StemMemory) {
            let stem = memory.stem(word)
            let number = Int(stem)
            if number >= memory.tally.count {
                memory.tally.append(contentsOf: repeatElement(Occurrences(), count: number + 1 - memory.tally.count))
            }
            if memory.tally[number].text == 0, memory.tally[number].title == 0 { met.append(stem) }
            if inTitle { memory.tally[number].title += 1 } else { memory.tally[number].text += 1 }
            length += 1
        }
    }

    /// Puts the index's numbers in `postings` in place of its memory's: `numbers` gives, by the
    /// memory's number of each stem, the vocabulary's.
    mutating func recode(by numbers: [UInt32]) {
        for section in postings.indices {
            for index in postings[section].indices {
                let code = postings[section][index]
                postings[section][index] = numbers[Int(code >> 4)] << 4 | code & 15
            }
        }
        memory = nil
    }

    /// Where the page's shard is in the site.
    var shardPath: String { SearchIndex.shardFolder + id + ".js" }
}

/// JSON for a script file: `JSONText`'s strings with `<` escaped too, so no text can close a
/// `<script>` element or open a comment even where the script is put inline.
enum ScriptJSON {
    static func write(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { write(utf8: $0, to: &out) }
    }

    static func write(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard text.contains(UInt8(ascii: "<")) else { return JSONText.write(utf8: text, to: &out) }
        var json: [UInt8] = []
        JSONText.write(utf8: text, to: &json)
        for byte in json {
            if byte == UInt8(ascii: "<") { out.write("\\u003c") } else { out.append(byte) }
        }
    }
}

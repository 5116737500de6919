@testable import SourceFiles
import Testing

/// Front matter of plain `key: value` lines is read without Yams; it must read exactly as Yams
/// reads it, and anything else must go to Yams.
@Suite struct FlatMappingTests {
    /// Lines the flat reading takes, and near misses it must leave to Yams.
    static let documents = [
        "title: Глава 1\nsummary: Кратко о главном\n",
        "title: Hello\n# a comment\n\norder: 3\n",
        "# first a comment\ntitle: x\n",
        "title: x\n# only a comment after\n",
        "title: yes\ndraft: on\npublished: NO\n",
        "draft: True\n", "draft: false\n", "draft: maybe\n",
        "order: 0x1F\n", "order: 1_000\n", "order: 2.5\n", "order: -3\n", "order: 12:30\n",
        "title: null\n", "title: ~\n", "title: Null\n", "title: NULL\n",
        "title: a: b\n", "title: a #c\n", "title: a#c\n", "title: a:b\n", "title: a :b\n",
        "title: 'quoted'\n", "title: \"q\"\n", "title: 'a' b\n",
        "title:\n", "title: \n", "title:x\n", "title:  two spaces\n", "title: trailing   \n",
        "title: x\ntitle: y\n", "  title: x\n", "title: x\n  more\n",
        "1: x\n", "-a: x\n", "_key: x\n", "nav_order: 2\nsidebar-position: 4\n",
        "title: -x\n", "title: x:\n", "title: [a, b]\n", "title: {a: b}\n", "title: a, [b], {c}\n",
        "title: a\tb\n", "title: a\u{85}b\n", "title: a\u{2028}b\n", "title: \u{FEFF}x\n", "title: a\u{7}b\n",
        "title: a\u{7F}b\n", "title: a\u{9C}b\n", "title: a\u{FFFE}b\n",
        "title: Ünïcödé 😀 «ёлочки»\n", "title: x\r\n", "ключ: значение\n",
        "aliases: /old/\n", "aliases: [/a/, /b/]\n", "slug: Hello World\n", "slug: /\n",
        "title: &anchor x\n", "title: *alias\n", "title: !tag x\n", "title: |\n  block\n", "title: >\n  folded\n",
        "title: %x\n", "title: @x\n", "title: `x\n", "title: ?x\n", "title: ,x\n",
        "titel: typo\nsumary: typo\n", "title: x\nunknown: y\n",
        "",
    ]

    @Test(arguments: documents)
    func readsAsYamsReads(_ yaml: String) {
        var flat = YAMLFields(yaml: yaml, file: "page.md", firstLine: 2, readsFlatMappings: true)
        var yams = YAMLFields(yaml: yaml, file: "page.md", firstLine: 2, readsFlatMappings: false)
        #expect(flat.keys == yams.keys)
        for key in ["title", "summary", "order", "draft", "published", "aliases", "slug", "absent"] {
            #expect(flat.string(key) == yams.string(key), "string(\(key))")
            #expect(flat.int(key) == yams.int(key), "int(\(key))")
            #expect(flat.bool(key) == yams.bool(key), "bool(\(key))")
            #expect(flat.stringOrList(key) == yams.stringOrList(key), "stringOrList(\(key))")
            #expect(flat.position(of: key) == yams.position(of: key), "position(of: \(key))")
            flat.appendWarning("about \(key)", at: key)
            yams.appendWarning("about \(key)", at: key)
        }
        #expect(flat.unknownKeys == yams.unknownKeys)
        #expect(flat.diagnostics.sorted.map(\.description) == yams.diagnostics.sorted.map(\.description))
    }

    /// The flat reading is really used for plain lines, so the comparison above compares two readings.
    @Test func takesPlainLinesAndLeavesTheRest() {
        #expect(FlatMapping("title: Глава 1\nsummary: x\n")?.entries.map(\.key) == ["title", "summary"])
        #expect(FlatMapping("# note\n\ntitle:  x  \n")?.entries.first?.valuePlace.column == 9)
        for yaml in ["title: 'x'\n", "title: a #b\n", "  title: x\n", "title:\n", "title: x\ntitle: y\n", "title: a\tb\n", ""] {
            #expect(FlatMapping(yaml) == nil, "\(yaml.debugDescription)")
        }
    }
}

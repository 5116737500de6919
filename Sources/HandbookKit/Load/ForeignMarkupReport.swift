import SourceFiles

extension ForeignMarkup {
    /// One warning per component, shortcode, Liquid tag or admonition kind left out, however
    /// many pages use it: a handbook moved from Hugo has the same shortcode on hundreds of pages.
    static func report(_ pages: [String: PageSource]) -> Diagnostics {
        struct Use {
            var file: String
            var line: Int
            var column: Int
            var count = 0
            var pages = 0
        }
        var uses: [String: Use] = [:]
        var kinds: [String: Kind] = [:]
        for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
            var seen = Set<String>()
            for construct in page.foreignMarkup {
                let key = construct.kind.rawValue + " " + construct.name
                kinds[key] = construct.kind
                var use = uses[key] ?? Use(file: path, line: page.bodyLine - 1 + construct.line, column: construct.column)
                use.count += 1
                if seen.insert(key).inserted { use.pages += 1 }
                uses[key] = use
            }
        }
        var diagnostics = Diagnostics()
        for (key, use) in uses.sorted(by: { $0.key < $1.key }) {
            guard let kind = kinds[key] else { continue }
            let name = String(key.dropFirst(kind.rawValue.count + 1))
            let place = use.count == 1 ? "once, here" : "\(use.count.withThousands) times on \(use.pages.withThousands) page(s), the first is here"
            let markdown = "write in Markdown what it stands for"
            let (what, advice) = switch kind {
            case .component: ("\(kind.rawValue) '<\(name)>' is not known here, so its tags are left out and what is between them shows as text", markdown)
            case .shortcode where showingCode.contains(name): ("\(kind.rawValue) '\(name)' is not known here, so what is between its tags shows as a code block", markdown)
            case .shortcode: ("\(kind.rawValue) '\(name)' is not known here and is left out (what is between a pair of its tags stays)", markdown)
            case .liquidTag: ("\(kind.rawValue) '{% \(name) %}' is not known here and is left out (what is between a pair of its tags stays)", markdown)
            case .liquidVariable: ("\(kind.rawValue) '{{ \(name) }}' has no value here and is left out", markdown)
            case .admonition: ("\(kind.rawValue) '\(name)' is not a kind known here, so it shows as a note", "use note, tip, important, warning or caution, or another kind of its tool")
            case .admonitionTitle:
                ("\(kind.rawValue) '\(name)' is left out: the line after it starts a code block, a list or another block, so the title has no line of its own",
                 "leave a blank line after the admonition's first line")
            }
            diagnostics.append(.warning("\(what): \(place); \(advice)", file: use.file, line: use.line, column: use.column))
        }
        return diagnostics
    }
}

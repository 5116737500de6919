import SourceFiles

extension ForeignMarkup {
    /// One warning per component or shortcode name left out, however many pages use it: a
    /// handbook moved from Hugo has the same shortcode on hundreds of pages.
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
            let what = switch kind {
            case .component: "\(kind.rawValue) '<\(name)>' is not known here, so its tags are left out and what is between them shows as text"
            case .shortcode where showingCode.contains(name): "\(kind.rawValue) '\(name)' is not known here, so what is between its tags shows as a code block"
            case .shortcode: "\(kind.rawValue) '\(name)' is not known here and is left out (what is between a pair of its tags stays)"
            }
            diagnostics.append(.warning(
                "\(what): \(place); write in Markdown what it stands for", file: use.file, line: use.line, column: use.column))
        }
        return diagnostics
    }
}

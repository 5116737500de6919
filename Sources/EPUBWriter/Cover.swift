/// The cover, drawn from the handbook's title and author: an SVG image (what a reader's library
/// shows) and a page that holds it (the first page of the book).
struct Cover {
    let title: String
    let author: String?
    let language: String

    private static let width = 1200, height = 1800

    /// The title set in lines of up to 18 characters, as large as the longest line allows, an
    /// accent rule, and the author at the foot.
    func image() -> String {
        let lines = Self.wrap(title, width: 18)
        // Bold sans-serif letters are about 0.62 em wide: the longest line fits the 960 units inside the margins.
        let longest = lines.map(\.count).max() ?? 1
        let size = min(lines.count <= 3 ? 112 : 88, Int(960 / (0.62 * Double(longest))))
        var visible = Array(lines.prefix(1100 / (size * 5 / 4)))
        if visible.count < lines.count { visible[visible.count - 1] += "…" }
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)">
            <title>\(title.escapedForXML)</title>
            <rect width="\(Self.width)" height="\(Self.height)" fill="#1d3557"/>
            <rect x="120" y="300" width="160" height="16" fill="#e9c46a"/>
            <text x="120" y="\(420 + size)" font-family="sans-serif" font-weight="bold" font-size="\(size)" fill="#ffffff">

            """
        for (index, line) in visible.enumerated() {
            svg += "<tspan x=\"120\" dy=\"\(index == 0 ? 0 : size * 5 / 4)\">\(line.escapedForXML)</tspan>\n"
        }
        svg += "</text>\n"
        if let author {
            svg += "<text x=\"120\" y=\"1620\" font-family=\"sans-serif\" font-size=\"56\" fill=\"#f1faee\">\(author.escapedForXML)</text>\n"
        }
        return svg + "</svg>\n"
    }

    func page(label: String) -> String {
        let style = "body { margin: 0; padding: 0; text-align: center; } img { max-width: 100%; max-height: 100vh; }"
        return XHTMLDocument.start(title: label, language: language, style: style)
            + "<section epub:type=\"cover\">\n<img src=\"\(BookLayout.coverImage)\" alt=\"\(title.escapedForXML)\"/>\n</section>\n</body>\n</html>\n"
    }

    /// Words into lines of at most `width` characters; a longer word is cut into lines of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var words: [Substring] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            var start = word.startIndex
            while start < word.endIndex {
                let end = word.index(start, offsetBy: width, limitedBy: word.endIndex) ?? word.endIndex
                words.append(word[start..<end])
                start = end
            }
        }
        for word in words {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

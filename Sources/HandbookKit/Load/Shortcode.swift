/// One Hugo shortcode as written: `{{< name "argument" key="value" >}}`, `{{% name %}}`, or the
/// closing tag of a pair, `{{< /name >}}`.
struct Shortcode: Sendable {
    var name: String
    /// The shortcode a closing tag closes.
    var closes: String?
    var arguments: [String] = []
    var named: [String: String] = [:]
    /// Just after the closing `>}}` or `%}}`.
    var end: String.Index

    /// Reads the shortcode `text` starts with; nil when it starts with none, or it is not closed.
    init?(_ text: Substring) {
        guard text.hasPrefix("{{<") || text.hasPrefix("{{%") else { return nil }
        let closing = text.hasPrefix("{{<") ? ">}}" : "%}}"
        guard let tag = TemplateTag(text, from: text.index(text.startIndex, offsetBy: 3), quotes: ["\"", "`"], closers: [closing]) else { return nil }
        var tokens = tag.words
        if tokens.first == "/", tokens.count > 1 { tokens = ["/" + tokens[1]] }
        guard let first = tokens.first else { return nil }
        end = tag.end
        if first.hasPrefix("/") {
            name = String(first.dropFirst())
            closes = name
            return
        }
        name = first
        (arguments, named) = TemplateTag.arguments(tokens.dropFirst())
    }
}

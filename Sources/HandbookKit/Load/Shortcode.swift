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
        var tokens: [String] = []
        var token = ""
        var quote: Character?
        var position = text.index(text.startIndex, offsetBy: 3)
        var found: String.Index?
        while position < text.endIndex {
            let character = text[position]
            if let open = quote {
                if character == open { quote = nil } else { token.append(character) }
            } else if character == "\"" || character == "`" {
                quote = character
            } else if text[position...].hasPrefix(closing) {
                found = text.index(position, offsetBy: 3)
                break
            } else if character.isWhitespace {
                if !token.isEmpty { tokens.append(token) }
                token = ""
            } else {
                token.append(character)
            }
            position = text.index(after: position)
        }
        guard let found else { return nil }
        if !token.isEmpty { tokens.append(token) }
        if tokens.first == "/", tokens.count > 1 { tokens = ["/" + tokens[1]] }
        guard let first = tokens.first else { return nil }
        end = found
        if first.hasPrefix("/") {
            name = String(first.dropFirst())
            closes = name
            return
        }
        name = first
        for token in tokens.dropFirst() {
            if let equals = token.firstIndex(of: "="), equals != token.startIndex {
                named[String(token[..<equals])] = String(token[token.index(after: equals)...])
            } else {
                arguments.append(token)
            }
        }
    }
}

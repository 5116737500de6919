/// The words of a template tag as Hugo's shortcodes and Liquid's tags write them, from just
/// after the opening delimiter to the closing one: quoted words may hold spaces, `key=value`
/// words are named arguments.
struct TemplateTag {
    var words: [String] = []
    /// Just after the closing delimiter.
    var end: String.Index

    /// Reads from `start` in `text` up to the first of `closers` outside quotes; nil when the
    /// tag is not closed in `text`.
    init?(_ text: Substring, from start: String.Index, quotes: Set<Character>, closers: [String]) {
        var token = ""
        var quote: Character?
        var position = start
        var found: String.Index?
        while position < text.endIndex {
            let character = text[position]
            if let open = quote {
                if character == open { quote = nil } else { token.append(character) }
            } else if quotes.contains(character) {
                quote = character
            } else if let close = closers.first(where: { text[position...].hasPrefix($0) }) {
                found = text.index(position, offsetBy: close.count)
                break
            } else if character.isWhitespace {
                if !token.isEmpty { words.append(token) }
                token = ""
            } else {
                token.append(character)
            }
            position = text.index(after: position)
        }
        guard let found else { return nil }
        if !token.isEmpty { words.append(token) }
        end = found
    }

    /// The words after the name: `key=value` ones by key, the others in order.
    static func arguments(_ words: ArraySlice<String>) -> (positional: [String], named: [String: String]) {
        var positional: [String] = []
        var named: [String: String] = [:]
        for word in words {
            if let equals = word.firstIndex(of: "="), equals != word.startIndex {
                named[String(word[..<equals])] = String(word[word.index(after: equals)...])
            } else {
                positional.append(word)
            }
        }
        return (positional, named)
    }
}

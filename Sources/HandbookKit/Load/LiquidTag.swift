import Foundation
import SourceFiles

/// One Liquid tag as written: `{% name argument key="value" %}`, with or without the `-` that
/// trims whitespace (`{%- name -%}`).
struct LiquidTag: Sendable {
    var name: String
    var arguments: [String] = []
    var named: [String: String] = [:]
    /// Just after the closing `%}`.
    var end: String.Index

    /// Reads the tag `text` starts with; nil when it starts with none, or it is not closed on the line.
    init?(_ text: Substring) {
        guard text.hasPrefix("{%") else { return nil }
        var tokens: [String] = []
        var token = ""
        var quote: Character?
        var position = text.index(text.startIndex, offsetBy: 2)
        if text[position...].hasPrefix("-") { position = text.index(after: position) }
        var found: String.Index?
        while position < text.endIndex {
            let character = text[position]
            if let open = quote {
                if character == open { quote = nil } else { token.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if let close = ["%}", "-%}"].first(where: { text[position...].hasPrefix($0) }) {
                found = text.index(position, offsetBy: close.count)
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
        guard let first = tokens.first else { return nil }
        name = first
        end = found
        for token in tokens.dropFirst() {
            if let equals = token.firstIndex(of: "="), equals != token.startIndex {
                named[String(token[..<equals])] = String(token[token.index(after: equals)...])
            } else {
                arguments.append(token)
            }
        }
    }
}

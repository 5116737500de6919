/// A start tag read as an HTML parser reads it: a name, attributes with or without quotes or
/// values, and a closing `>` (with or without `/`).
struct StartTag {
    var name: String
    var attributes: [(name: String, value: String)]
    var selfClosing: Bool
    /// Where the input goes on after the tag.
    var end: Int

    /// The tag starting with `<` at `start`; nil when the input ends before the tag does, which
    /// leaves the `<` text.
    static func parse(_ input: [UInt8], at start: Int) -> StartTag? {
        var index = start + 1
        while index < input.count, input[index].isTagNameByte { index += 1 }
        var tag = StartTag(name: lowercasedName(input[(start + 1)..<index]), attributes: [], selfClosing: false, end: 0)
        while index < input.count {
            let byte = input[index]
            if byte.isHTMLSpace {
                index += 1
            } else if byte == UInt8(ascii: ">") {
                tag.end = index + 1
                return tag
            } else if byte == UInt8(ascii: "/") {
                index += 1
                if index < input.count, input[index] == UInt8(ascii: ">") {
                    tag.selfClosing = true
                    tag.end = index + 1
                    return tag
                }
            } else {
                guard let (name, value, next) = attribute(input, at: index) else { return nil }
                index = next
                if let name { tag.attributes.append((name, value)) }
            }
        }
        return nil
    }

    /// One attribute: its name (nil when it cannot be an XML name, so it is dropped), its value
    /// with character references decoded, and where the tag goes on.
    private static func attribute(_ input: [UInt8], at start: Int) -> (String?, String, Int)? {
        var index = start
        while index < input.count, !input[index].isHTMLSpace, input[index] != UInt8(ascii: "="), input[index] != UInt8(ascii: ">"),
            input[index] != UInt8(ascii: "/") || index == start
        {
            index += 1
        }
        let rawName = lowercasedName(input[start..<index])
        let name = rawName.isXMLAttributeName ? rawName : nil
        var probe = index
        while probe < input.count, input[probe].isHTMLSpace { probe += 1 }
        guard probe < input.count, input[probe] == UInt8(ascii: "=") else { return (name, "", index) }
        index = probe + 1
        while index < input.count, input[index].isHTMLSpace { index += 1 }
        guard index < input.count else { return nil }
        let quote = input[index]
        let value: String
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            value = decodedValue(input, from: &index) { $0 == quote }
            guard index < input.count else { return nil }
            index += 1
        } else {
            value = decodedValue(input, from: &index) { $0.isHTMLSpace || $0 == UInt8(ascii: ">") }
        }
        // Characters XML cannot hold are rare; only then is the value walked scalar by scalar.
        let clean = value.utf8.allSatisfy { $0 >= 0x20 && $0 != 0xEF || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return (name, clean ? value : String(String.UnicodeScalarView(value.unicodeScalars.filter(\.isXMLCharacter))), index)
    }

    private static func lowercasedName(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            ? String(decoding: bytes.map(\.lowercased), as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
    }
}

/// An attribute value up to the byte that ends it, with character references decoded.
private func decodedValue(_ input: [UInt8], from index: inout Int, endsAt isEnd: (UInt8) -> Bool) -> String {
    var value = ""
    var chunk = index
    while index < input.count, !isEnd(input[index]) {
        if input[index] == UInt8(ascii: "&") {
            value += String(decoding: input[chunk..<index], as: UTF8.self)
            value += entity(in: input, at: &index)
            chunk = index
        } else {
            index += 1
        }
    }
    return value + String(decoding: input[chunk..<index], as: UTF8.self)
}

/// The character reference starting with `&` at `index`, decoded, with `index` moved past it;
/// a bare `&` or an unknown name is itself. Characters XML cannot hold become U+FFFD.
func entity(in input: [UInt8], at index: inout Int) -> String {
    index += 1
    var end = index
    if end < input.count, input[end] == UInt8(ascii: "#") {
        end += 1
        let hex = end < input.count && (input[end] | 0x20) == UInt8(ascii: "x")
        if hex { end += 1 }
        let digitsStart = end
        while end < input.count, end - digitsStart < 8, hex ? input[end].isHexDigit : input[end].isDigit { end += 1 }
        guard end > digitsStart, let value = UInt32(String(decoding: input[digitsStart..<end], as: UTF8.self), radix: hex ? 16 : 10) else {
            return "&"
        }
        if end < input.count, input[end] == UInt8(ascii: ";") { end += 1 }
        index = end
        guard let scalar = Unicode.Scalar(value), scalar.isXMLCharacter, value != 0 else { return "\u{FFFD}" }
        return String(Character(scalar))
    }
    while end < input.count, end - index < 32, input[end].isASCIILetter || input[end].isDigit { end += 1 }
    guard end < input.count, input[end] == UInt8(ascii: ";"), end > index,
        let character = XHTMLRules.entities[String(decoding: input[index..<end], as: UTF8.self)]
    else {
        return "&"
    }
    index = end + 1
    return character
}

extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isHexDigit: Bool { isDigit || ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "f")) }
    var isHTMLSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D }
    var isTagNameByte: Bool { isASCIILetter || isDigit || self == UInt8(ascii: "-") || self == UInt8(ascii: ":") }
    var lowercased: UInt8 { isASCIILetter ? self | 0x20 : self }
}

extension Unicode.Scalar {
    /// Whether XML 1.0 can hold it: not a C0 control other than tab and line breaks, not U+FFFE or U+FFFF.
    var isXMLCharacter: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

extension String {
    /// Escaped for XML text and double-quoted attributes, without the characters XML cannot hold
    /// at all (a control character in a title from handbook.yml would break the whole book).
    var escapedForXML: String {
        guard utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0xEF })
        else {
            return self
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".utf8)
            case "<": result.append(contentsOf: "&lt;".utf8)
            case ">": result.append(contentsOf: "&gt;".utf8)
            case "\"": result.append(contentsOf: "&quot;".utf8)
            default: if scalar.isXMLCharacter { result.append(contentsOf: UTF8.encode(scalar)!) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// An attribute name XML accepts and HTML gives meaning to: `[a-z_][a-z0-9_.-]*`, or `xml:lang`.
    var isXMLAttributeName: Bool {
        guard let first = utf8.first, first.isASCIILetter || first == UInt8(ascii: "_") else { return false }
        return self == "xml:lang" || utf8.allSatisfy { $0.isASCIILetter || $0.isDigit || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }
}

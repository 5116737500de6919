/// A JSON value as RFC 8259 defines it, read straight from UTF-8 bytes. Drafts arrive by the
/// ten thousand in a bulk run, and Foundation's decoder took longer to read them than the
/// linter took to check them; this reader is strict (no comments, no trailing commas, no lone
/// surrogates) and says where the text breaks.
enum JSONValue {
    case string(String)
    /// As written, so an id keeps its exact digits.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in the order written; each key once (a repeated key is an error, not a silent choice).
    case object([(key: String, value: JSONValue)])

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Where and why a text is not JSON: `offset` counts UTF-8 bytes from the start.
    struct SyntaxError: Error {
        var reason: String
        var offset: Int
    }

    /// Values nest at most this deep, so a hostile `[[[[…` cannot exhaust the stack.
    static let deepestNesting = 256

    /// The one value `bytes` hold, with only white space around it.
    static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        let buffer = Array(bytes)
        var reader = JSONReader(bytes: buffer)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.offset == buffer.count else { throw reader.error("unexpected text after the JSON value") }
        return value
    }
}

private struct JSONReader {
    let bytes: [UInt8]
    var offset = 0

    func error(_ reason: String) -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(reason: reason, offset: offset)
    }

    mutating func skipSpace() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
            offset += 1
        }
    }

    mutating func value(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard offset < bytes.count else { throw error("the text ends where a value should be") }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("a value should start here (a string in double quotes, a number, an object, a list, true, false or null)")
        }
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONValue.SyntaxError) -> JSONValue {
        guard bytes[offset...].starts(with: word.utf8) else { throw error("unknown word; JSON has only true, false and null") }
        offset += word.utf8.count
        return value
    }

    private mutating func object(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth <= JSONValue.deepestNesting else { throw error("objects and lists nest too deeply") }
        offset += 1
        var members: [(key: String, value: JSONValue)] = []
        var keys: Set<String> = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error("a key in double quotes should be here") }
            let keyStart = offset
            let key = try string()
            guard keys.insert(key).inserted else {
                offset = keyStart
                throw error("the key \"\(key.prefix(40))\" is given twice; keep one")
            }
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("':' should follow the key") }
            offset += 1
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard offset < bytes.count else { throw error("the object is not closed with '}'") }
            switch bytes[offset] {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return .object(members)
            default: throw error("',' or '}' should be here")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth <= JSONValue.deepestNesting else { throw error("objects and lists nest too deeply") }
        offset += 1
        var items: [JSONValue] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard offset < bytes.count else { throw error("the list is not closed with ']'") }
            switch bytes[offset] {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return .array(items)
            default: throw error("',' or ']' should be here")
            }
        }
    }

    private mutating func number() throws(JSONValue.SyntaxError) -> String {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("a digit should follow '-'") }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count, isDigit(bytes[offset]) { throw error("a number cannot start with 0") }
        } else {
            skipDigits()
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("a digit should follow '.'") }
            skipDigits()
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("a digit should follow the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }

    /// A string from its opening quote; the text between escapes is copied as a whole.
    private mutating func string() throws(JSONValue.SyntaxError) -> String {
        offset += 1
        var plainStart = offset
        // Filled only once an escape is met; appended in place, so a string of escapes stays linear.
        var decoded: [UInt8] = []
        var escaped = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let plain = bytes[plainStart..<offset]
                offset += 1
                guard escaped else { return String(decoding: plain, as: UTF8.self) }
                decoded.append(contentsOf: plain)
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { throw error("a control character (such as a line break) must be escaped inside a string") }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                decoded.append(contentsOf: bytes[plainStart..<offset])
                try escape(into: &decoded)
                plainStart = offset
                continue
            }
            offset += 1
        }
        throw error("the string is not closed with '\"'")
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONValue.SyntaxError) {
        offset += 1
        guard offset < bytes.count else { throw error("the text ends inside an escape") }
        let simple: UInt8? = switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes[offset]
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            out.append(simple)
            offset += 1
            return
        }
        guard bytes[offset] == UInt8(ascii: "u") else { throw error("unknown escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX") }
        offset -= 1
        var scalar = try hexEscape()
        if (0xD800..<0xDC00).contains(scalar) {
            guard bytes[offset...].starts(with: "\\u".utf8) else { throw error("a high surrogate must be followed by a low one") }
            let low = try hexEscape()
            guard (0xDC00..<0xE000).contains(low) else { throw error("a high surrogate must be followed by a low one") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw error("a low surrogate without a high one before it")
        }
        out.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
    }

    /// `\uXXXX` from its backslash.
    private mutating func hexEscape() throws(JSONValue.SyntaxError) -> UInt32 {
        offset += 2
        guard offset + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for byte in bytes[offset..<(offset + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw error("\\u needs four hex digits") }
            value = value << 4 | UInt32(digit)
        }
        offset += 4
        return value
    }
}

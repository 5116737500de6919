/// How text is cut into words for search, the same way the page script cuts a query: a word is
/// a run of letters and digits (Unicode's L and N), marks inside it (a stress mark) are dropped,
/// and it is compared in lower case with `ё` as `е` (`StemMemory` does that).
///
/// The text is read as UTF-8 bytes and each word handed on as the bytes of its letters, so that
/// indexing a large handbook makes no `String` per word.
enum SearchWords {
    /// Calls `body` with each word's bytes, in order; the buffer is only valid during the call.
    /// A word is handed on as the bytes it is written with unless a mark inside it is dropped,
    /// which is rare enough that only then are its letters copied.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachWord(in: $0, body) }
    }

    /// `forEachWord(in:_:)` for text that is valid UTF-8 bytes already.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Where the word being read starts; -1 between words.
        var start = -1
        // The word's letters once a mark inside it has been dropped; then `copied` is set.
        var letters: [UInt8] = []
        var copied = false
        func flush(at end: Int) {
            if copied {
                letters.withUnsafeBufferPointer(body)
                letters.removeAll(keepingCapacity: true)
                copied = false
            } else if start >= 0 {
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            start = -1
        }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            let kind: Kind
            if lead < 0x80 {
                length = 1
                kind = isASCIILetterOrDigit(lead) ? .letter : .other
            } else if lead == 0xD0 || lead == 0xD1 {
                // U+0400–U+047F, where Russian is: every one of them is a letter.
                length = 2
                kind = .letter
            } else {
                let scalar: UInt32
                (scalar, length) = decode(bytes, at: index)
                kind = Self.kind(of: scalar)
            }
            switch kind {
            case .letter:
                if copied {
                    letters.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                } else if start < 0 {
                    start = index
                }
            case .mark:
                if !copied, start >= 0 {
                    letters.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    copied = true
                }
            case .other: flush(at: index)
            }
            index += length
        }
        flush(at: bytes.count)
    }

    /// The scalar at `index` of valid UTF-8 and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        func next(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | next(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }

    private enum Kind { case letter, mark, other }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// ASCII and Russian letters, most of a handbook's, are told by their code; others by Unicode's category.
    private static func kind(of value: UInt32) -> Kind {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x401, 0x410...0x44F, 0x451: return .letter
        case 0...0x7F: return .other
        default:
            guard let scalar = Unicode.Scalar(value) else { return .other }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                return .letter
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return .mark
            default:
                return .other
            }
        }
    }
}

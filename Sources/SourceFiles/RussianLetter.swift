/// Russian letters in UTF-8, told and lowered by their bytes: every one of `А`–`я`, `Ё` and `ё`
/// is two bytes, so headings and titles are made anchors without a `String` per letter.
public enum RussianLetter {
    /// The lower-case letter written `lead`, `second` (`Ё` gives `ё`), as two bytes; nil when the
    /// two bytes are no Russian letter.
    static func lowercased(_ lead: UInt8, _ second: UInt8) -> (UInt8, UInt8)? {
        switch (lead, second) {
        // А–П and Р–Я become а–п and р–я.
        case (0xD0, 0x90...0x9F): (0xD0, second + 0x20)
        case (0xD0, 0xA0...0xAF): (0xD1, second - 0x20)
        case (0xD0, 0x81): (0xD1, 0x91)
        case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F), (0xD1, 0x91): (lead, second)
        default: nil
        }
    }

    /// An anchor made of a title written in ASCII and Russian letters, from its UTF-8 bytes:
    /// spaces become hyphens, letters lower case, and hyphens, underscores and digits stay.
    /// Other ASCII characters are left out when `dropsOtherASCII` (GitHub's headings) or give
    /// nil; a no-break space is a space when `noBreakSpaceIsSpace`; any other character gives nil.
    public static func anchor(_ title: String, dropsOtherASCII: Bool, noBreakSpaceIsSpace: Bool) -> [UInt8]? {
        var anchor: [UInt8] = []
        anchor.reserveCapacity(title.utf8.count)
        var bytes = title.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x20: anchor.append(UInt8(ascii: "-"))
            case 0x41...0x5A: anchor.append(byte + 0x20)
            case 0x2D, 0x5F, 0x30...0x39, 0x61...0x7A: anchor.append(byte)
            case 0...0x7F:
                guard dropsOtherASCII else { return nil }
            case 0xC2 where noBreakSpaceIsSpace:
                guard bytes.next() == 0xA0 else { return nil }
                anchor.append(UInt8(ascii: "-"))
            case 0xD0, 0xD1:
                guard let second = bytes.next(), let lowered = lowercased(byte, second) else { return nil }
                anchor.append(lowered.0)
                anchor.append(lowered.1)
            default: return nil
            }
        }
        return anchor
    }
}

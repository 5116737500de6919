/// Russian letters in UTF-8, told and lowered by their bytes: every one of `А`–`я`, `Ё` and `ё`
/// is two bytes, so headings and titles are made anchors without a `String` per letter.
public enum RussianLetter {
    /// The lower-case letter written `lead`, `second` (`Ё` gives `ё`), as two bytes; nil when the
    /// two bytes are no Russian letter.
    @inlinable public static func lowercased(_ lead: UInt8, _ second: UInt8) -> (UInt8, UInt8)? {
        switch (lead, second) {
        // А–П and Р–Я become а–п and р–я.
        case (0xD0, 0x90...0x9F): (0xD0, second + 0x20)
        case (0xD0, 0xA0...0xAF): (0xD1, second - 0x20)
        case (0xD0, 0x81): (0xD1, 0x91)
        case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F), (0xD1, 0x91): (lead, second)
        default: nil
        }
    }
}

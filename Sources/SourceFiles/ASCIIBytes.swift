extension UInt8 {
    public var isHexDigit: Bool {
        (self >= 0x30 && self <= 0x39) || ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "f"))
    }

    public var isASCIILetterOrDigit: Bool {
        (self >= 0x30 && self <= 0x39) || ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z"))
    }
}

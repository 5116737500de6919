/// The bytes of a report as it is written. Appending to a byte array costs a copy; appending to
/// a `String` also re-checks its encoding each time, and a bulk run or a hostile draft writes
/// tens of megabytes of findings.
public struct ReportBuffer: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public var isEmpty: Bool { bytes.isEmpty }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func append(_ other: ReportBuffer) {
        bytes += other.bytes
    }

    /// Room for `count` more bytes, so a large report grows once rather than by doubling.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text.utf8) }
    }

    mutating func write(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text.utf8) }
    }

    mutating func write(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func write(_ number: Int) {
        write(String(number))
    }

    mutating func write(_ text: UnsafeBufferPointer<UInt8>.SubSequence) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text))
    }

    /// `count` copies of an ASCII character, for padding and underlines.
    mutating func write(_ character: Unicode.Scalar, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: character), count: count))
    }
}

extension ReportBuffer {
    /// Writes `text` with the bytes for which `escape` gives a replacement replaced; the runs
    /// between them are copied whole. `escape` sees the text's bytes and an offset, and returns
    /// the replacement and how many bytes it stands for.
    mutating func write(_ text: String, escaping escape: (UnsafeBufferPointer<UInt8>, Int) -> (String, width: Int)?) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var plainStart = 0
            var offset = 0
            while offset < bytes.count {
                guard let (replacement, width) = escape(bytes, offset) else {
                    offset += 1
                    continue
                }
                write(bytes[plainStart..<offset])
                write(replacement)
                offset += width
                plainStart = offset
            }
            write(bytes[plainStart..<bytes.count])
        }
    }
}

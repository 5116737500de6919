public import SourceFiles

/// The bytes of a report as it is written. Appending to a byte array costs a copy; appending to
/// a `String` also re-checks its encoding each time, and a bulk run or a hostile draft writes
/// tens of megabytes of findings. With a sink, the bytes are handed on every 64 KB, so a report
/// of any size takes no more memory than that.
public struct ReportBuffer: Sendable, ByteSink {
    public private(set) var bytes: [UInt8] = []
    private let sink: (@Sendable ([UInt8]) -> Void)?

    public init() {
        sink = nil
    }

    /// A buffer that hands its bytes to `sink` as they pile up; `flush` hands on the rest.
    public init(flushingTo sink: @escaping @Sendable ([UInt8]) -> Void) {
        self.sink = sink
    }

    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Another report, whole: with a sink, what has piled up is handed on after it.
    public mutating func append(_ other: ReportBuffer) {
        bytes += other.bytes
        endOfItem()
    }

    /// Room for `count` more bytes, so a large report grows once rather than by doubling.
    mutating func reserve(_ count: Int) {
        if sink == nil { bytes.reserveCapacity(bytes.count + count) }
    }

    /// Called after each finding: the report hands on what it has once it reaches 64 KB.
    mutating func endOfItem() {
        if sink != nil, bytes.count >= 1 << 16 { flush() }
    }

    public mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text.utf8) }
    }

    mutating func write(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text.utf8) }
    }

    public mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func write(_ number: Int) {
        write(String(number))
    }

    public mutating func write(_ text: UnsafeBufferPointer<UInt8>.SubSequence) {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text))
    }

    /// `count` copies of an ASCII character, for padding and underlines.
    mutating func write(_ character: Unicode.Scalar, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: character), count: count))
    }
}

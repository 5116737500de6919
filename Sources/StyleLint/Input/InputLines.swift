public import Foundation
import SourceFiles

/// The non-blank lines of JSON Lines input with their numbers, read as they come from a file or
/// a pipe a chunk at a time: a bulk run holds the lines of one batch, not the whole input. Split
/// as bytes, before any decoding, so a line that is not UTF-8 is one bad draft, not a bad input.
/// A byte-order mark at the start is skipped, and `\r` before a line's end is left to the JSON
/// reader, which takes it as white space.
public struct InputLines: Sequence, IteratorProtocol, Sendable {
    /// One line: its number, and its bytes, or nil for a line longer than the limit, whose
    /// bytes are skipped rather than held.
    public struct Line: Sendable {
        public var number: Int
        public var bytes: Data?

        public init(number: Int, bytes: Data?) {
            self.number = number
            self.bytes = bytes
        }
    }

    /// The open file or pipe; nil for input already in memory.
    private let descriptor: Int32?
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    private var number = 0
    private var ended = false
    private var atStart = true
    /// The `errno` of a read that failed; the lines before it were handed out, the rest are lost.
    public private(set) var readError: Int32?

    /// Lines of input already in memory.
    public init(_ data: Data, maximumLength: Int = MessageText.largestMessage) {
        descriptor = nil
        self.maximumLength = maximumLength
        buffer = Array(data)
        ended = true
    }

    /// Lines of an open file or pipe, read until its end; the caller keeps it open meanwhile.
    public init(fileDescriptor: Int32, maximumLength: Int = MessageText.largestMessage) {
        descriptor = fileDescriptor
        self.maximumLength = maximumLength
    }

    public mutating func next() -> Line? {
        if atStart {
            fill(atLeast: 3)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
            atStart = false
        }
        while true {
            guard let (end, tooLong) = lineEnd() else { return nil }
            number += 1
            if tooLong {
                start = Swift.min(end + 1, buffer.count)
                return Line(number: number, bytes: nil)
            }
            let line = buffer[start..<end]
            start = Swift.min(end + 1, buffer.count)
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { return Line(number: number, bytes: Data(line)) }
        }
    }

    /// The end of the next line (its `\n`, or the end of the input), reading more as needed; nil
    /// at the end. A line past the limit is read through and dropped as it comes (`tooLong`).
    private mutating func lineEnd() -> (end: Int, tooLong: Bool)? {
        var searched = start
        var tooLong = false
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) { return (newline, tooLong || newline - start > maximumLength) }
            if ended { return start < buffer.count || tooLong ? (buffer.count, tooLong || buffer.count - start > maximumLength) : nil }
            if buffer.count - start > maximumLength {
                tooLong = true
                start = buffer.count
            }
            // What is read goes after the unread part; the part already handed out goes first.
            let kept = buffer.count - start
            buffer.removeFirst(start)
            start = 0
            searched = kept
            fill(atLeast: kept + 1)
        }
    }

    private static let chunk = 1 << 16

    /// Reads until `buffer` holds `count` bytes or the input ends.
    private mutating func fill(atLeast count: Int) {
        guard let descriptor else { return }
        while !ended, buffer.count < count {
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
            let read = buffer.withUnsafeMutableBytes { SystemCall.read(descriptor, $0.baseAddress! + old, Self.chunk) }
            let error = errno
            buffer.removeLast(Self.chunk - Swift.max(read, 0))
            if read < 0 {
                if error == EINTR { continue }
                readError = error
            }
            if read <= 0 { ended = true }
        }
    }
}

import CZlib
import Foundation
import HandbookKit
import ParallelMap

/// A ZIP archive written in one go, as an EPUB needs it: entries in the order given (so
/// `mimetype` can come first, stored), and every timestamp the same, so that the same entries
/// always give the same bytes. Entries are compressed on every core at once.
struct ZipArchive {
    struct Entry: Sendable {
        var path: String
        var data: [UInt8]
        /// False keeps the entry stored as it is (`mimetype` must be).
        var compress = true
    }

    enum Failure: Error, CustomStringConvertible {
        case tooLarge(String)

        var description: String {
            switch self {
            case .tooLarge(let what): "the book is too large for a ZIP file without ZIP64 (\(what))"
            }
        }
    }

    /// The archive's bytes; every entry is dated `modified` (UTC, to the two seconds ZIP keeps).
    static func bytes(of entries: [Entry], modified: Date) throws -> [UInt8] {
        guard entries.count <= Int(UInt16.max) else { throw Failure.tooLarge("\(entries.count) files") }
        let (time, date) = dosTimestamp(modified)
        let packed = entries.concurrentMap(pack)
        var archive: [UInt8] = []
        archive.reserveCapacity(packed.reduce(0) { $0 + $1.data.count + 2 * $1.name.count + 76 } + 22)
        var directory: [UInt8] = []
        for (entry, item) in zip(entries, packed) {
            guard archive.count <= Int(UInt32.max), entry.data.count <= Int(UInt32.max) else { throw Failure.tooLarge(entry.path) }
            let offset = UInt32(archive.count)
            // Bit 11: the name is UTF-8.
            let flags: UInt16 = item.name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
            let fields: [(UInt32, Int)] = [
                (20, 2), (UInt32(flags), 2), (UInt32(item.method), 2), (UInt32(time), 2), (UInt32(date), 2),
                (item.crc, 4), (UInt32(item.data.count), 4), (UInt32(entry.data.count), 4), (UInt32(item.name.count), 2), (0, 2),
            ]
            append(0x0403_4B50, 4, to: &archive)
            for (value, size) in fields { append(value, size, to: &archive) }
            archive += item.name
            archive += item.data

            append(0x0201_4B50, 4, to: &directory)
            // Made by Unix, version 2.0, so the mode in the external attributes (a regular file, rw-r--r--) is read.
            append(0x0314, 2, to: &directory)
            for (value, size) in fields { append(value, size, to: &directory) }
            for (value, size) in [(0, 2), (0, 2), (0, 2), (UInt32(0o100644) << 16, 4), (offset, 4)] as [(UInt32, Int)] {
                append(value, size, to: &directory)
            }
            directory += item.name
        }
        guard archive.count + directory.count <= Int(UInt32.max) else { throw Failure.tooLarge("\(archive.count) bytes") }
        let directoryOffset = UInt32(archive.count)
        archive += directory
        append(0x0605_4B50, 4, to: &archive)
        let end: [(UInt32, Int)] = [
            (0, 2), (0, 2), (UInt32(entries.count), 2), (UInt32(entries.count), 2), (UInt32(directory.count), 4), (directoryOffset, 4), (0, 2),
        ]
        for (value, size) in end { append(value, size, to: &archive) }
        return archive
    }

    private struct Packed: Sendable {
        var name: [UInt8]
        var data: [UInt8]
        var method: UInt16
        var crc: UInt32
    }

    private static func pack(_ entry: Entry) -> Packed {
        let name = Array(entry.path.utf8)
        let crc = entry.data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        guard entry.compress, !entry.data.isEmpty else { return Packed(name: name, data: entry.data, method: 0, crc: crc) }
        var compressed = [UInt8](repeating: 0, count: Int(compressBound(uLong(entry.data.count))))
        let size = entry.data.withUnsafeBufferPointer { source in
            compressed.withUnsafeMutableBufferPointer { target in
                handbook_deflate_raw(source.baseAddress, source.count, target.baseAddress, target.count, Z_DEFAULT_COMPRESSION)
            }
        }
        // Data that does not shrink (images, mostly) is stored: smaller, and faster to read.
        guard size > 0, size < entry.data.count else { return Packed(name: name, data: entry.data, method: 0, crc: crc) }
        compressed.removeSubrange(size...)
        return Packed(name: name, data: compressed, method: 8, crc: crc)
    }

    private static func append(_ value: UInt32, _ size: Int, to bytes: inout [UInt8]) {
        for index in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(index)))) }
    }

    /// MS-DOS time and date, which have no time zone: the UTC wall clock, from 1980 on.
    private static func dosTimestamp(_ date: Date) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let year = parts.year, year >= 1980 else { return (0, 1 << 5 | 1) }
        let time = (parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2
        let day = (min(year, 2107) - 1980) << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1)
        return (UInt16(time), UInt16(day))
    }
}

public import Foundation

/// A source file's text with what diagnostics need: its path and where each line starts.
public struct SourceText: Sendable {
    public let path: String
    public let text: String
    /// UTF-8 offsets of line starts; line N (1-based) starts at `lineStarts[N - 1]`.
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [0]
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        lineStarts = starts
    }

    /// Decodes UTF-8 (dropping a byte-order mark), or says where the first invalid byte is.
    public init(path: String, data: Data) throws(Diagnostic) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Validated as one buffer: the generic path over `Data` costs twice as much per byte.
        let validated = bytes.withUnsafeBytes { String(validating: $0.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
        guard let text = validated else {
            let (line, column) = Self.positionOfInvalidUTF8(bytes)
            throw .error(
                "the file is not valid UTF-8 (first bad byte here); save it as UTF-8",
                file: path, line: line, column: column)
        }
        self.init(path: path, text: text)
    }

    /// Reads a regular file, naming it by `displayPath` in diagnostics.
    public static func read(_ url: URL, displayPath: String) throws(Diagnostic) -> SourceText {
        let data: Data
        do {
            data = try RegularFile.read(url)
        } catch {
            throw .error("cannot read the file: \(error)", file: displayPath)
        }
        return try SourceText(path: displayPath, data: data)
    }

    public var lineCount: Int { lineStarts.count }

    /// The UTF-8 offset where a 1-based line starts, or the text's length past the last line.
    public func byteOffset(ofLine number: Int) -> Int {
        guard number >= 1 else { return 0 }
        return number <= lineStarts.count ? lineStarts[number - 1] : text.utf8.count
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        let end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return line
    }

    /// Turns byte columns (as cmark counts) into columns of Unicode scalars (as editors count).
    /// Positions asked for in text order cost one pass over their lines, however many there
    /// are on a line (a line of 16,000 links once took seconds).
    public struct ScalarColumns {
        private let source: SourceText
        private var line = 0
        /// How far into `line` counting has gone, in bytes, and the scalars that start before it.
        private var bytesCounted = 0
        private var scalarsCounted = 0

        public init(_ source: SourceText) {
            self.source = source
        }

        public mutating func column(line: Int, byteColumn: Int) -> Int {
            let text = source.line(line).utf8
            let target = min(max(0, byteColumn - 1), text.count)
            if line != self.line || target < bytesCounted {
                (self.line, bytesCounted, scalarsCounted) = (line, 0, 0)
            }
            var index = text.index(text.startIndex, offsetBy: bytesCounted)
            while bytesCounted < target {
                // Every byte but a continuation byte (10xxxxxx) starts a scalar.
                if text[index] & 0xC0 != 0x80 { scalarsCounted += 1 }
                text.formIndex(after: &index)
                bytesCounted += 1
            }
            return scalarsCounted + 1
        }
    }

    /// The 1-based line and column (in scalars) of the first byte that is not UTF-8.
    public static func positionOfInvalidUTF8(_ bytes: Data.SubSequence) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.endIndex
                || String(validating: bytes[index..<end], as: UTF8.self) == nil
            {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return (line, prefix.unicodeScalars.count + 1)
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, 1)
    }
}

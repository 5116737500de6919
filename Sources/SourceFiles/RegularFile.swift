public import Foundation

/// Reads whole regular files. Anything else (a pipe, a device, a socket) is refused without
/// waiting on it: it is opened without blocking and checked before a byte is read.
public enum RegularFile {
    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The bytes of the file at `url`, following symbolic links.
    public static func read(_ url: URL) throws(ReadError) -> Data {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(description: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ReadError(description: info.st_mode & S_IFMT == S_IFDIR
                ? "it is a folder" : "it is not a regular file (a pipe, a device or a socket)")
        }
        // One byte more than the size, so the read that meets the end needs no room of its own.
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(4096, data.count / 2) }
            let count = data.withUnsafeMutableBytes { buffer in
                SystemCall.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }
}

import Foundation
import Hummingbird
import SourceFiles

/// Answers a request for a file of the site from the snapshot in memory: nothing on disk is
/// ever opened, so no path, however written, reaches a file outside the site.
struct SiteFiles: Sendable {
    /// The site's path for a request path: percent-decoded, `.` segments dropped; nil for what
    /// no file of the site can be (`..`, a NUL, a backslash, escapes that are not UTF-8).
    static func sitePath(_ requestPath: String) -> String? {
        guard let decoded = PercentEncoding.decoded(requestPath) else { return nil }
        var parts: [Substring] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            guard part != "..", !part.contains("\0"), !part.contains("\\") else { return nil }
            if part != "." { parts.append(part) }
        }
        let path = parts.joined(separator: "/")
        return decoded.hasSuffix("/") && !path.isEmpty ? path + "/" : path
    }

    /// The response for `requestPath` (a GET or HEAD), or nil when the site has no such file.
    /// `ifNoneMatch` is the request's header: a file the browser holds already is not sent again.
    static func response(for requestPath: String, in snapshot: SiteSnapshot, head: Bool, ifNoneMatch: String? = nil) -> Response? {
        guard let path = sitePath(requestPath) else { return nil }
        if path.isEmpty || path.hasSuffix("/") {
            return file(path + "index.html", in: snapshot, head: head, ifNoneMatch: ifNoneMatch)
        }
        if let found = file(path, in: snapshot, head: head, ifNoneMatch: ifNoneMatch) { return found }
        // A folder asked for without its slash: its relative links need the slash.
        guard snapshot.files[path + "/index.html"] != nil else { return nil }
        let location = (requestPath.split(separator: "/").last.map(String.init) ?? "") + "/"
        // Not permanent: the site may change while it is served.
        return Response(status: .found, headers: [.location: location, .cacheControl: "no-cache"])
    }

    private static func file(_ path: String, in snapshot: SiteSnapshot, head: Bool, ifNoneMatch: String?) -> Response? {
        guard let data = snapshot.files[path] else { return nil }
        let type = contentType(of: path)
        var body = data
        if type.hasPrefix("text/html") { body = withLiveReload(data, path: path, version: snapshot.version) }
        // Every response is revalidated (no-cache), so a reloaded page gets its unchanged style
        // sheet and scripts as a 304 instead of again (the 1,000-page book's contents are 70 KB).
        let tag = entityTag(of: body)
        if let ifNoneMatch, ifNoneMatch.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag }) {
            return Response(status: .notModified, headers: [.eTag: tag, .cacheControl: "no-cache"])
        }
        var response = Response.bytes(head ? Data() : body, contentType: type, headers: [.eTag: tag])
        if head { response.headers[.contentLength] = String(body.count) }
        return response
    }

    /// A strong validator of the bytes: 64-bit FNV-1a, which takes microseconds for a page.
    static func entityTag(of bytes: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return "\"" + String(hash, radix: 16) + "\""
    }

    /// The page with the live-reload script before its `</body>`, linked relatively so the site
    /// works under any path a proxy gives it.
    static func withLiveReload(_ page: Data, path: String, version: Int) -> Data {
        let up = String(repeating: "../", count: path.count { $0 == "/" })
        let tag = Data("<script src=\"\(up)\(LiveReload.scriptPath)\" data-version=\"\(version)\" defer></script>\n".utf8)
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + tag }
        var result = page
        result.insert(contentsOf: tag, at: end.lowerBound)
        return result
    }

    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let ext = name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        return types[ext] ?? "application/octet-stream"
    }

    private static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "txt": "text/plain; charset=utf-8", "xml": "application/xml",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/vnd.microsoft.icon", "pdf": "application/pdf",
        "woff": "font/woff", "woff2": "font/woff2", "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg",
        "epub": "application/epub+zip", "zip": "application/zip", "csv": "text/csv; charset=utf-8",
    ]
}

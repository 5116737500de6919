import Foundation
import Hummingbird
import NIOCore
import SourceFiles

/// Every request's way through the server: the API and its rules (token, CORS, JSON errors),
/// the live-reload script and events, and the site's files. Routing is one `switch`, so a path
/// with the wrong method gets 405 naming the right ones, and every error is JSON under `/api/`.
struct ServerResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let preview: SitePreview
    let settings: ServerSettings
    let endpoints: LintEndpoints
    /// The address clients reached the server at, when their Host header gives none.
    let fallbackAddress: @Sendable () -> String

    init(preview: SitePreview, settings: ServerSettings, fallbackAddress: @escaping @Sendable () -> String) {
        self.preview = preview
        self.settings = settings
        endpoints = LintEndpoints(preview: preview, maximumBodySize: settings.maximumBodySize)
        self.fallbackAddress = fallbackAddress
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        let isAPI = path == "/healthz" || path.hasPrefix("/api/") || path == "/api"
        let cors = corsHeaders(for: request, isAPI: isAPI)
        do {
            try checkHost(request)
            var response = try await route(request, path: path, isAPI: isAPI)
            response.headers.append(contentsOf: cors)
            return response
        } catch let error as APIError {
            return error.response(extraHeaders: cors)
        } catch {
            // What our code throws is an APIError; anything else comes from reading the request
            // (a body the HTTP parser refused), and the connection cannot be trusted after it.
            var refused = APIError(status: .badRequest, message: "the request could not be read (\(error)); send a well-formed HTTP/1.1 request")
            refused.headers[.connection] = "close"
            return refused.response(extraHeaders: cors)
        }
    }

    /// A server on loopback answers only to the names of loopback, so a web page cannot point
    /// its own name at 127.0.0.1 (DNS rebinding) and read the handbook or call the API.
    private func checkHost(_ request: Request) throws {
        guard Self.isLoopback(settings.host) else { return }
        let host = Self.hostName(of: request.head.authority ?? "")
        guard ["localhost", "127.0.0.1", "::1"].contains(host) || Self.isLoopback(host) else {
            throw APIError(status: .misdirectedRequest, message: "this server answers to localhost and 127.0.0.1 only, not to '\(host.controlCharactersShown)'")
        }
    }

    /// The host of an authority (`host:port`, `[::1]:8000`), lower-cased, without the port.
    static func hostName(of authority: String) -> String {
        var host = Substring(authority.lowercased())
        if host.hasPrefix("[") {
            host = host.dropFirst().prefix { $0 != "]" }
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return String(host)
    }

    /// Whether an address is this machine's own: 127.0.0.0/8, ::1, their IPv4-mapped form, localhost.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if name == "localhost" || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let v4 = name.hasPrefix("::ffff:") ? String(name.dropFirst(7)) : name
        let parts = v4.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    private func route(_ request: Request, path: String, isAPI: Bool) async throws -> Response {
        let method = request.method
        if isAPI {
            if method == .options {
                guard let methods = Self.methods(of: path) else { throw APIError.notFound(path) }
                return preflight(request, allowing: methods)
            }
            if path != "/healthz" && path != "/api/openapi.yaml" { try authorise(request) }
        }
        switch path {
        case "/api/lint":
            guard method == .post else { throw APIError.methodNotAllowed(method, allowed: [.post, .options]) }
            return try await endpoints.lint(request, siteAddress: siteAddress(of: request))
        case "/api/lint/batch":
            guard method == .post else { throw APIError.methodNotAllowed(method, allowed: [.post, .options]) }
            return try endpoints.batch(request, siteAddress: siteAddress(of: request))
        case "/api/rules":
            try requireRead(method)
            return try endpoints.rules(siteAddress: siteAddress(of: request)).head(method == .head)
        case "/healthz":
            try requireRead(method)
            return endpoints.health().head(method == .head)
        case "/api/openapi.yaml":
            try requireRead(method)
            return Response.bytes(PackageResources.openapi_yaml, contentType: "application/yaml; charset=utf-8").head(method == .head)
        case _ where isAPI:
            throw APIError.notFound(path)
        case "/" + LiveReload.eventsPath:
            try requireRead(method)
            return LiveReload.events(from: preview)
        case "/" + LiveReload.scriptPath:
            try requireRead(method)
            return Response.bytes(LiveReload.script(language: preview.snapshot.language), contentType: "text/javascript; charset=utf-8")
                .head(method == .head)
        default:
            try requireRead(method)
            guard let response = SiteFiles.response(for: path, in: preview.snapshot, head: method == .head, ifNoneMatch: request.headers[.ifNoneMatch]) else {
                return notFoundPage(path)
            }
            return response
        }
    }

    private func requireRead(_ method: HTTPRequest.Method) throws {
        guard method == .get || method == .head else { throw APIError.methodNotAllowed(method, allowed: [.get, .head, .options]) }
    }

    /// The bearer token, when the server was given one; compared in constant time.
    private func authorise(_ request: Request) throws {
        guard let token = settings.token else { return }
        // The scheme's name is case-insensitive (RFC 9110); the token is compared as it is.
        var given = request.headers[.authorization] ?? ""
        if given.prefix(7).lowercased() == "bearer " { given = "Bearer " + given.dropFirst(7) }
        let expected = "Bearer " + token
        var difference = UInt8(given.utf8.count == expected.utf8.count ? 0 : 1)
        for (one, other) in zip(given.utf8, expected.utf8) { difference |= one ^ other }
        guard difference == 0 else {
            var error = APIError(status: .unauthorized, message: "this server's API needs its access token: send 'Authorization: Bearer <token>'")
            error.headers[.wwwAuthenticate] = "Bearer"
            throw error
        }
    }

    /// CORS is off unless the server was started with `--cors ORIGIN`; then that one origin may
    /// call the API from its pages.
    private func corsHeaders(for request: Request, isAPI: Bool) -> HTTPFields {
        guard isAPI, let allowed = settings.corsOrigin else { return [:] }
        // The answer depends on the origin whenever CORS is on, so caches must keep them apart.
        guard let origin = request.headers[.origin], Self.sameOrigin(origin, allowed) else { return [.vary: "Origin"] }
        return [.accessControlAllowOrigin: origin, .vary: "Origin"]
    }

    /// Origins compared as browsers send them: the scheme and host in any case, a default port
    /// (80 for http, 443 for https) written or not.
    static func sameOrigin(_ one: String, _ other: String) -> Bool {
        func normal(_ origin: String) -> String {
            let lower = origin.lowercased()
            if lower.hasPrefix("https://"), lower.hasSuffix(":443") { return String(lower.dropLast(4)) }
            if lower.hasPrefix("http://"), lower.hasSuffix(":80") { return String(lower.dropLast(3)) }
            return lower
        }
        return normal(one) == normal(other)
    }

    /// The methods an API path answers; nil for a path it does not have.
    private static func methods(of path: String) -> String? {
        switch path {
        case "/api/lint", "/api/lint/batch": "POST, OPTIONS"
        case "/api/rules", "/api/openapi.yaml", "/healthz": "GET, HEAD, OPTIONS"
        default: nil
        }
    }

    private func preflight(_ request: Request, allowing methods: String) -> Response {
        var headers: HTTPFields = [.allow: methods]
        if let allowed = settings.corsOrigin, let origin = request.headers[.origin], Self.sameOrigin(origin, allowed) {
            headers[.accessControlAllowMethods] = methods
            headers[.accessControlAllowHeaders] = "Content-Type, Authorization"
            headers[.accessControlMaxAge] = "600"
        }
        return Response(status: .noContent, headers: headers)
    }

    /// `http://host:port/` as the client addressed this server, so rule links in answers are
    /// ones it can open; a Host header that is no host name is not trusted.
    private func siteAddress(of request: Request) -> String {
        guard let authority = request.head.authority, Self.isAuthority(authority) else { return fallbackAddress() }
        return "http://\(authority)/"
    }

    /// `name:port`, `1.2.3.4:port` or `[v6]:port`, the port optional: what a link may be built on.
    static func isAuthority(_ text: String) -> Bool {
        var host = Substring(text)
        var port: Substring = ""
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            port = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            guard !host.isEmpty, host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
        } else {
            if let colon = host.firstIndex(of: ":") {
                port = host[colon...]
                host = host[..<colon]
            }
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard !labels.isEmpty, labels.allSatisfy({ label in
                !label.isEmpty && label.first != "-" && label.last != "-" && label.utf8.allSatisfy { $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "-") }
            }) else { return false }
        }
        guard !port.isEmpty else { return true }
        guard port.first == ":", let number = Int(port.dropFirst()), (1...65535).contains(number), port.count <= 6 else { return false }
        return true
    }

    private func notFoundPage(_ path: String) -> Response {
        let snapshot = preview.snapshot
        if snapshot.files.isEmpty {
            return Response.bytes(LiveReload.notBuiltPage(snapshot, at: path), status: .serviceUnavailable, contentType: "text/html; charset=utf-8")
        }
        if let page = snapshot.files["404.html"] {
            var response = Response.bytes(SiteFiles.withLiveReload(page, path: "404.html", version: preview.snapshot.version), contentType: "text/html; charset=utf-8")
            response.status = .notFound
            return response
        }
        return Response.bytes(Array("404: nothing at \(path.controlCharactersShown)\n".utf8), status: .notFound, contentType: "text/plain; charset=utf-8")
    }
}

extension Response {
    /// The response to a HEAD request: the same head, no body.
    func head(_ isHead: Bool) -> Response {
        guard isHead else { return self }
        var headers = self.headers
        if let length = body.contentLength { headers[.contentLength] = String(length) }
        return Response(status: status, headers: headers, body: ResponseBody())
    }
}

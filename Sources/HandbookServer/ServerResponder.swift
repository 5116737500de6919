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
            var response = try await route(request, path: path, isAPI: isAPI)
            response.headers.append(contentsOf: cors)
            return response
        } catch let error as APIError {
            return error.response(extraHeaders: cors)
        } catch {
            return APIError(status: .internalServerError, message: "the server failed: \(error)").response(extraHeaders: cors)
        }
    }

    private func route(_ request: Request, path: String, isAPI: Bool) async throws -> Response {
        let method = request.method
        if isAPI {
            if method == .options { return preflight(request, allowing: Self.methods(of: path)) }
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
        let given = request.headers[.authorization] ?? ""
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
        guard isAPI, let allowed = settings.corsOrigin, let origin = request.headers[.origin], origin == allowed else { return [:] }
        return [.accessControlAllowOrigin: origin, .vary: "Origin"]
    }

    /// The methods an API path answers.
    private static func methods(of path: String) -> String {
        ["/api/lint", "/api/lint/batch"].contains(path) ? "POST, OPTIONS" : "GET, HEAD, OPTIONS"
    }

    private func preflight(_ request: Request, allowing methods: String) -> Response {
        var headers: HTTPFields = [.allow: methods]
        if settings.corsOrigin != nil, request.headers[.origin] == settings.corsOrigin {
            headers[.accessControlAllowMethods] = methods
            headers[.accessControlAllowHeaders] = "Content-Type, Authorization"
            headers[.accessControlMaxAge] = "600"
        }
        return Response(status: .noContent, headers: headers)
    }

    /// `http://host:port/` as the client addressed this server, so rule links in answers are
    /// ones it can open; a Host header that is no host name is not trusted.
    private func siteAddress(of request: Request) -> String {
        if let host = request.head.authority, !host.isEmpty,
            host.utf8.allSatisfy({ $0.isASCIILetterOrDigit || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) {
            return "http://\(host)/"
        }
        return fallbackAddress()
    }

    private func notFoundPage(_ path: String) -> Response {
        let snapshot = preview.snapshot
        if snapshot.files.isEmpty {
            return Response.bytes(LiveReload.notBuiltPage(snapshot), status: .serviceUnavailable, contentType: "text/html; charset=utf-8")
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

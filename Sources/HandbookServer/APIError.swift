import Hummingbird
import NIOCore
import SourceFiles

/// A request the server refuses, answered as JSON: `{"error": {"message": …, "line": …, "column": …}}`
/// (the position only for a body that is not valid JSON or not a valid draft).
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    var line: Int? = nil
    var column: Int? = nil
    var headers: HTTPFields = [:]

    static func notFound(_ what: String) -> APIError {
        APIError(status: .notFound, message: "nothing at \(what); see /api/openapi.yaml for what this server answers")
    }

    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [HTTPRequest.Method]) -> APIError {
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        var error = APIError(status: .methodNotAllowed, message: "\(method.rawValue) is not answered here; use \(list)")
        error.headers[.allow] = list
        return error
    }

    /// The rest of the body is not read, so the connection closes after the answer.
    static func tooLarge(limit: Int) -> APIError {
        var error = APIError(status: .contentTooLarge, message: "the body is larger than \(limit >> 10) KB, the most this server reads; send the draft alone, or split a batch")
        error.headers[.connection] = "close"
        return error
    }

    static func unsupportedType(_ given: String?, expected: String) -> APIError {
        APIError(
            status: .unsupportedMediaType,
            message: "the body's Content-Type is \(given.map { "'\($0)'" } ?? "missing"); send it as \(expected)")
    }

    /// A bad draft: its diagnostic's message and position.
    static func badDraft(_ diagnostic: Diagnostic) -> APIError {
        APIError(status: .badRequest, message: diagnostic.message, line: diagnostic.line, column: diagnostic.column)
    }

    func response(extraHeaders: HTTPFields = [:]) -> Response {
        var json: [UInt8] = Array("{\"error\":{\"message\":".utf8)
        JSONText.write(message, to: &json)
        if let line {
            json.write(",\"line\":")
            JSONText.write(line, to: &json)
        }
        if let column {
            json.write(",\"column\":")
            JSONText.write(column, to: &json)
        }
        json.write("}}\n")
        var fields = headers
        fields.append(contentsOf: extraHeaders)
        return Response.bytes(json, status: status, contentType: "application/json; charset=utf-8", headers: fields)
    }
}

extension Response {
    /// A whole response from bytes in memory.
    static func bytes(_ bytes: some Sequence<UInt8>, status: HTTPResponse.Status = .ok, contentType: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        fields[.xContentTypeOptions] = "nosniff"
        fields[.cacheControl] = "no-cache"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

import Foundation
import Hummingbird
import NIOCore
import Pages
import ServiceLifecycle
import SourceFiles
import StyleLint

/// The lint API: one draft (`POST /api/lint`), many as JSON Lines (`POST /api/lint/batch`),
/// the rules (`GET /api/rules`) and the server's health (`GET /healthz`). Drafts are read and
/// findings written exactly as `handbook lint` does; rule links are this server's pages.
struct LintEndpoints: Sendable {
    let preview: SitePreview
    let maximumBodySize: Int

    static let jsonType = "application/json; charset=utf-8"
    static let jsonLinesType = "application/x-ndjson; charset=utf-8"
    /// What a batch may be sent as: JSON Lines goes by several names.
    static let jsonLinesTypes: Set<String> = ["application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines", "application/json-lines"]

    /// The most messages (the agent's, and the client's before them) one draft may have: a chat
    /// reply has a few, and the linter's work grows with their number.
    static let mostMessages = 100

    func lint(_ request: Request, siteAddress: String) async throws -> Response {
        let service = try lintService()
        guard Self.mediaType(of: request) == "application/json" else {
            throw APIError.unsupportedType(request.headers[.contentType], expected: "application/json")
        }
        try Self.refuseEncodedBody(request)
        let body = try await collectBody(of: request)
        let bytes = Data(buffer: body)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = SourceText.positionOfInvalidUTF8(bytes[...])
            throw APIError(status: .badRequest, message: "the body is not valid UTF-8 (first bad byte here); send JSON as UTF-8", line: line, column: column)
        }
        let source: DraftSource
        do {
            source = try Self.checked(DraftReader.request(SourceText(path: "request", text: text), labels: service.labels))
        } catch {
            throw APIError.badDraft(error)
        }
        var out = ReportBuffer()
        report(service, siteAddress: siteAddress).response(source, findings: service.bulk.linter.lint(source), into: &out)
        return Response.bytes(out.bytes, contentType: Self.jsonType)
    }

    /// The draft, if it is no larger than one request may be.
    static func checked(_ source: DraftSource) throws(Diagnostic) -> DraftSource {
        let count = source.draft.messages.count + source.draft.context.count
        guard count <= mostMessages else {
            throw Diagnostic.error("the draft has \(count) messages; one request may have at most \(mostMessages) (the agent's and the client's together): send a reply with the messages it answers", file: "request")
        }
        return source
    }

    /// Reads the body a line at a time and answers a line per line as each batch is linted,
    /// so memory stays that of one batch however many drafts are sent.
    func batch(_ request: Request, siteAddress: String) throws -> Response {
        let service = try lintService()
        guard let type = Self.mediaType(of: request), Self.jsonLinesTypes.contains(type) else {
            throw APIError.unsupportedType(request.headers[.contentType], expected: "application/x-ndjson (JSON Lines: one draft object a line)")
        }
        try Self.refuseEncodedBody(request)
        let report = report(service, siteAddress: siteAddress)
        let limit = maximumBodySize
        let headers: HTTPFields = [.contentType: Self.jsonLinesType, .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            var lines = BodyLines(limit: limit)
            var number = 0
            var batch: [InputLines.Line] = []
            func flush(_ writer: inout any ResponseBodyWriter) async throws {
                guard !batch.isEmpty else { return }
                var out = ReportBuffer()
                var inputs = batch.makeIterator()
                service.bulk.run(&inputs, read: { Self.draft(in: $0, limit: limit) }, report: { $0 }) { outcomes in
                    for outcome in outcomes { report.write(outcome, as: .jsonl, strings: .en, headed: true, into: &out) }
                }
                batch.removeAll(keepingCapacity: true)
                try await writer.write(ByteBuffer(bytes: out.bytes))
            }
            // A server asked to stop stops reading: a client could otherwise keep it up for ever.
            for try await buffer in request.body.cancelOnGracefulShutdown() {
                lines.append(buffer)
                while let line = lines.next() {
                    number += 1
                    if !line.isBlank { batch.append(InputLines.Line(number: number, bytes: line.bytes)) }
                    if batch.count == service.bulk.batchSize { try await flush(&writer) }
                }
                // What has come is answered before waiting for more: a client may send a line at a time.
                try await flush(&writer)
            }
            if let line = lines.finish() {
                number += 1
                if !line.isBlank { batch.append(InputLines.Line(number: number, bytes: line.bytes)) }
            }
            try await flush(&writer)
            try await writer.finish(nil)
        })
    }

    /// A batch line's draft, or why it is none.
    private static func draft(in line: InputLines.Line, limit: Int) -> Result<DraftSource, Diagnostic> {
        guard line.bytes != nil else {
            return .failure(.error("the line is longer than \(limit >> 10) KB, the most this server reads as one draft; split it", file: "request", line: line.number))
        }
        return DraftReader.jsonLine(line, file: "request").flatMap { source in Result { () throws(Diagnostic) in try checked(source) } }
    }

    /// A compressed body is refused by name rather than read as garbled JSON.
    private static func refuseEncodedBody(_ request: Request) throws {
        if let encoding = request.headers[.contentEncoding], encoding.lowercased() != "identity" {
            throw APIError(status: .unsupportedMediaType, message: "the body is sent with Content-Encoding '\(encoding)'; send it uncompressed")
        }
    }

    func rules(siteAddress: String) throws -> Response {
        let service = try lintService()
        var json: [UInt8] = []
        RuleListJSON.write(service.style, links: links(service, siteAddress: siteAddress), to: &json)
        return Response.bytes(json, contentType: Self.jsonType)
    }

    func health() -> Response {
        let snapshot = preview.snapshot
        var json: [UInt8] = Array("{\"status\":\"ok\",\"version\":".utf8)
        JSONText.write(snapshot.version, to: &json)
        json.write(",\"errors\":")
        JSONText.write(snapshot.errors.count, to: &json)
        json.write(",\"lint\":")
        json.write(snapshot.lint == nil ? "false" : "true")
        json.write("}\n")
        return Response.bytes(json, contentType: Self.jsonType)
    }

    private func lintService() throws -> LintService {
        guard let service = preview.snapshot.lint else {
            throw APIError(status: .serviceUnavailable, message: "the handbook has no usable lint style; fix the errors the server printed, then try again")
        }
        return service
    }

    private func links(_ service: LintService, siteAddress: String) -> RuleLinks {
        RuleLinks(style: service.style) { siteAddress + PagePaths.rulePage($0) }
    }

    private func report(_ service: LintService, siteAddress: String) -> FindingReport {
        FindingReport(inputName: "request", colors: false, links: links(service, siteAddress: siteAddress))
    }

    private func collectBody(of request: Request) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBodySize {
            throw APIError.tooLarge(limit: maximumBodySize)
        }
        do {
            return try await request.body.collect(upTo: maximumBodySize)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge(limit: maximumBodySize)
        }
    }

    /// The body's media type, lower-cased, without parameters (`; charset=utf-8`).
    static func mediaType(of request: Request) -> String? {
        request.headers[.contentType].map { $0.split(separator: ";", maxSplits: 1).first.map(String.init) ?? "" }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }
}

/// Lines of a body that arrives in pieces; a line longer than `limit` is cut off and marked,
/// so that one huge line costs no more memory than the limit.
struct BodyLines {
    struct Line {
        /// Nil for a line past the limit.
        var bytes: Data?
        var isBlank: Bool { bytes.map { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } } ?? false }
    }

    let limit: Int
    private var pending = Data()
    private var tooLong = false
    private var ready: [Line] = []
    private var readyIndex = 0

    init(limit: Int) {
        self.limit = limit
    }

    mutating func append(_ buffer: ByteBuffer) {
        buffer.withUnsafeReadableBytes { bytes in
            var start = 0
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                take(bytes[start..<newline])
                ready.append(Line(bytes: tooLong ? nil : pending))
                pending = Data()
                tooLong = false
                start = newline + 1
            }
            take(bytes[start...])
        }
    }

    mutating func next() -> Line? {
        guard readyIndex < ready.count else {
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            return nil
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// The last line, when the body does not end with a newline.
    mutating func finish() -> Line? {
        guard !pending.isEmpty || tooLong else { return nil }
        defer { pending = Data() }
        return Line(bytes: tooLong ? nil : pending)
    }

    private mutating func take(_ bytes: Slice<UnsafeRawBufferPointer>) {
        guard !tooLong else { return }
        if pending.count + bytes.count > limit {
            tooLong = true
            pending = Data()
        } else {
            pending.append(contentsOf: bytes)
        }
    }
}

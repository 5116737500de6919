import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request body stops coming. The server's idle timeout counts only
/// between requests, so without this a client could send a head and then a byte of body every
/// few seconds and hold its connection for ever. A body must keep arriving (a pause of at most
/// `pause`) and be complete within `whole`; only a batch (`streamedPath`), whose drafts are
/// answered as they come, may take as long as it keeps coming. A request without a body, such
/// as an event stream's GET, is not timed once its head is read.
final class RequestBodyDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let pause: TimeAmount
    private let whole: TimeAmount
    private let streamedPath: String
    private var end: NIODeadline?
    private var timer: Scheduled<Void>?

    init(pause: TimeAmount, whole: TimeAmount, streamedPath: String) {
        self.pause = pause
        self.whole = whole
        self.streamedPath = streamedPath
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            end = head.path.map { $0.split(separator: "?").first == Substring(streamedPath) } == true ? nil : .now() + whole
            arm(context)
        case .body:
            arm(context)
        case .end:
            disarm()
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    private func arm(_ context: ChannelHandlerContext) {
        timer?.cancel()
        let next = NIODeadline.now() + pause
        timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: end.map { min($0, next) } ?? next) {
            context.close(promise: nil)
        }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
        end = nil
    }
}

import HTTPTypes
import Hummingbird
import NIOCore

enum HTMLResponse {
    static func page(_ html: HTML, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(
            status: status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: "<!doctype html>\n" + html.markup)))
    }
}

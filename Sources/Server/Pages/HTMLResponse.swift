import HTTPTypes
import Hummingbird
import NIOCore

enum HTMLResponse {
    static func page(_ html: HTML, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        page(document(html), status: status, headers: headers)
    }

    /// A page already rendered, as kept by a `RenderedPageCache`.
    static func page(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// The whole document's bytes.
    static func document(_ html: HTML) -> ByteBuffer {
        ByteBuffer(string: "<!doctype html>\n" + html.markup)
    }
}

extension HTMLResponse {
    /// A page for one signed-in person: never stored by a cache.
    static func `private`(_ html: HTML) -> Response {
        var response = page(html)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

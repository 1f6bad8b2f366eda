import Foundation
import Hummingbird
import NIOCore
import Prometheus
import Storage

/// Health, metrics, the OpenAPI document and the stylesheet.
struct SystemController {
    let store: Store
    let metrics: PrometheusCollectorRegistry
    let assets: Assets

    func register(on routes: inout RouteRegistrar) {
        // None of these acts on the programme: they answer without asking the database for it.
        routes.on(.get, .health, scope: .system, use: health)
        routes.on(.get, .metrics, scope: .system, use: prometheus)
        routes.on(.get, .openAPI, scope: .system) { _, _ in
            assets.response(assets.openAPI, contentType: "application/json")
        }
        routes.on(.get, .stylesheet, scope: .system) { _, _ in
            assets.response(assets.stylesheet, contentType: "text/css; charset=utf-8")
        }
        routes.on(.get, .cityPicker, scope: .system) { _, _ in
            assets.response(assets.cityPicker, contentType: "text/javascript; charset=utf-8")
        }
        routes.on(.get, .worldMap, scope: .system) { _, _ in
            var response = assets.response(assets.worldMap, contentType: "image/svg+xml; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=86400"
            return response
        }
        routes.on(.get, .favicon, scope: .system) { _, _ in
            assets.response(assets.favicon, contentType: "image/svg+xml; charset=utf-8")
        }
    }

    /// 200 while the database answers and has room to write; 503 when it does not answer or its disk is full
    /// (load balancers take the instance out, monitoring tells the operator which).
    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> Response {
        let up = await store.ping()
        let full = store.diskIsFull
        let body = Health(
            status: up && !full ? "ok" : "unavailable", database: up ? "ok" : "unreachable", disk: full ? "full" : "ok",
            diskFreeMegabytes: store.freeDiskBytes().map { $0 >> 20 })
        var response = try JSONResponse.make(body, status: up && !full ? .ok : .serviceUnavailable)
        if !up || full {
            response.headers[.retryAfter] = String(
                Problem.retryAfter(StorageUnavailable(full ? .diskFull : .unreachable)))
        }
        return response
    }

    struct Health: Encodable {
        var status: String
        var database: String
        var disk: String
        var diskFreeMegabytes: Int64?
    }

    @Sendable func prometheus(_ request: Request, context: AppRequestContext) async throws -> Response {
        var buffer: [UInt8] = []
        metrics.emit(into: &buffer)
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }
}

/// Files bundled with the server, read once at start-up.
struct Assets: Sendable {
    let openAPI: ByteBuffer
    let stylesheet: ByteBuffer
    let favicon: ByteBuffer
    let cityPicker: ByteBuffer
    /// The world's country outlines, projected once at start-up.
    let worldMap: ByteBuffer

    static func load() throws -> Assets {
        func read(_ name: String, _ ext: String, in directory: String? = nil) throws -> ByteBuffer {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: directory) else {
                throw AssetMissing(name: "\(name).\(ext)")
            }
            return ByteBuffer(bytes: try Data(contentsOf: url))
        }
        return Assets(
            openAPI: try read("openapi", "json"), stylesheet: try read("app", "css", in: "Public"),
            favicon: try read("favicon", "svg", in: "Public"), cityPicker: try read("city-picker", "js", in: "Public"),
            worldMap: ByteBuffer(string: WorldOutline.svg(from: String(buffer: try read("world-110m", "txt")))))
    }

    func response(_ body: ByteBuffer, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "public, max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    struct AssetMissing: Error, CustomStringConvertible {
        let name: String
        var description: String { "bundled resource \(name) is missing from the build" }
    }
}

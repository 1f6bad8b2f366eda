import Foundation
import HTTPTypes
import Hummingbird

/// The routes registered on the router, kept so that a wrong method gets 405 with `Allow`, not 404, and so
/// that tests can hold the OpenAPI document against what is really served.
struct RouteTable: Sendable {
    struct Route: Sendable, Hashable {
        let method: HTTPRequest.Method
        let pattern: String
    }

    private(set) var routes: [Route] = []

    mutating func record(_ method: HTTPRequest.Method, _ url: SiteURL) {
        routes.append(Route(method: method, pattern: url.pattern))
        if method == .get { routes.append(Route(method: .head, pattern: url.pattern)) }
    }

    /// Methods registered for a concrete path (for the `Allow` header); empty when no pattern matches.
    func methods(forPath path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.filter { route in
            let pattern = route.pattern.split(separator: "/", omittingEmptySubsequences: true)
            return pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }.map(\.method)
    }
}

/// Collects the routes of every controller, so that the route table is known before the router is built:
/// Hummingbird applies a middleware only to routes added after it.
struct RouteRegistrar {
    /// Whether a route acts on the served programme (pages and the API) or on none (files, health, metrics).
    enum Scope {
        case programme
        case system
    }

    private var additions: [Scope: [@Sendable (Router<AppRequestContext>) -> Void]] = [:]
    private(set) var table = RouteTable()

    mutating func on<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method, _ url: SiteURL, scope: Scope = .programme,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Output
    ) {
        table.record(method, url)
        additions[scope, default: []].append { router in
            router.on(RouterPath(url.pattern), method: method, use: handler)
        }
    }

    /// Adds the collected routes of `scope` to the router, behind the middleware added so far.
    /// A route with an id in its path, named by its case alone: `routes.on(.get, SiteURL.partnership, use: show)`.
    mutating func on<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method, _ url: (UUID) -> SiteURL, scope: Scope = .programme,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Output
    ) {
        // A pattern writes the parameter's name, never its value: any id makes the same one.
        on(method, url(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))), scope: scope, use: handler)
    }

    /// A route with a number in its path (a year, a GeoNames id), named by its case alone.
    mutating func on<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method, _ url: (Int) -> SiteURL, scope: Scope = .programme,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Output
    ) {
        on(method, url(0), scope: scope, use: handler)
    }

    func register(_ scope: Scope, on router: Router<AppRequestContext>) {
        for add in additions[scope] ?? [] { add(router) }
    }
}

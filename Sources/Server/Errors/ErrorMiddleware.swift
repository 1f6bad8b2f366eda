import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Storage

/// Turns every error into a response: problem+json for the API, a readable page for people. A 404 for a path
/// that exists with other methods becomes 405 with `Allow`. Errors that are the server's fault are logged
/// and answered 500 without their details; an outage of the database is answered 503 with `Retry-After`.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let routes: RouteTable

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SignInRequired {
            return Redirect.to(SiteURL.login.path(query: [("next", error.next)]))
        } catch {
            let outage = StorageUnavailable(classifying: error)
            var problem = outage.map(Problem.init) ?? Problem(error)
            if let outage {
                context.logger.warning(
                    "request failed: \(outage)",
                    metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            } else if problem == nil {
                context.logger.error(
                    "request failed",
                    metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            var headers = HTTPFields()
            if let outage { headers[.retryAfter] = String(Problem.retryAfter(outage)) }
            switch error as? AuthError {
            case .unauthenticated: headers[.wwwAuthenticate] = #"Bearer realm="sistercities""#
            case .throttled(let seconds): headers[.retryAfter] = String(seconds)
            default: break
            }
            if problem?.status == 404 {
                let allowed = routes.methods(forPath: request.uri.path)
                if !allowed.isEmpty, !allowed.contains(request.method) {
                    problem = Problem(
                        title: "Method not allowed", status: 405,
                        detail: "\(request.method.rawValue) is not allowed here; use \(Self.allowList(allowed)).")
                    headers[.allow] = Self.allowList(allowed)
                }
            }
            let resolved = problem ?? .internalError
            if request.uri.path.hasPrefix("/api/") || !Self.prefersHTML(request) {
                return try JSONResponse.problem(resolved, headers: headers)
            }
            return HTMLResponse.page(
                ErrorPage.view(ErrorPage.Model(problem: resolved, page: context.page(request))),
                status: resolved.httpStatus, headers: headers)
        }
    }

    static func allowList(_ methods: [HTTPRequest.Method]) -> String {
        Array(Set(methods.map(\.rawValue))).sorted().joined(separator: ", ")
    }

    /// Browsers ask for text/html; scripts usually do not.
    static func prefersHTML(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("text/html") ?? false
    }
}

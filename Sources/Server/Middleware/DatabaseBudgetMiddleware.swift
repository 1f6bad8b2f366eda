import Hummingbird
import Storage

/// Gives each request its database budget: the database keeps one request waiting at most `limit` in all, so
/// that a request is answered (503 when the budget runs out) however many units of work it does.
struct DatabaseBudgetMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limit: Duration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await Store.$budget.withValue(DatabaseBudget(limit)) { try await next(request, context) }
    }
}

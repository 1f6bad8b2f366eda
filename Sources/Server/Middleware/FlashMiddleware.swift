import Hummingbird

/// Reads the flash a form post left (see ``Flash``) into the request context, and clears it once a page has
/// been shown with it, so it is said once.
struct FlashMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let cookies: CookieSettings

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.cookies = cookies
        guard let value = request.cookies[cookies.flashName]?.value else { return try await next(request, context) }
        context.flash = Flash(rawValue: value)
        var response = try await next(request, context)
        let shown = response.status == .ok && response.headers[.contentType]?.hasPrefix("text/html") == true
        if shown || context.flash == nil { response.setCookie(cookies.expired(cookies.flashName)) }
        return response
    }
}

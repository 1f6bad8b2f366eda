import Hummingbird

/// The language switcher's one route: keeps the reader's choice in a cookie and sends them back to the page
/// they were on. A link (GET), so that it works without JavaScript; it changes nothing on the server.
struct LanguageController {
    let catalogs: Catalogs
    let cookies: CookieSettings

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .language, use: choose)
    }

    @Sendable func choose(_ request: Request, context: AppRequestContext) async throws -> Response {
        let asked = request.uri.queryParameters["to"].map(String.init) ?? ""
        guard let language = catalogs.language(asked) else {
            let t = context.localizer
            throw HTTPError(
                .badRequest,
                message: t("language.unknown", ["tag": asked, "languages": t.list(catalogs.languages)]))
        }
        var response = Redirect.to(Redirect.safeNext(request.uri.queryParameters["next"].map(String.init)) ?? "/")
        response.setCookie(cookies.language(language))
        return response
    }
}

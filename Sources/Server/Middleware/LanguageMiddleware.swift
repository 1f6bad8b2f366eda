import Domain
import Foundation
import HTTPTypes
import Hummingbird

/// Chooses the language of each answer, once per request: the reader's explicit choice (the switcher's
/// cookie) → their `Accept-Language` (RFC 4647 lookup: `ja-JP` → `ja`) → the site's base language. A
/// signed-in reader's own setting comes between the first two (``UserLanguageMiddleware``), the programme's
/// language before the last (``ProgrammeLanguageMiddleware``). Every answer
/// says which it is in (`Content-Language`) and that it varies with the header and the cookie (`Vary`).
///
/// It also reads the application's clock once, into `context.now`.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let catalogs: Catalogs
    /// Whether the test-only pseudo-locale may be asked for.
    let pseudoLocale: Bool
    let cookies: CookieSettings
    let clock: WallClock

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.now = clock.now()
        if let chosen = request.cookies[cookies.languageName]?.value, let localizer = localizer(chosen) {
            context.localizer = localizer
            context.languageIsChosen = true
            context.languageIsDefault = false
        } else if let header = request.headers[.acceptLanguage],
            let localizer = localizer(preferring: LanguagePreference(acceptLanguage: header))
        {
            context.localizer = localizer
            context.languageIsDefault = false
        }
        var response = try await next(request, context)
        if response.headers[.contentLanguage] == nil {
            response.headers[.contentLanguage] = context.localizer.language
        }
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
            response.headers[values: .vary] = ["Accept-Language, Cookie"]
        }
        return response
    }

    /// The localizer of a language tag the site speaks, or nil.
    func localizer(_ tag: String) -> Localizer? {
        if pseudoLocale, tag == PseudoLocale.tag { return .pseudo(catalogs: catalogs) }
        return catalogs.language(tag).map(catalogs.localizer)
    }

    /// The localizer of the first language of `preference` the site speaks, or nil.
    func localizer(preferring preference: LanguagePreference) -> Localizer? {
        if pseudoLocale, preference.ranges.first == PseudoLocale.tag { return .pseudo(catalogs: catalogs) }
        return preference.lookup(in: catalogs.languages).map(catalogs.localizer)
    }
}

/// A signed-in reader's own language setting, unless they chose one with the switcher.
struct UserLanguageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let catalogs: Catalogs

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard !context.languageIsChosen, let setting = context.identity.actor?.user.language,
            let language = catalogs.language(setting)
        else { return try await next(request, context) }
        var context = context
        context.languageIsDefault = false
        guard language != context.localizer.language else { return try await next(request, context) }
        context.localizer = catalogs.localizer(language)
        var response = try await next(request, context)
        response.headers[.contentLanguage] = language
        return response
    }
}

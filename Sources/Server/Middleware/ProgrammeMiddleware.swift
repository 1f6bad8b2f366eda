import Domain
import Foundation
import Hummingbird

/// Resolves, once per request, the programme it acts on: every handler reads it (and "today" in its home
/// city's zone) from the context instead of looking it up. The programme's language is also the original of
/// what it wrote, and the answer's language when the reader named none the site speaks. Files, health and
/// metrics need none of this: they are registered before it (``RouteRegistrar/Scope/system``).
struct ProgrammeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let catalogs: Catalogs
    let source: ServedProgrammeSource

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        do {
            let served = try await source.current()
            context.served = .success(served)
            context.contentLanguage = served.programme.language
        } catch {
            // Pages that need the programme answer with the reason; the others go on.
            context.served = .failure(error)
        }
        guard context.languageIsDefault, let language = catalogs.language(context.contentLanguage),
            language != context.localizer.language
        else { return try await next(request, context) }
        context.localizer = catalogs.localizer(language)
        var response = try await next(request, context)
        response.headers[.contentLanguage] = language
        return response
    }
}

extension AppRequestContext {
    /// The programme the request acts on.
    var programme: Programme {
        get throws { try servedProgramme.programme }
    }

    /// Today in the programme's home city.
    var today: PartialDate {
        get throws { try servedProgramme.day(of: now) }
    }

    var servedProgramme: ServedProgramme {
        get throws {
            guard let served else { throw HTTPError(.internalServerError, message: "no programme resolved") }
            return try served.get()
        }
    }
}

import Domain
import Foundation
import Hummingbird

/// What every page knows of its request: the language it speaks, where it is (for the language switcher to
/// come back to) and when it is rendered.
struct PageContext: Sendable {
    var t: Localizer
    /// The page's path and query.
    var path: String
    var now: Date
    /// The language the programme writes in: the original of its texts.
    var contentLanguage = ProgrammeDraft.defaultLanguage

    /// For pages not yet given their request's context: the base language, linked back to the directory.
    static let base = PageContext(t: .base, path: SiteURL.directory.path, now: Date())
}

extension AppRequestContext {
    /// The page context of `request`.
    func page(_ request: Request) -> PageContext {
        var path = request.uri.path
        if let query = request.uri.query, !query.isEmpty { path += "?" + query }
        return PageContext(t: localizer, path: path, now: now, contentLanguage: contentLanguage)
    }
}

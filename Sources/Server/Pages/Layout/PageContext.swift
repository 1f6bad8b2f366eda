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
    /// What the previous form post left to say, shown once at the top of the page.
    var flash: Flash? = nil
}

extension AppRequestContext {
    /// The page context of `request`.
    func page(_ request: Request) -> PageContext {
        var path = request.uri.path
        if let query = request.uri.query, !query.isEmpty { path += "?" + query }
        // Only staff posts leave a flash, and only a signed-in page may say it: an anonymous page can be cached
        // for every reader.
        return PageContext(
            t: localizer, path: path, now: now, contentLanguage: contentLanguage,
            flash: identity.actor == nil ? nil : flash)
    }
}

import Domain
import Foundation
import Hummingbird
import NIOCore

/// The per-request context of every route.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `buildApplication` through ``BodyLimitMiddleware``; bodies above it get 413.
    public var maxBodySize: Int = 1 << 20
    /// Who the request comes from; set by the auth middleware.
    var identity: Identity = .anonymous
    /// The peer's address; behind a proxy, the proxy's.
    let peerAddress: String?
    /// The connection, for closing it when a body does not arrive in time; nil in router tests.
    let channel: (any Channel)?
    /// The language of the answer: set by ``LanguageMiddleware``, refined by the reader's own setting once
    /// they are known (``UserLanguageMiddleware``).
    var localizer: Localizer = .base
    /// Whether the reader chose the language themselves (the switcher's cookie): then it beats their setting.
    var languageIsChosen = false
    /// Whether no choice, setting or `Accept-Language` named a language the site speaks: then the programme's
    /// own language is the answer's (``ProgrammeLanguageMiddleware``).
    var languageIsDefault = true
    /// The language the programme writes in: the original of the texts it wrote.
    var contentLanguage = ProgrammeDraft.defaultLanguage
    /// The programme the request acts on, resolved once by ``ProgrammeMiddleware``; read it as
    /// `context.programme`.
    var served: Result<ServedProgramme, any Error>?
    /// The moment the request is handled, from the application's clock (set by `LanguageMiddleware` before
    /// any handler runs): every "now" and "today" of the request reads it.
    var now = Date.distantPast
    /// What the previous form post left to say on this page, if anything (``FlashMiddleware``).
    var flash: Flash?
    /// The cookies the server sets, as configured (set by ``FlashMiddleware``).
    var cookies = CookieSettings(secure: true)

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
        channel = source.channel
    }

    public var maxUploadSize: Int { maxBodySize }
}

import Hummingbird

/// The per-request context of every route.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `buildApplication` through ``BodyLimitMiddleware``; bodies above it get 413.
    public var maxBodySize: Int = 1 << 20

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { maxBodySize }
}

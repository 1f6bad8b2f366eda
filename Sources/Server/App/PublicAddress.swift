/// Where people reach the site, for absolute links in mail and feeds.
///
/// It comes from configuration only, never from a request: a `Host` or `X-Forwarded-*` header is whatever the
/// client sent, and a link built from it would carry a registrant's token to the sender's site.
struct PublicAddress: Sendable {
    /// Scheme, host and port, without a trailing slash.
    let base: String

    init(config: AppConfig) {
        base = config.publicBase
    }
}

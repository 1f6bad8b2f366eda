/// Why a request may not go on.
public enum AuthError: Error, Sendable, Equatable {
    /// No credentials, or credentials that do not name an active user (401).
    case unauthenticated
    /// The user may not do this (403).
    case forbidden(String)
    /// A state-changing request with a session cookie but without the session's CSRF token (403).
    case csrfMismatch
    /// Too many failed sign-ins; try again after this many seconds (429).
    case throttled(retryAfter: Int)
}

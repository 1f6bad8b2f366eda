import Foundation

/// A volunteer's personal link: the secret in it opens their own page without an account. Only the newest
/// link sent to a person works, and only for `lifetime` after it was sent.
public enum VolunteerLink {
    public static let lifetimeDays = 90
    public static let lifetime: TimeInterval = TimeInterval(lifetimeDays) * 86_400

    /// Whether a link sent at `sentAt` still opens the page at `now`.
    public static func isLive(sentAt: Date, at now: Date) -> Bool {
        now.timeIntervalSince(sentAt) < lifetime
    }
}

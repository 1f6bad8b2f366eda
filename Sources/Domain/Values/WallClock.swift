import Foundation

/// What time it is now. ``system`` is the one place the program asks the operating system; everything else is
/// handed a clock (the application's is `AppConfig.clock`, the store's `Store.clock`), so that a test can fix
/// the moment and a page, an audit entry or an email is the same on every run.
///
/// Durations (how long an import took) are measured with `ContinuousClock`, not with this.
public struct WallClock: Sendable {
    /// The current moment.
    public let now: @Sendable () -> Date

    public init(_ now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The operating system's time.
    public static let system = WallClock { Date() }

    /// Always `moment`.
    public static func fixed(_ moment: Date) -> WallClock {
        WallClock { moment }
    }
}

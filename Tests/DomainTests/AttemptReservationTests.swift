import Domain
import Foundation
import Testing

@Suite struct AttemptReservationTests {
    @Test func retryAfterCountsWholeSecondsUntilTheOldestCheckLeavesTheWindow() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(AttemptReservation.granted([]).retryAfter(window: 60, now: now) == nil)
        #expect(AttemptReservation.refused(oldest: now.addingTimeInterval(-20)).retryAfter(window: 60, now: now) == 40)
        #expect(
            AttemptReservation.refused(oldest: now.addingTimeInterval(-19.5)).retryAfter(window: 60, now: now) == 41)
        // Never less than a second, even for a check about to leave the window.
        #expect(AttemptReservation.refused(oldest: now.addingTimeInterval(-60)).retryAfter(window: 60, now: now) == 1)
    }
}

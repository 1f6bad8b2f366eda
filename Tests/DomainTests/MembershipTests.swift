import Domain
import Foundation
import Testing

@Suite struct MembershipTests {
    func day(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T00:00:00Z")! }

    @Test func termsRunFromTheAnniversaryOrToAFixedDay() {
        let yearly = MembershipLevel(id: UUID(), name: "Individual", termMonths: 12)
        #expect(yearly.expiry(startingOn: day("2026-03-14")) == day("2027-03-14"))
        let calendarYear = MembershipLevel(
            id: UUID(), name: "Family", termMonths: 12, renewal: .fixed(month: 12, day: 31))
        #expect(calendarYear.expiry(startingOn: day("2026-03-14")) == day("2026-12-31"))
        #expect(calendarYear.expiry(startingOn: day("2026-12-31")) == day("2027-12-31"))
        let lifetime = MembershipLevel(id: UUID(), name: "Lifetime", termMonths: nil)
        #expect(lifetime.expiry(startingOn: day("2026-03-14")) == nil)
    }

    @Test func statusGraceAndRenewal() {
        let level = MembershipLevel(id: UUID(), name: "Individual", termMonths: 12, graceDays: 30)
        let membership = Membership(
            id: UUID(), personID: UUID(), level: level, joined: day("2025-03-14"), expires: day("2026-03-14"))
        #expect(membership.status(at: day("2026-03-13")) == .active)
        #expect(membership.status(at: day("2026-04-01")) == .grace)
        #expect(membership.status(at: day("2026-05-01")) == .expired)
        // Renewed in grace: a term from the old expiry. Renewed after: a term from today.
        #expect(membership.renewedExpiry(at: day("2026-04-01")) == day("2027-03-14"))
        #expect(membership.renewedExpiry(at: day("2026-06-01")) == day("2027-06-01"))
        let lifetime = Membership(
            id: UUID(), personID: UUID(), level: MembershipLevel(id: UUID(), name: "L", termMonths: nil),
            joined: day("1990-01-01"), expires: nil)
        #expect(lifetime.status(at: day("2100-01-01")) == .lifetime)
    }

    @Test func remindersFallDueThirtyAndSevenDaysBeforeAndAtExpiry() {
        let expires = day("2026-03-14")
        #expect(RenewalReminder.due(expires: expires, now: day("2026-02-01")) == [])
        #expect(RenewalReminder.due(expires: expires, now: day("2026-02-12")) == [.thirtyDays])
        #expect(RenewalReminder.due(expires: expires, now: day("2026-03-08")) == [.thirtyDays, .sevenDays])
        #expect(RenewalReminder.due(expires: expires, now: day("2026-03-14")) == RenewalReminder.allCases)
    }
}

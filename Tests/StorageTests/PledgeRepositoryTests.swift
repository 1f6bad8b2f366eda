import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct PledgeRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func paymentsTowardAPledgeAreCountedAndCheckedAgainstIt(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let id = fixture.programme.id
            let people = FluentPersonRepository(store: store)
            let aiko = try await people.create(
                PersonDraft(givenName: "Aiko", familyName: "Tanaka"), in: id, by: .system("t"))
            let ben = try await people.create(PersonDraft(givenName: "Ben", familyName: "Li"), in: id, by: .system("t"))
            let pledges = FluentPledgeRepository(store: store)
            let contributions = FluentContributionRepository(store: store)
            let usd = Currency(code: "USD")!
            let pledge = try await pledges.create(
                PledgeDraft(
                    donorID: aiko.id, amount: Money(minorUnits: 2500, currency: usd), frequency: .monthly,
                    start: PartialDate("2026-01-01")!, instalments: 12), in: id, by: .system("t"))
            func pay(
                _ donor: Person, _ money: Money, on day: String = "2026-01-05"
            ) async throws -> Contribution {
                try await contributions.record(
                    ContributionDraft(
                        donorID: donor.id, gift: .money(money), received: PartialDate(day)!, pledgeID: pledge.id),
                    in: id, by: .system("t"))
            }
            _ = try await pay(aiko, Money(minorUnits: 2500, currency: usd))
            let second = try await pay(aiko, Money(minorUnits: 2500, currency: usd), on: "2026-02-03")
            _ = try await contributions.void(second.id, reason: "Bounced", in: id, by: .system("t"))
            _ = try await pay(aiko, Money(minorUnits: 2500, currency: usd), on: "2026-02-10")
            let found = try await pledges.find(pledge.id, in: id)
            #expect(found.receivedMinorUnits == 5000 && found.payments == 2)
            #expect(found.nextDue == PartialDate("2026-03-01"))

            let otherDonor = await caught { _ = try await pay(ben, Money(minorUnits: 2500, currency: usd)) }
            #expect(
                otherDonor as? DomainError
                    == .invalid([FieldIssue(field: "pledgeId", message: "is another donor's pledge")]))
            let otherCurrency = await caught {
                _ = try await pay(aiko, Money(minorUnits: 2500, currency: Currency(code: "JPY")!))
            }
            #expect(
                otherCurrency as? DomainError
                    == .invalid([FieldIssue(field: "amount.currency", message: "must be USD, the pledge's currency")]))

            let cancelled = try await pledges.cancel(
                pledge.id, on: PartialDate("2026-03-15")!, in: id, by: .system("t"))
            #expect(
                cancelled.cancelledOn == PartialDate("2026-03-15")
                    && cancelled.status(on: PartialDate("2026-04-01")!) == .cancelled)
            let twice = await caught {
                _ = try await pledges.cancel(pledge.id, on: PartialDate("2026-03-16")!, in: id, by: .system("t"))
            }
            #expect(twice as? DomainError == .conflict("this pledge is cancelled already"))
            let afterCancel = await caught { _ = try await pay(aiko, Money(minorUnits: 2500, currency: usd)) }
            #expect(afterCancel as? DomainError == .invalid([FieldIssue(field: "pledgeId", message: "is cancelled")]))
            #expect(try await pledges.list(in: id, PledgeQuery(donorID: ben.id)).total == 0)
            #expect(try await pledges.list(in: id, PledgeQuery(donorID: aiko.id)).items.map(\.id) == [pledge.id])

            let history = try await FluentAuditRepository(store: store).history(of: .pledge, id: pledge.id, in: id)
            #expect(history.map(\.action) == [.update, .create])
        }
    }
}

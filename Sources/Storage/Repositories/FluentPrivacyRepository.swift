import Domain
import FluentKit
import Foundation

/// A person's data gathered for a request to see it, and erased on request, in the FluentKit store.
public struct FluentPrivacyRepository: PrivacyRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func personalData(_ id: UUID, in programme: UUID) async throws -> PersonalData {
        let db = store.database()
        let person = try await FluentPersonRepository(store: store).find(id, in: programme)
        let email = person.draft.contact.email
        var contributions: [Contribution] = []
        var page = 1
        while true {
            let batch = try await FluentContributionRepository(store: store).list(
                in: programme,
                ContributionQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit), donorID: id))
            contributions += batch.items
            guard batch.hasNext else { break }
            page += 1
        }
        let registrations =
            email == nil
            ? []
            : try await RegistrationModel.query(on: db).filter(\.$programme.$id == programme)
                .filter(\.$email == email!.lowercased()).sort(\.$registeredAt).all().map { try $0.toDomain() }
        let emails =
            email == nil
            ? []
            : try await OutboxModel.query(on: db).filter(\.$programmeID == programme)
                .filter(\.$recipient ~~ Array(Set([email!, email!.lowercased()]))).sort(\.$createdAt).all()
                .map { try $0.toDomain() }
        let volunteers = FluentVolunteerRepository(store: store)
        return PersonalData(
            person: person,
            memberships: try await FluentMembershipRepository(store: store).list(in: programme)
                .filter { $0.personID == id },
            contributions: contributions,
            pledges: try await FluentPledgeRepository(store: store).list(
                in: programme, PledgeQuery(page: PageRequest(limit: PageRequest.maxLimit), donorID: id)
            ).items,
            registrations: registrations,
            volunteerHours: try await volunteers.hours(
                in: programme, HoursQuery(page: PageRequest(limit: PageRequest.maxLimit), personID: id)
            ).items,
            shiftSignups: try await volunteers.signups(person: id, in: programme), emails: emails,
            history: try await FluentAuditRepository(store: store).history(of: .person, id: id, in: programme))
    }

    public func erase(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws -> ErasureReport {
        try await store.transaction { tx in
            guard
                let person = try await PersonModel.query(on: tx).filter(\.$id == id)
                    .filter(\.$programme.$id == programme).first()
            else { throw DomainError.notFound(entity: "person", id: id) }
            let email = person.email?.lowercased()
            let addresses = Array(Set([person.email, email].compactMap { $0 }))
            var report = ErasureReport()

            // Receipts stay, with their numbers and amounts, for the accounts; the donor's name goes, in the
            // record and in its history.
            let contributions = try await ContributionModel.query(on: tx).filter(\.$programme.$id == programme)
                .filter(\.$donorID == id).all()
            for contribution in contributions {
                contribution.donorName = Person.erasedName
                contribution.note = nil
                try await contribution.update(on: tx)
                let entries = try await AuditEntryModel.query(on: tx)
                    .filter(\.$entity == AuditEntity.contribution.rawValue)
                    .filter(\.$entityID == (try contribution.requireID())).all()
                for entry in entries {
                    entry.before = try entry.before.map(Self.anonymisedContribution)
                    entry.after = try entry.after.map(Self.anonymisedContribution)
                    try await entry.update(on: tx)
                }
            }
            report.contributionsAnonymised = contributions.count
            let pledges = try await PledgeModel.query(on: tx).filter(\.$programme.$id == programme)
                .filter(\.$donorID == id).all()
            for pledge in pledges {
                pledge.donorName = Person.erasedName
                pledge.note = nil
                try await pledge.update(on: tx)
                let entries = try await AuditEntryModel.query(on: tx).filter(\.$entity == AuditEntity.pledge.rawValue)
                    .filter(\.$entityID == (try pledge.requireID())).all()
                for entry in entries {
                    entry.before = try entry.before.map(Self.anonymisedPledge)
                    entry.after = try entry.after.map(Self.anonymisedPledge)
                    try await entry.update(on: tx)
                }
            }
            report.pledgesAnonymised = pledges.count
            report.membershipsKept = try await MembershipModel.query(on: tx).filter(\.$person.$id == id).count()

            let hours = try await VolunteerHoursModel.query(on: tx).filter(\.$person.$id == id).all()
            for entry in hours {
                entry.note = nil
                entry.reviewNote = nil
                try await entry.update(on: tx)
            }
            report.volunteerEntriesKept = hours.count
            report.signupsRemoved = try await ShiftSignupModel.query(on: tx).filter(\.$person.$id == id).count()
            try await ShiftSignupModel.query(on: tx).filter(\.$person.$id == id).delete()
            report.linksRemoved = try await VolunteerKeyModel.query(on: tx).filter(\.$person.$id == id).count()
            try await VolunteerKeyModel.query(on: tx).filter(\.$person.$id == id).delete()

            if let email {
                let registrations = try await RegistrationModel.query(on: tx).filter(\.$programme.$id == programme)
                    .filter(\.$email == email).all()
                for registration in registrations {
                    let rid = try registration.requireID()
                    registration.name = Person.erasedName
                    registration.email = "erased-\(rid.uuidString.lowercased())@invalid"
                    registration.cancelHash = "erased-\(rid.uuidString.lowercased())"
                    try await registration.update(on: tx)
                }
                report.registrationsAnonymised = registrations.count
                let emails = try await OutboxModel.query(on: tx).filter(\.$programmeID == programme)
                    .filter(\.$recipient ~~ addresses).all()
                for message in emails {
                    message.recipient = "erased@invalid"
                    message.subject = "(erased)"
                    message.body = ""
                    // A message not yet delivered is not sent to an address that is gone.
                    if message.state == OutboxMessage.State.pending.rawValue {
                        message.state = OutboxMessage.State.failed.rawValue
                        message.lastError = "the recipient was erased"
                    }
                    try await message.update(on: tx)
                }
                report.emailsScrubbed = emails.count
            }

            // Delegation lists keep that someone went, not who.
            for exchange in try await ExchangeModel.query(on: tx).filter(\.$programme.$id == programme).all()
            where exchange.members.contains(where: { $0.personID == id }) {
                exchange.members = exchange.members.map { member in
                    var member = member
                    if member.personID == id { member.name = Person.erasedName }
                    return member
                }
                try await exchange.update(on: tx)
            }

            // Earlier versions of the record are emptied; the entries keep who changed it and when.
            let history = try await AuditEntryModel.query(on: tx).filter(\.$entity == AuditEntity.person.rawValue)
                .filter(\.$entityID == id).all()
            for entry in history {
                entry.before = nil
                entry.after = nil
                try await entry.update(on: tx)
            }
            report.historyScrubbed = history.count

            person.apply(
                PersonDraft(givenName: Person.erasedName, familyName: "", consentToContact: false, isPublic: false))
            person.erasedAt = store.clock.now()
            try await person.update(on: tx)
            try await AuditRecorder.record(
                .erase, .person, id: id, before: String?.none, after: String?.none, programme: programme, by: author,
                at: store.clock.now(), on: tx)
            return report
        }
    }

    static func anonymisedPledge(_ text: String) throws -> String {
        var snapshot = try Snapshot.decode(PledgeSnapshot.self, text)
        snapshot.donorName = Person.erasedName
        return try Snapshot.encode(snapshot)
    }

    static func anonymisedContribution(_ text: String) throws -> String {
        var snapshot = try Snapshot.decode(ContributionSnapshot.self, text)
        snapshot.donorName = Person.erasedName
        return try Snapshot.encode(snapshot)
    }
}

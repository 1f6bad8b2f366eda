import Domain
import Foundation

/// The staff lists that can be downloaded as CSV, each with its columns.
enum StaffExport: String, CaseIterable, Sendable {
    case people
    case members
    case contributions
    case pledges
    case volunteerHours = "volunteer-hours"

    var title: String {
        switch self {
        case .people: "People"
        case .members: "Members"
        case .contributions: "Contributions"
        case .pledges: "Pledges"
        case .volunteerHours: "Volunteer hours"
        }
    }

    /// `year` narrows contributions to a fiscal year and volunteer hours to a calendar year; memberships and
    /// pledges stand as of `now`, the day `today` in the programme's home city.
    func table(services: Services, year: Int? = nil, now: Date, today: PartialDate) async throws -> CSVTable {
        let programme = services.programmeID
        let names = ExportNames(services: services)
        switch self {
        case .people:
            var table = CSVTable(header: [
                "id", "given_name", "family_name", "name_order", "native_name", "organisation", "roles", "email",
                "phone", "address", "consent_to_contact", "public", "notes",
            ])
            let organisations = Dictionary(
                uniqueKeysWithValues: try await services.organisations.all(in: programme).map { ($0.id, $0.name) })
            try await Self.pages { page in
                try await services.people.list(in: programme, PersonQuery(page: page, includePrivate: true))
            } each: { person in
                let d = person.draft
                table.append([
                    person.id.lowercasedString, d.givenName, d.familyName, d.nameOrder.rawValue, d.nativeName ?? "",
                    d.organisationID.flatMap { organisations[$0] } ?? "",
                    d.roles.map(\.title).joined(separator: "; "), d.contact.email ?? "", d.contact.phone ?? "",
                    d.contact.address ?? "", d.consentToContact ? "yes" : "no", d.isPublic ? "yes" : "no",
                    d.notes ?? "",
                ])
            }
            return table
        case .members:
            var table = CSVTable(header: [
                "id", "person_id", "name", "level", "fee", "currency", "joined", "expires", "status",
            ])
            for membership in try await services.memberships.list(in: programme) {
                table.append([
                    membership.id.lowercasedString, membership.personID.lowercasedString,
                    try await names.person(membership.personID), membership.level.name,
                    membership.level.fee?.decimal ?? "", membership.level.fee?.currency.code ?? "",
                    Format.isoDay(membership.joined), membership.expires.map(Format.isoDay) ?? "",
                    membership.status(at: now).rawValue,
                ])
            }
            return table
        case .contributions:
            var table = CSVTable(header: [
                "receipt", "fiscal_year", "received", "donor_id", "donor", "amount", "currency", "in_kind", "for",
                "voided", "void_reason", "note",
            ])
            try await Self.pages { page in
                try await services.contributions.list(in: programme, ContributionQuery(page: page, fiscalYear: year))
            } each: { contribution in
                let d = contribution.draft
                var amount = ("", "", "")
                switch d.gift {
                case .money(let money): amount = (money.decimal, money.currency.code, "")
                case .inKind(let description): amount = ("", "", description)
                }
                var fund = "general fund"
                if case .partnership(let id) = d.designation { fund = try await names.partnership(id) }
                table.append([
                    contribution.receipt.number, String(contribution.receipt.fiscalYear), d.received.description,
                    d.donorID.lowercasedString, contribution.donorName, amount.0, amount.1, amount.2, fund,
                    contribution.receipt.voided ? "yes" : "no", contribution.receipt.voidReason ?? "", d.note ?? "",
                ])
            }
            return table
        case .pledges:
            var table = CSVTable(header: [
                "id", "donor_id", "donor", "amount", "currency", "frequency", "start", "instalments", "for", "status",
                "received", "payments", "arrears", "next_due", "cancelled_on",
            ])
            try await Self.pages { page in
                try await services.pledges.list(in: programme, PledgeQuery(page: page))
            } each: { pledge in
                let d = pledge.draft
                var fund = "general fund"
                if case .partnership(let id) = d.designation { fund = try await names.partnership(id) }
                let status = pledge.status(on: today)
                table.append([
                    pledge.id.lowercasedString, d.donorID.lowercasedString, pledge.donorName, d.amount.decimal,
                    d.amount.currency.code, d.frequency?.rawValue ?? "once", d.start.description,
                    d.instalmentCount.map(String.init) ?? "", fund, status.rawValue, pledge.received.decimal,
                    String(pledge.payments), pledge.arrears(on: today).decimal,
                    status == .open ? pledge.nextDue?.description ?? "" : "", pledge.cancelledOn?.description ?? "",
                ])
            }
            return table
        case .volunteerHours:
            var table = CSVTable(header: [
                "id", "person_id", "volunteer", "day", "minutes", "hours", "activity", "event", "partnership",
                "status", "logged_minutes", "reviewed_by", "review_note", "note",
            ])
            try await Self.pages { page in
                try await services.volunteers.hours(in: programme, HoursQuery(page: page, year: year))
            } each: { entry in
                let d = entry.draft
                table.append([
                    entry.id.lowercasedString, d.personID.lowercasedString, entry.volunteerName, d.day.description,
                    String(d.minutes), VolunteerHoursFormat.hours(d.minutes), d.activity.rawValue,
                    try await d.eventID.asyncMap(names.event) ?? "",
                    try await d.partnershipID.asyncMap(names.partnership) ?? "", entry.status.rawValue,
                    entry.loggedMinutes.map(String.init) ?? "", entry.reviewedBy ?? "", entry.reviewNote ?? "",
                    d.note ?? "",
                ])
            }
            return table
        }
    }

    /// An event's registrations, for its organisers.
    static func registrations(_ registrations: [Registration]) -> CSVTable {
        var table = CSVTable(header: ["name", "email", "status", "waitlist_position", "attended", "registered_at"])
        for r in registrations {
            table.append([
                r.name, r.email, r.status.rawValue, r.waitlistPosition.map(String.init) ?? "",
                r.attended ? "yes" : "no", Timestamp.format(r.createdAt),
            ])
        }
        return table
    }

    /// Walks every page of a list, 200 at a time.
    private static func pages<Item>(
        _ fetch: (PageRequest) async throws -> Page<Item>, each: (Item) async throws -> Void
    ) async throws {
        var number = 1
        while true {
            let page = try await fetch(PageRequest(page: number, limit: PageRequest.maxLimit))
            for item in page.items { try await each(item) }
            guard page.hasNext else { return }
            number += 1
        }
    }
}

/// Names looked up once each while a list is written.
private final class ExportNames {
    let services: Services
    private var cache: [UUID: String] = [:]

    init(services: Services) {
        self.services = services
    }

    func person(_ id: UUID) async throws -> String {
        try await cached(id) { try await services.people.find(id, in: services.programmeID).displayName }
    }

    func event(_ id: UUID) async throws -> String {
        try await cached(id) { try await services.events.find(id, in: services.programmeID).draft.title }
    }

    func partnership(_ id: UUID) async throws -> String {
        try await cached(id) {
            let p = try await services.partnerships.find(id, in: services.programmeID)
            return p.pairName
        }
    }

    private func cached(_ id: UUID, _ load: () async throws -> String) async throws -> String {
        if let name = cache[id] { return name }
        let name = (try? await load()) ?? ""
        cache[id] = name
        return name
    }
}

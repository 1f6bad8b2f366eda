import Domain
import FluentKit
import Foundation

/// The audit trail in the FluentKit store, and restoring from it.
public struct FluentAuditRepository: AuditRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func history(of entity: AuditEntity, id: UUID, in programme: UUID) async throws -> [AuditEntry] {
        let query = AuditEntryModel.query(on: store.database())
        if entity == .gift {
            query.group(.or) { either in
                either.group(.and) { $0.filter(\.$entity == AuditEntity.gift.rawValue).filter(\.$entityID == id) }
                either.group(.and) {
                    $0.filter(\.$entity == AuditEntity.giftImage.rawValue).filter(\.$parentID == id)
                }
            }
        } else {
            query.filter(\.$entity == entity.rawValue).filter(\.$entityID == id)
        }
        // Cities are shared by the programmes of an install; everything else is one programme's.
        if entity != .city { query.filter(\.$programmeID == programme) }
        return try await query.sort(\.$at, .descending).sort(\.$id).all().map {
            try $0.toDomain().seen(from: programme)
        }
    }

    public func partnershipHistory(_ id: UUID, in programme: UUID) async throws -> [AuditEntry] {
        try await AuditEntryModel.query(on: store.database())
            .filter(\.$programmeID == programme)
            .group(.or) { either in
                either.group(.and) {
                    $0.filter(\.$entity == AuditEntity.partnership.rawValue).filter(\.$entityID == id)
                }
                either.group(.and) { $0.filter(\.$entity == AuditEntity.agreement.rawValue).filter(\.$parentID == id) }
                either.group(.and) { $0.filter(\.$entity == AuditEntity.gift.rawValue).filter(\.$parentID == id) }
            }
            .sort(\.$at, .descending).sort(\.$id).all().map { try $0.toDomain() }
    }

    public func entry(_ id: UUID, in programme: UUID) async throws -> AuditEntry {
        guard let model = try await AuditEntryModel.find(id, on: store.database()),
            model.entity == AuditEntity.city.rawValue || model.programmeID == programme
        else { throw DomainError.notFound(entity: "history entry", id: id) }
        return try model.toDomain().seen(from: programme)
    }

    public func restore(_ entry: AuditEntry, in programme: UUID, by author: ChangeAuthor) async throws {
        guard let version = entry.version else { throw DomainError.conflict("this entry holds no version to restore") }
        let id = entry.entityID
        let db = store.database()
        switch entry.entity {
        case .city:
            let draft = try Snapshot.decode(CitySnapshot.self, version).draft
            let cities = FluentCityRepository(store: store)
            if try await CityModel.find(id, on: db) != nil {
                _ = try await cities.update(id, with: draft, action: .restore, by: author)
            } else {
                _ = try await cities.insert(draft, id: id, action: .restore, by: author)
            }
        case .partnership:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            let draft = try Snapshot.decode(PartnershipSnapshot.self, version).draft()
            let partnerships = FluentPartnershipRepository(store: store)
            if try await PartnershipModel.find(id, on: db) != nil {
                _ = try await partnerships.update(id, with: draft, in: programme, action: .restore, by: author)
            } else {
                _ = try await partnerships.insert(draft, id: id, in: programme, action: .restore, by: author)
            }
        case .agreement:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            let snapshot = try Snapshot.decode(AgreementSnapshot.self, version)
            let agreements = FluentAgreementRepository(store: store)
            guard try await PartnershipModel.find(snapshot.partnershipID, on: db) != nil else {
                throw DomainError.conflict("the agreement's partnership was deleted: restore the partnership first")
            }
            if try await AgreementModel.find(id, on: db) != nil {
                _ = try await agreements.update(
                    id, with: try snapshot.draft(), in: programme, action: .restore, by: author)
            } else {
                _ = try await agreements.insert(
                    try snapshot.draft(), id: id, partnership: snapshot.partnershipID, in: programme, action: .restore,
                    by: author)
            }
        case .gift:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            let snapshot = try Snapshot.decode(GiftSnapshot.self, version)
            let gifts = FluentGiftRepository(store: store)
            guard try await PartnershipModel.find(snapshot.partnershipID, on: db) != nil else {
                throw DomainError.conflict("the gift's partnership was deleted: restore the partnership first")
            }
            if try await GiftModel.find(id, on: db) != nil {
                _ = try await gifts.update(id, with: try snapshot.draft(), in: programme, action: .restore, by: author)
            } else {
                _ = try await gifts.insert(
                    try snapshot.draft(), id: id, partnership: snapshot.partnershipID, in: programme,
                    action: .restore, by: author)
            }
        case .article:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            let snapshot = try Snapshot.decode(ArticleSnapshot.self, version)
            // Partnerships deleted since are left out rather than blocking the restore.
            let known = Set(
                try await PartnershipModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                    .compactMap(\.id))
            var draft = snapshot.draft
            draft.partnershipIDs = draft.partnershipIDs.filter(known.contains)
            let articles = FluentArticleRepository(store: store)
            if try await ArticleModel.find(id, on: db) != nil {
                _ = try await articles.update(id, with: draft, in: programme, action: .restore, by: author)
            } else {
                _ = try await articles.insert(draft, id: id, in: programme, action: .restore, by: author)
            }
        case .organisation:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            let draft = try Snapshot.decode(OrganisationSnapshot.self, version).draft()
            let organisations = FluentOrganisationRepository(store: store)
            if try await OrganisationModel.find(id, on: db) != nil {
                _ = try await organisations.update(id, with: draft, in: programme, action: .restore, by: author)
            } else {
                _ = try await organisations.insert(draft, id: id, in: programme, action: .restore, by: author)
            }
        case .person:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            var draft = try Snapshot.decode(PersonSnapshot.self, version).draft()
            // Organisations deleted since are left out rather than blocking the restore.
            let known = Set(
                try await OrganisationModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                    .compactMap(\.id))
            if let organisation = draft.organisationID, !known.contains(organisation) { draft.organisationID = nil }
            draft.roles = draft.roles.map { role in
                var role = role
                if let organisation = role.organisationID, !known.contains(organisation) { role.organisationID = nil }
                return role
            }
            let people = FluentPersonRepository(store: store)
            if try await PersonModel.find(id, on: db) != nil {
                _ = try await people.update(id, with: draft, in: programme, action: .restore, by: author)
            } else {
                _ = try await people.insert(draft, id: id, in: programme, action: .restore, by: author)
            }
        case .event:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            var draft = try Snapshot.decode(EventSnapshot.self, version).draft()
            // Partnerships and hosts deleted since are left out rather than blocking the restore.
            let partnerships = Set(
                try await PartnershipModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                    .compactMap(\.id))
            let organisations = Set(
                try await OrganisationModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                    .compactMap(\.id))
            draft.partnershipIDs = draft.partnershipIDs.filter(partnerships.contains)
            draft.hostIDs = draft.hostIDs.filter(organisations.contains)
            let events = FluentEventRepository(store: store)
            if try await EventModel.find(id, on: db) != nil {
                _ = try await events.update(id, with: draft, in: programme, action: .restore, by: author)
            } else {
                _ = try await events.insert(draft, id: id, in: programme, action: .restore, by: author)
            }
        case .exchange:
            guard entry.programmeID == programme else {
                throw DomainError.notFound(entity: "history entry", id: entry.id)
            }
            var draft = try Snapshot.decode(ExchangeSnapshot.self, version).draft()
            guard try await PartnershipModel.find(draft.partnershipID, on: db) != nil else {
                throw DomainError.conflict("the exchange's partnership was deleted: restore the partnership first")
            }
            // Events and people deleted since are left out rather than blocking the restore.
            let events = Set(
                try await EventModel.query(on: db).filter(\.$programme.$id == programme).all().compactMap(\.id))
            let people = Set(
                try await PersonModel.query(on: db).filter(\.$programme.$id == programme).all().compactMap(\.id))
            draft.eventIDs = draft.eventIDs.filter(events.contains)
            draft.members = draft.members.map { member in
                var member = member
                if let person = member.personID, !people.contains(person) { member.personID = nil }
                return member
            }
            let exchanges = FluentExchangeRepository(store: store)
            if try await ExchangeModel.find(id, on: db) != nil {
                _ = try await exchanges.update(id, with: draft, in: programme, action: .restore, by: author)
            } else {
                _ = try await exchanges.insert(draft, id: id, in: programme, action: .restore, by: author)
            }
        case .contribution:
            throw DomainError.conflict("a receipt is never restored or renumbered: record the contribution again")
        case .pledge:
            throw DomainError.conflict("a pledge is not restored: record it again")
        case .giftImage:
            throw DomainError.conflict("an image is not kept once it is deleted: upload it again")
        case .programme:
            guard id == programme else { throw DomainError.notFound(entity: "history entry", id: entry.id) }
            let draft = try Snapshot.decode(ProgrammeSnapshot.self, version).draft
            _ = try await FluentProgrammeRepository(store: store).update(id, with: draft, action: .restore, by: author)
        }
    }

    public func partnerships(touchedByRestoring entry: AuditEntry, in programme: UUID) async throws -> Set<UUID> {
        try await partnerships(touchedByRestoring: [entry], in: programme)[entry.id] ?? []
    }

    public func partnerships(
        touchedByRestoring entries: [AuditEntry], in programme: UUID
    ) async throws -> [UUID: Set<UUID>] {
        let db = store.database()
        func ids(_ kind: AuditEntity) -> [UUID] { entries.filter { $0.entity == kind }.map(\.entityID) }
        // Where each record is now, if it still exists: one query per kind.
        var current: [UUID: UUID] = [:]
        let exchanges = ids(.exchange)
        if !exchanges.isEmpty {
            for model in try await ExchangeModel.query(on: db).filter(\.$id ~~ exchanges).all() {
                current[try model.requireID()] = model.$partnership.id
            }
        }
        let agreements = ids(.agreement)
        if !agreements.isEmpty {
            for model in try await AgreementModel.query(on: db).filter(\.$id ~~ agreements).all() {
                current[try model.requireID()] = model.$partnership.id
            }
        }
        let gifts = ids(.gift)
        if !gifts.isEmpty {
            for model in try await GiftModel.query(on: db).filter(\.$id ~~ gifts).all() {
                current[try model.requireID()] = model.$partnership.id
            }
        }
        var answer: [UUID: Set<UUID>] = [:]
        for entry in entries {
            var touched: Set<UUID> = []
            switch entry.entity {
            case .partnership:
                touched.insert(entry.entityID)
            case .exchange, .agreement, .gift:
                if let now = current[entry.entityID] { touched.insert(now) }
                if let version = entry.version { touched.insert(try Self.partnership(of: entry.entity, in: version)) }
                if let parent = entry.parentID { touched.insert(parent) }
            case .city, .programme, .article, .organisation, .person, .contribution, .pledge, .event, .giftImage:
                break
            }
            answer[entry.id] = touched
        }
        return answer
    }

    /// The partnership a stored version of an exchange, agreement or gift belongs to.
    private static func partnership(of entity: AuditEntity, in version: String) throws -> UUID {
        switch entity {
        case .exchange: try Snapshot.decode(ExchangeSnapshot.self, version).draft().partnershipID
        case .agreement: try Snapshot.decode(AgreementSnapshot.self, version).partnershipID
        default: try Snapshot.decode(GiftSnapshot.self, version).partnershipID
        }
    }
}

import Domain
import FluentKit
import Foundation

/// Cities in the FluentKit store (SQLite or PostgreSQL).
public struct FluentCityRepository: CityRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(_ query: CityQuery) async throws -> Domain.Page<City> {
        let db = store.database()
        func filtered() -> QueryBuilder<CityModel> {
            let builder = CityModel.query(on: db)
            if let code = query.countryCode { builder.filter(\.$countryCode == code.uppercased()) }
            if let prefix = query.namePrefix.map(CityModel.fold).map(Self.likeSafe), !prefix.isEmpty {
                builder.filter(\.$searchName =~ prefix)
            }
            return builder
        }
        let total = try await filtered().count()
        let builder = filtered()
        switch query.sort {
        case .name: builder.sort(\.$searchName, .ascending)
        case .nameDescending: builder.sort(\.$searchName, .descending)
        case .country: builder.sort(\.$countryCode, .ascending).sort(\.$searchName, .ascending)
        case .population: builder.sort(\.$population, .descending).sort(\.$searchName, .ascending)
        }
        let models = try await builder.sort(\.$id).range(query.page.offset..<(query.page.offset + query.page.limit))
            .all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: query.page, total: total)
    }

    public func find(_ id: UUID) async throws -> City {
        try await model(id, on: store.database()).toDomain()
    }

    public func find(geonameID: Int) async throws -> City? {
        try await CityModel.query(on: store.database()).filter(\.$geonameID == geonameID).first()?.toDomain()
    }

    public func create(_ draft: CityDraft, by author: ChangeAuthor) async throws -> City {
        try await insert(draft, id: nil, action: .create, by: author)
    }

    /// Inserts a city (with `id` when it is put back from the audit trail) and records it.
    func insert(_ draft: CityDraft, id: UUID?, action: AuditAction, by author: ChangeAuthor) async throws -> City {
        let draft = try draft.validated()
        let model = CityModel(draft)
        model.id = id
        try await StoreErrors.mapConstraint("a city with GeoNames id \(draft.geonameID ?? 0) exists already") {
            try await store.database().transaction { tx in
                try await model.create(on: tx)
                try await AuditRecorder.record(
                    action, .city, id: try model.requireID(), before: CitySnapshot?.none, after: CitySnapshot(model),
                    programme: nil, by: author, on: tx)
            }
        }
        return try model.toDomain()
    }

    public func update(_ id: UUID, with draft: CityDraft, by author: ChangeAuthor) async throws -> City {
        try await update(id, with: draft, action: .update, by: author)
    }

    func update(_ id: UUID, with draft: CityDraft, action: AuditAction, by author: ChangeAuthor) async throws -> City {
        let draft = try draft.validated()
        let db = store.database()
        let model = try await model(id, on: db)
        let before = CitySnapshot(model)
        model.apply(draft)
        try await StoreErrors.mapConstraint("a city with GeoNames id \(draft.geonameID ?? 0) exists already") {
            try await db.transaction { tx in
                try await model.update(on: tx)
                try await AuditRecorder.record(
                    action, .city, id: id, before: before, after: CitySnapshot(model), programme: nil, by: author,
                    on: tx)
            }
        }
        return try model.toDomain()
    }

    public func delete(_ id: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, on: db)
        let partnerships = try await PartnershipModel.query(on: db)
            .group(.or) { $0.filter(\.$homeCity.$id == id).filter(\.$partnerCity.$id == id) }
            .count()
        let programmes = try await ProgrammeModel.query(on: db).filter(\.$homeCity.$id == id).count()
        if partnerships > 0 || programmes > 0 {
            var uses: [String] = []
            if partnerships > 0 { uses.append("\(partnerships) partnership\(partnerships == 1 ? "" : "s")") }
            if programmes > 0 { uses.append("\(programmes) programme\(programmes == 1 ? "" : "s") as home city") }
            throw DomainError.conflict("\(model.name) is still used by \(uses.joined(separator: " and "))")
        }
        try await StoreErrors.mapConstraint("\(model.name) is still in use") {
            try await db.transaction { tx in
                try await model.delete(on: tx)
                try await AuditRecorder.record(
                    .delete, .city, id: id, before: CitySnapshot(model), after: CitySnapshot?.none, programme: nil,
                    by: author, on: tx)
            }
        }
    }

    private func model(_ id: UUID, on db: any Database) async throws -> CityModel {
        guard let model = try await CityModel.find(id, on: db) else {
            throw DomainError.notFound(entity: "city", id: id)
        }
        return model
    }

    /// LIKE wildcards in user input would widen the match; drop them.
    static func likeSafe(_ text: String) -> String {
        text.filter { $0 != "%" && $0 != "_" && $0 != "\\" }
    }
}

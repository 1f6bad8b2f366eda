import Foundation

/// Cities are shared by every programme of an install: a gazetteer, not a programme's own record.
public protocol CityRepository: Sendable {
    func list(_ query: CityQuery) async throws -> Page<City>
    /// Throws ``DomainError/notFound(entity:id:)``.
    func find(_ id: UUID) async throws -> City
    /// The city with this GeoNames id, if the gazetteer has it.
    func find(geonameID: Int) async throws -> City?
    /// Cities whose names start with the query's words, best match first, then the most populous:
    /// at most `limit`, from the whole gazetteer.
    func search(_ text: String, limit: Int) async throws -> [CitySearchHit]
    /// The cities of a country with this name or alternate name, compared folded: for reconciling lists.
    func named(_ name: String, in country: String) async throws -> [City]
    func create(_ draft: CityDraft, by author: ChangeAuthor) async throws -> City
    func update(_ id: UUID, with draft: CityDraft, by author: ChangeAuthor) async throws -> City
    /// Throws ``DomainError/conflict(_:)`` while a partnership or programme refers to the city.
    func delete(_ id: UUID, by author: ChangeAuthor) async throws
}

/// A programme's partnerships; every call is scoped to one programme.
public protocol PartnershipRepository: Sendable {
    func list(in programme: UUID, _ query: PartnershipQuery) async throws -> Page<Partnership>
    func find(_ id: UUID, in programme: UUID) async throws -> Partnership
    /// Throws ``DomainError/conflict(_:)`` when the programme already has this pair of cities with this kind.
    func create(_ draft: PartnershipDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Partnership
    func update(
        _ id: UUID, with draft: PartnershipDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Partnership
    /// Deletes the partnership with its agreements.
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
    /// Which of `cities` the programme already has as a partner city (of any kind).
    func partnerCities(in programme: UUID, among cities: Set<UUID>) async throws -> Set<UUID>
}

/// A programme's agreements; every call is scoped to one programme.
public protocol AgreementRepository: Sendable {
    /// Agreements of a partnership, oldest signing first.
    func list(partnership: UUID, in programme: UUID, page: PageRequest) async throws -> Page<Agreement>
    func find(_ id: UUID, in programme: UUID) async throws -> Agreement
    func create(
        _ draft: AgreementDraft, partnership: UUID, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Agreement
    func update(
        _ id: UUID, with draft: AgreementDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Agreement
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}

public protocol ProgrammeRepository: Sendable {
    func find(_ id: UUID) async throws -> Programme
    /// The oldest programme, if any.
    func first() async throws -> Programme?
    /// Every programme of the install, oldest first.
    func all() async throws -> [Programme]
    func create(_ draft: ProgrammeDraft, by author: ChangeAuthor) async throws -> Programme
    func update(_ id: UUID, with draft: ProgrammeDraft, by author: ChangeAuthor) async throws -> Programme
}

/// A programme's gift register; every call is scoped to one programme.
public protocol GiftRepository: Sendable {
    /// Gifts matching the query, with their images' descriptions.
    func list(in programme: UUID, _ query: GiftQuery) async throws -> Page<Gift>
    func find(_ id: UUID, in programme: UUID) async throws -> Gift
    func create(_ draft: GiftDraft, partnership: UUID, in programme: UUID, by author: ChangeAuthor) async throws -> Gift
    func update(_ id: UUID, with draft: GiftDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Gift
    /// Deletes the gift with its images.
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
    /// Throws ``DomainError/conflict(_:)`` when the gift has ``ImageUpload/maxPerGift`` images already.
    func addImage(
        _ upload: ImageUpload, to gift: UUID, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> GiftImage
    /// The image's description and its bytes.
    func image(_ id: UUID, in programme: UUID) async throws -> (GiftImage, Data)
    func deleteImage(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}

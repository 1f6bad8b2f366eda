import Domain
import FluentKit
import Foundation

final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "name") var name: String
    @OptionalField(key: "native_name") var nativeName: String?
    @Field(key: "kind") var kind: String
    @OptionalParent(key: "city_id") var city: CityModel?
    @OptionalField(key: "website") var website: String?
    /// The partnerships it serves, in the order given; a JSON array of ids.
    @Field(key: "partnership_ids") var partnershipIDs: [UUID]
    @OptionalField(key: "notes") var notes: String?
    /// The notes in other languages; nil for organisations written before there were any.
    @OptionalField(key: "translations") var translations: [String: [String: String]]?
    /// The names folded, the list's order: derived, see `refreshDerived()`.
    @Field(key: "search_name") private(set) var searchName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: OrganisationDraft, programmeID: UUID) {
        $programme.id = programmeID
        apply(draft)
    }

    func apply(_ draft: OrganisationDraft) {
        name = draft.name
        nativeName = draft.nativeName
        kind = draft.kind.rawValue
        $city.id = draft.cityID
        website = draft.website
        partnershipIDs = draft.partnershipIDs
        notes = draft.notes
        translations = draft.translations.isEmpty ? nil : draft.translations.byLanguage
        refreshDerived()
    }

    /// Sets the column derived from the others by its function in `DerivedColumns`: the one place an
    /// organisation model's `search_name` is assigned.
    func refreshDerived() {
        searchName = DerivedColumns.organisationSearchName(name: name, nativeName: nativeName)
    }

    func toDomain() throws -> Organisation {
        Organisation(
            id: try requireID(),
            OrganisationDraft(
                name: name, nativeName: nativeName, kind: try StoredValue.decode(OrganisationKind.self, kind),
                cityID: $city.id, website: website, partnershipIDs: partnershipIDs, notes: notes,
                translations: Translations(translations ?? [:])))
    }
}

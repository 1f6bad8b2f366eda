import Domain
import FluentKit
import Foundation

final class PartnershipModel: Model, @unchecked Sendable {
    static let schema = "partnerships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "home_city_id") var homeCity: CityModel
    @Parent(key: "partner_city_id") var partnerCity: CityModel
    @Field(key: "kind") var kind: String
    @Field(key: "status") var status: String
    /// ISO 8601 at the date's own precision ("1959", "1959-06-24"); sorts chronologically as text.
    @OptionalField(key: "established") var established: String?
    @OptionalField(key: "ended") var ended: String?
    @Field(key: "focus_areas") var focusAreas: [String]
    @OptionalField(key: "summary") var summary: String?
    @Field(key: "sources") var sources: [StoredLink]
    /// The summary in other languages; nil for partnerships written before there were any.
    @OptionalField(key: "translations") var translations: [String: [String: String]]?
    /// Copies of the partner city's folded name and country for the list's orders and filters: derived, written
    /// only by `PartnershipListKeys` (in SQL, from the cities table), never assigned here.
    @OptionalField(key: "partner_name_key") private(set) var partnerNameKey: String?
    @OptionalField(key: "partner_country") private(set) var partnerCountry: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: PartnershipDraft, programmeID: UUID) {
        $programme.id = programmeID
        apply(draft)
    }

    func apply(_ draft: PartnershipDraft) {
        $homeCity.id = draft.homeCityID
        $partnerCity.id = draft.partnerCityID
        kind = draft.kind.rawValue
        status = draft.status.rawValue
        established = draft.established?.description
        ended = draft.ended?.description
        focusAreas = draft.focusAreas.map(\.rawValue)
        summary = draft.summary
        sources = draft.sources.map(StoredLink.init)
        translations = draft.translations.isEmpty ? nil : draft.translations.byLanguage
    }

    /// Creates or updates the partnership, then the copies it keeps of its partner city's name and country
    /// (`PartnershipListKeys`): every write of a partnership model goes through here. A partnership is read back
    /// as a domain value by `PartnershipRow`, the one decoder of its rows.
    func write(on tx: any Database) async throws {
        try await save(on: tx)
        try await PartnershipListKeys.refresh(partnership: try requireID(), on: try tx.sql)
    }
}

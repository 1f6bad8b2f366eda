import Domain
import FluentKit
import Foundation

final class ProgrammeModel: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @OptionalField(key: "organisation") var organisation: String?
    @OptionalParent(key: "home_city_id") var homeCity: CityModel?
    @Field(key: "milestone_lead_months") var milestoneLeadMonths: Int
    @Field(key: "dormant_after_years") var dormantAfterYears: Int
    @Field(key: "fiscal_year_start_month") var fiscalYearStartMonth: Int
    /// Nil for programmes made before they named one: English.
    @OptionalField(key: "language") var language: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: ProgrammeDraft) {
        apply(draft)
    }

    func apply(_ draft: ProgrammeDraft) {
        name = draft.name
        organisation = draft.organisation
        $homeCity.id = draft.homeCityID
        milestoneLeadMonths = draft.milestoneLeadMonths
        dormantAfterYears = draft.dormantAfterYears
        fiscalYearStartMonth = draft.fiscalYearStartMonth
        language = draft.language
    }

    func toDomain() throws -> Programme {
        Programme(
            id: try requireID(),
            ProgrammeDraft(
                name: name, organisation: organisation, homeCityID: $homeCity.id,
                milestoneLeadMonths: milestoneLeadMonths, dormantAfterYears: dormantAfterYears,
                fiscalYearStartMonth: fiscalYearStartMonth, language: language ?? ProgrammeDraft.defaultLanguage))
    }
}

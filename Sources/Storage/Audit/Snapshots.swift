import Domain
import FluentKit
import Foundation

/// The stored form of each kind of record in the audit trail: enough to put the record back.
struct CitySnapshot: Codable {
    var name: String
    var names: [String: String]
    var countryCode: String
    var adminRegion: String?
    var latitude: Double?
    var longitude: Double?
    var timeZone: String?
    var population: Int?
    var geonameID: Int?
    var wikidataID: String?

    init(_ model: CityModel) {
        name = model.name
        names = model.names
        countryCode = model.countryCode
        adminRegion = model.adminRegion
        latitude = model.latitude
        longitude = model.longitude
        timeZone = model.timeZone
        population = model.population
        geonameID = model.geonameID
        wikidataID = model.wikidataID
    }

    var draft: CityDraft {
        CityDraft(
            name: name, names: names, countryCode: countryCode, adminRegion: adminRegion,
            coordinate: latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } },
            timeZone: timeZone, population: population, geonameID: geonameID, wikidataID: wikidataID)
    }
}

struct PartnershipSnapshot: Codable {
    var homeCityID: UUID
    var partnerCityID: UUID
    var kind: String
    var status: String
    var established: String?
    var ended: String?
    var focusAreas: [String]
    var summary: String?
    var sources: [StoredLink]
    /// Absent in versions recorded before texts had translations.
    var translations: [String: [String: String]]?

    init(_ model: PartnershipModel) {
        homeCityID = model.$homeCity.id
        partnerCityID = model.$partnerCity.id
        kind = model.kind
        status = model.status
        established = model.established
        ended = model.ended
        focusAreas = model.focusAreas
        summary = model.summary
        sources = model.sources
        translations = model.translations
    }

    func draft() throws -> PartnershipDraft {
        PartnershipDraft(
            homeCityID: homeCityID, partnerCityID: partnerCityID,
            kind: try StoredValue.decode(PartnershipKind.self, kind),
            status: try StoredValue.decode(PartnershipStatus.self, status),
            established: try established.map { try StoredValue.date($0) },
            ended: try ended.map { try StoredValue.date($0) },
            focusAreas: focusAreas.compactMap(FocusArea.init(rawValue:)), summary: summary,
            sources: sources.map(\.domain), translations: Translations(translations ?? [:]))
    }
}

struct AgreementSnapshot: Codable {
    var partnershipID: UUID
    var kind: String
    var signed: String?
    var place: String?
    var signatories: [StoredSignatory]
    var languages: [String]
    var documentURL: String?
    var notes: String?
    /// Absent in versions recorded before texts had translations.
    var translations: [String: [String: String]]?

    init(_ model: AgreementModel) {
        partnershipID = model.$partnership.id
        kind = model.kind
        signed = model.signed
        place = model.place
        signatories = model.signatories
        languages = model.languages
        documentURL = model.documentURL
        notes = model.notes
        translations = model.translations
    }

    func draft() throws -> AgreementDraft {
        AgreementDraft(
            kind: try StoredValue.decode(AgreementKind.self, kind), signed: try signed.map { try StoredValue.date($0) },
            place: place, signatories: signatories.map(\.domain), languages: languages, documentURL: documentURL,
            notes: notes, translations: Translations(translations ?? [:]))
    }
}

struct ProgrammeSnapshot: Codable {
    var name: String
    var organisation: String?
    var homeCityID: UUID?
    /// Absent in versions recorded before programmes had a lead time.
    var milestoneLeadMonths: Int?
    /// Absent in versions recorded before programmes flagged dormant ties.
    var dormantAfterYears: Int?
    var fiscalYearStartMonth: Int?
    /// Absent in versions recorded before programmes named their language.
    var language: String?

    init(_ model: ProgrammeModel) {
        name = model.name
        organisation = model.organisation
        homeCityID = model.$homeCity.id
        milestoneLeadMonths = model.milestoneLeadMonths
        dormantAfterYears = model.dormantAfterYears
        fiscalYearStartMonth = model.fiscalYearStartMonth
        language = model.language
    }

    var draft: ProgrammeDraft {
        ProgrammeDraft(
            name: name, organisation: organisation, homeCityID: homeCityID,
            milestoneLeadMonths: milestoneLeadMonths ?? ProgrammeDraft.defaultLeadMonths,
            dormantAfterYears: dormantAfterYears ?? ProgrammeDraft.defaultDormantAfterYears,
            fiscalYearStartMonth: fiscalYearStartMonth ?? 1, language: language ?? ProgrammeDraft.defaultLanguage)
    }
}

enum Snapshot {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(text.utf8))
    }
}

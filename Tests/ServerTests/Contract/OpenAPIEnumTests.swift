import Foundation
import Testing

@testable import Domain
@testable import Server

/// Every `enum` in `openapi.json` lists exactly the values of the domain type it mirrors.
@Suite struct OpenAPIEnumTests {
    static func values<T: CaseIterable & RawRepresentable>(_: T.Type) -> Set<String> where T.RawValue == String {
        Set(T.allCases.map(\.rawValue))
    }

    static let sexagenary = (1...60).compactMap { SexagenaryYear(year: 1983 + $0) }

    /// (JSON pointer of a schema with `enum`, the values the server takes or answers there). Adding an enum to the
    /// document is one line here.
    static let mirrored: [(pointer: String, values: Set<String>)] = [
        ("#/paths/~1api~1v1~1members/get/parameters/0/schema/anyOf/0", values(Membership.Status.self)),
        ("#/paths/~1api~1v1~1volunteer-hours/get/parameters/1/schema/anyOf/0", values(VolunteerHours.Status.self)),
        ("#/components/schemas/CountryCode", Set(Country.table.map(\.code))),
        ("#/components/schemas/Partnership/properties/kind", values(PartnershipKind.self)),
        ("#/components/schemas/Partnership/properties/status", values(PartnershipStatus.self)),
        ("#/components/schemas/Partnership/properties/focusAreas/items", values(FocusArea.self)),
        ("#/components/schemas/PartnershipInput/properties/kind/anyOf/0", values(PartnershipKind.self)),
        ("#/components/schemas/PartnershipInput/properties/status/anyOf/0", values(PartnershipStatus.self)),
        ("#/components/schemas/PartnershipInput/properties/focusAreas/anyOf/0/items", values(FocusArea.self)),
        ("#/components/schemas/Agreement/properties/kind", values(AgreementKind.self)),
        ("#/components/schemas/AgreementInput/properties/kind", values(AgreementKind.self)),
        ("#/components/schemas/AuditEntry/properties/action", values(AuditAction.self)),
        ("#/components/schemas/AuditEntry/properties/entity", values(AuditEntity.self)),
        ("#/components/schemas/SexagenaryYear/properties/element", Set(sexagenary.map(\.element))),
        ("#/components/schemas/SexagenaryYear/properties/animal", Set(sexagenary.map(\.animal))),
        ("#/components/schemas/GiftParty/properties/kind", values(GiftParty.Kind.self)),
        ("#/components/schemas/GiftPartyInput/properties/kind/anyOf/0", values(GiftParty.Kind.self)),
        ("#/components/schemas/GiftImage/properties/contentType", values(ImageType.self)),
        ("#/components/schemas/Article/properties/status", values(ArticleInput.Status.self)),
        ("#/components/schemas/ArticleInput/properties/status/anyOf/0", values(ArticleInput.Status.self)),
        ("#/components/schemas/Organisation/properties/kind", values(OrganisationKind.self)),
        ("#/components/schemas/OrganisationInput/properties/kind", values(OrganisationKind.self)),
        ("#/components/schemas/Person/properties/nameOrder", values(NameOrder.self)),
        ("#/components/schemas/PersonInput/properties/nameOrder/anyOf/0", values(NameOrder.self)),
        ("#/components/schemas/Event/properties/kind", values(EventKind.self)),
        ("#/components/schemas/Event/properties/approximatePart", values(EventSchedule.MonthPart.self)),
        ("#/components/schemas/EventInput/properties/kind", values(EventKind.self)),
        ("#/components/schemas/EventInput/properties/approximatePart/anyOf/0", values(EventSchedule.MonthPart.self)),
        ("#/components/schemas/Registration/properties/status", values(Registration.Status.self)),
        // A new registration is never cancelled.
        (
            "#/components/schemas/RegistrationReceipt/properties/status",
            values(Registration.Status.self).subtracting(["cancelled"])
        ),
        ("#/components/schemas/Exchange/properties/direction", values(Exchange.Direction.self)),
        ("#/components/schemas/Exchange/properties/purposes/items", values(ExchangePurpose.self)),
        ("#/components/schemas/Exchange/properties/members/items/properties/role", values(Exchange.Member.Role.self)),
        ("#/components/schemas/ExchangeInput/properties/direction", values(Exchange.Direction.self)),
        ("#/components/schemas/ExchangeInput/properties/purposes/anyOf/0/items", values(ExchangePurpose.self)),
        (
            "#/components/schemas/ExchangeInput/properties/members/anyOf/0/items/properties/role",
            values(Exchange.Member.Role.self)
        ),
        ("#/components/schemas/Membership/properties/status", values(Membership.Status.self)),
        ("#/components/schemas/VolunteerHours/properties/activity", values(VolunteerActivity.self)),
        ("#/components/schemas/VolunteerHours/properties/status", values(VolunteerHours.Status.self)),
        ("#/components/schemas/VolunteerHoursInput/properties/activity", values(VolunteerActivity.self)),
        (
            "#/components/schemas/PersonalData/properties/emails/items/properties/state",
            values(OutboxMessage.State.self)
        ),
        ("#/components/schemas/Pledge/properties/frequency", values(PledgeFrequency.self)),
        ("#/components/schemas/Pledge/properties/status", values(Pledge.Status.self)),
        ("#/components/schemas/PledgeInput/properties/frequency/anyOf/0", values(PledgeFrequency.self)),
        ("#/components/schemas/WorldPartner/properties/kind", values(TieKind.self)),
        ("#/components/parameters/CitySort/schema/anyOf/0", values(CityQuery.Sort.self)),
        ("#/components/parameters/PartnershipKind/schema/anyOf/0", values(PartnershipKind.self)),
        ("#/components/parameters/PartnershipStatus/schema/anyOf/0", values(PartnershipStatus.self)),
        ("#/components/parameters/PartnershipSort/schema/anyOf/0", values(PartnershipQuery.Sort.self)),
        ("#/components/parameters/GiftSort/schema/anyOf/0", values(GiftQuery.Sort.self)),
        ("#/components/parameters/ArticleStatus/schema/anyOf/0", values(ArticleQuery.Status.self)),
        ("#/components/parameters/OrganisationKind/schema/anyOf/0", values(OrganisationKind.self)),
        ("#/components/parameters/EventWhen/schema/anyOf/0", values(EventQuery.Period.self)),
        ("#/components/parameters/ExchangeDirection/schema/anyOf/0", values(Exchange.Direction.self)),
    ]

    /// Enums with no domain type to compare with, and why.
    static let documentOnly: [String: String] = [
        "#/components/schemas/Health/properties/status": "literal strings in SystemController.health",
        "#/components/schemas/Health/properties/database": "literal strings in SystemController.health",
        "#/components/schemas/Health/properties/disk": "literal strings in SystemController.health",
        "#/components/schemas/TimeZone": "the platform's IANA zones; timeZonesAreOnesTheServerTakes checks them",
        "#/components/schemas/WorldPartner/properties/sources/items":
            "the twin lists' names in WorldPartner.sourceLinks",
    ]

    /// The JSON pointer of every schema in `node` with an `enum`.
    static func enumPointers(_ node: Any, at pointer: String = "#") -> [String] {
        switch node {
        case let object as [String: Any]:
            let here = object["enum"] is [Any] ? [pointer] : []
            return here
                + object.filter { !["enum", "examples", "example", "default", "const"].contains($0.key) }
                .flatMap { enumPointers($0.value, at: JSONSchemaValidator.pointer(pointer, $0.key)) }
        case let array as [Any]:
            return array.enumerated().flatMap { enumPointers($1, at: "\(pointer)/\($0)") }
        default:
            return []
        }
    }

    @Test(arguments: mirrored.map(\.pointer))
    func enumListsTheDomainValues(_ pointer: String) throws {
        let expected = try #require(Self.mirrored.first { $0.pointer == pointer }?.values)
        let schema = try #require(
            OpenAPIContract.validator.resolve(pointer) as? [String: Any], "\(pointer) is not in the document")
        let documented = try #require(schema["enum"] as? [String], "\(pointer) has no enum of strings")
        #expect(documented.count == Set(documented).count, "\(pointer) repeats a value")
        #expect(
            Set(documented) == expected,
            "\(pointer): in the document only \(Set(documented).subtracting(expected).sorted()); in the domain only \(expected.subtracting(documented).sorted())"
        )
    }

    @Test func everyEnumOfTheDocumentIsCompared() {
        let found = Set(Self.enumPointers(OpenAPIContract.document))
        let known = Set(Self.mirrored.map(\.pointer)).union(Self.documentOnly.keys)
        #expect(
            found.subtracting(known).isEmpty,
            "enums neither in OpenAPIEnumTests.mirrored nor in documentOnly: \(found.subtracting(known).sorted())")
        #expect(
            known.subtracting(found).isEmpty, "listed but not in the document: \(known.subtracting(found).sorted())")
        #expect(Self.mirrored.count == Set(Self.mirrored.map(\.pointer)).count, "a pointer is listed twice")
    }

    /// The document offers no zone that `CityDraft`'s rule would refuse.
    @Test func timeZonesAreOnesTheServerTakes() throws {
        let schema = try #require(OpenAPIContract.validator.resolve("#/components/schemas/TimeZone") as? [String: Any])
        let zones = try #require(schema["enum"] as? [String])
        let refused = zones.filter { TimeZone(identifier: $0) == nil || !$0.contains("/") && $0 != "UTC" }
        #expect(refused.isEmpty, "zones the server refuses: \(refused)")
        #expect(zones.contains("Asia/Tokyo") && zones.contains("UTC"))
    }
}

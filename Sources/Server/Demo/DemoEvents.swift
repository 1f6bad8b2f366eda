import Domain
import Foundation

/// The Kyoto delegation's week in Boston in April 2019, as the public record tells it. Where the record gives
/// no day, the event is marked approximate rather than given a made-up one.
enum DemoEvents {
    static func load(
        kyoto partnership: Partnership, organisations: any OrganisationRepository, events: any EventRepository
    ) async throws {
        let hosts = Dictionary(
            uniqueKeysWithValues: try await organisations.all(in: partnership.programmeID).map { ($0.name, $0.id) })
        func ids(_ names: String...) -> [UUID] { names.compactMap { hosts[$0] } }
        let april = PartialDate(year: 2019, month: 4)!
        let boston = partnership.homeCity.id
        let drafts = [
            EventDraft(
                title: "Signing ceremony: the sister-city agreement renewed",
                description:
                    "Mayor Martin J. Walsh, Mayor Daisaku Kadokawa and Kazuhiro Terada, Chair of the Kyoto City "
                    + "Assembly, renew the 1959 agreement for the partnership's 60th year.",
                translations: Translations([
                    "ja": [
                        "title": "姉妹都市提携の更新調印式",
                        "description":
                            "マーティン・J・ウォルシュ・ボストン市長、門川大作京都市長、寺田一博京都市会議長が、"
                            + "提携60周年にあたり、1959年の姉妹都市提携を更新します。",
                    ]
                ]),
                kind: .signing, schedule: .approximate(april, part: nil), timeZone: "America/New_York",
                venue: Venue(name: "Boston", cityID: boston),
                hostIDs: ids("City of Boston", "City of Kyoto"), partnershipIDs: [partnership.id]),
            EventDraft(
                title: "Life-sciences forum",
                description: "Kyoto and Boston companies in the life sciences meet during the delegation's visit.",
                kind: .forum, schedule: .approximate(april, part: nil), timeZone: "America/New_York",
                venue: Venue(name: "Boston", cityID: boston),
                hostIDs: ids("Mayor's Office of Economic Development", "City of Kyoto"),
                partnershipIDs: [partnership.id]),
            EventDraft(
                title: "The delegation visits the Japanese House",
                description: "The Kyoto delegation visits the house Kyoto gave in 1979.",
                kind: .visit, schedule: .approximate(april, part: nil), timeZone: "America/New_York",
                venue: Venue(
                    name: "Boston Children's Museum", address: "308 Congress Street", cityID: boston,
                    coordinate: Coordinate(latitude: 42.3519, longitude: -71.0498)),
                hostIDs: ids("Boston Children's Museum"), partnershipIDs: [partnership.id]),
            EventDraft(
                title: "Tree planting in the Public Garden",
                description: "A Japanese Stewartia, the gift of the Rotary Club of Kyoto South, is planted.",
                kind: .planting, schedule: .approximate(april, part: nil), timeZone: "America/New_York",
                venue: Venue(name: "Boston Public Garden", cityID: boston),
                hostIDs: ids("Rotary Club of Boston", "Rotary Club of Kyoto South", "Japan Society of Boston"),
                partnershipIDs: [partnership.id]),
            EventDraft(
                title: "Japan Festival Boston",
                description: "The festival's 2019 edition takes Kyoto as its theme.",
                kind: .festival,
                schedule: .allDay(
                    first: PartialDate(year: 2019, month: 4, day: 27)!,
                    last: PartialDate(year: 2019, month: 4, day: 28)!),
                timeZone: "America/New_York", partnershipIDs: [partnership.id]),
        ]
        for draft in drafts {
            _ = try await events.create(draft, in: partnership.programmeID, by: DemoProgramme.author)
        }
    }
}

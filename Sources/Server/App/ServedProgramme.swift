import Domain
import Foundation
import Storage

/// The programme the server serves, with the time zone its days are counted in: what every request acts on.
struct ServedProgramme: Sendable {
    let programme: Programme
    /// The home city's zone; nil when the programme has no home city or its city no zone.
    let homeZone: TimeZone?

    init(programme: Programme, zone homeZone: TimeZone?) {
        self.programme = programme
        self.homeZone = homeZone
    }

    /// The zone the programme's days are counted in: its home city's, else UTC.
    var zone: TimeZone { homeZone ?? TimeZone(identifier: "UTC")! }

    /// The day `now` falls on in the programme's zone.
    func day(of now: Date) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return PartialDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Reads programme `id` and its home city's zone: what a request gets from ``ServedProgrammeSource``, for
    /// the jobs and commands that run outside one.
    static func load(
        programmes: any ProgrammeRepository, cities: any CityRepository, id: UUID
    ) async throws -> ServedProgramme {
        let programme = try await programmes.find(id)
        let city = try? await programme.homeCityID.asyncMap { try await cities.find($0) }
        return ServedProgramme(programme: programme, zone: city?.timeZone.flatMap(TimeZone.init(identifier:)))
    }

    /// The programme `services` serve, read now.
    static func load(_ services: Services) async throws -> ServedProgramme {
        try await load(programmes: services.programmes, cities: services.cities, id: services.programmeID)
    }
}

/// Reads the served programme once per content revision: a change to the programme (or its home city) raises
/// the revision, so every app server sees it within the revision's age, and a request costs no query for it.
struct ServedProgrammeSource: Sendable {
    let programmes: any ProgrammeRepository
    let cities: any CityRepository
    let revisions: any ContentRevisionRepository
    let programmeID: UUID
    private let kept = RevisionCache<UUID, ServedProgramme>(capacity: 1)

    init(
        programmes: any ProgrammeRepository, cities: any CityRepository, revisions: any ContentRevisionRepository,
        programmeID: UUID
    ) {
        self.programmes = programmes
        self.cities = cities
        self.revisions = revisions
        self.programmeID = programmeID
    }

    /// The programme as of the current revision; while the database cannot say which that is, the last one read.
    func current() async throws -> ServedProgramme {
        let revision: Int64
        do {
            revision = try await revisions.current()
        } catch let error where StorageUnavailable(classifying: error) != nil {
            guard let last = kept.latest(for: programmeID) else { throw error }
            return last
        }
        if let served = kept.value(for: programmeID, at: revision) { return served }
        let served = try await ServedProgramme.load(programmes: programmes, cities: cities, id: programmeID)
        kept.keep(served, for: programmeID, at: revision)
        return served
    }
}

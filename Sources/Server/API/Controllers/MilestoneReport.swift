import Domain
import Foundation
import Logging
import Storage

/// The milestone planner for operators' scripts (`sistercities milestones`): one line a milestone.
public enum MilestoneReport {
    public static func lines(location: DatabaseLocation, from: Int, to: Int) async throws -> [String] {
        guard SexagenaryYear.years.contains(from), SexagenaryYear.years.contains(to), from <= to, to - from <= 100
        else {
            throw AccountAdminError(
                description: "--from and --to must be years from 1 to 2200, --to at most 100 after --from")
        }
        var logger = Logger(label: "sistercities.milestones")
        logger.logLevel = .warning
        let store = try Store(location: location, logger: logger)
        do {
            try await store.migrate()
            let programmeID = try await ProgrammeSetup.programmeToServe(store: store, demo: false, logger: logger)
            let planner = MilestonePlanner(
                partnerships: FluentPartnershipRepository(store: store),
                programmes: FluentProgrammeRepository(store: store),
                programmeID: programmeID)
            let (_, milestones) = try await planner.plan(from...to)
            await store.shutdown()
            return milestones.map { milestone in
                let pair = milestone.partnership.pairName
                let names = milestone.anniversary.names.map { "\($0.name)\($0.native.map { " \($0)" } ?? "")" }
                return [
                    milestone.anniversary.date.description, pair,
                    Anniversaries.ordinal(milestone.anniversary.number), names.joined(separator: ", "),
                    "plan from \(milestone.planningStarts)",
                ].joined(separator: "\t")
            }
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

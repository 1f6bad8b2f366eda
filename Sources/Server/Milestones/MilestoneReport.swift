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
        let milestones = try await OperatorServices.with(location, label: "milestones") { services in
            try await MilestonePlanner(
                partnerships: services.partnerships, programmes: services.programmes, programmeID: services.programmeID
            ).plan(from...to).milestones
        }
        return milestones.map { milestone in
            let pair = milestone.partnership.pairName
            let names = milestone.anniversary.names.map { "\($0.name)\($0.native.map { " \($0)" } ?? "")" }
            return [
                milestone.anniversary.date.description, pair,
                Anniversaries.ordinal(milestone.anniversary.number), names.joined(separator: ", "),
                "plan from \(milestone.planningStarts)",
            ].joined(separator: "\t")
        }
    }
}

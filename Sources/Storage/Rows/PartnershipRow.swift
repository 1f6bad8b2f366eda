import Domain
import Foundation
import SQLKit

/// A partnership with both its cities read straight from one row of SQL: the one decoder of a partnership,
/// for the list (its hot path: one query instead of three, no reflection over FluentKit models) and for `find`.
enum PartnershipRow {
    /// The joins of a partnership (as `partnerships`, the name the list's indexes know) to its home city as `h`
    /// and its partner city as `c`.
    static let cities = """
        JOIN "cities" AS "h" ON "h"."id" = "partnerships"."home_city_id" \
        JOIN "cities" AS "c" ON "c"."id" = "partnerships"."partner_city_id"
        """

    static let selection =
        [
            "id", "programme_id", "kind", "status", "established", "ended", "focus_areas", "summary", "sources",
            "translations",
        ]
        .map { #""partnerships"."\#($0)""# }.joined(separator: ", ") + ", " + CityRow.selection("h") + ", "
        + CityRow.selection("c")

    static func decode(_ row: any SQLRow) throws -> Partnership {
        Partnership(
            id: try row.decode(column: "id", as: UUID.self),
            programmeID: try row.decode(column: "programme_id", as: UUID.self),
            homeCity: try CityRow.decode(row, alias: "h"),
            partnerCity: try CityRow.decode(row, alias: "c"),
            kind: try StoredValue.decode(PartnershipKind.self, try row.decode(column: "kind", as: String.self)),
            status: try StoredValue.decode(PartnershipStatus.self, try row.decode(column: "status", as: String.self)),
            established: try row.decode(column: "established", as: String?.self).map { try StoredValue.date($0) },
            ended: try row.decode(column: "ended", as: String?.self).map { try StoredValue.date($0) },
            focusAreas: try row.decode(column: "focus_areas", as: [String].self).compactMap(FocusArea.init(rawValue:)),
            summary: try row.decode(column: "summary", as: String?.self),
            sources: try row.decode(column: "sources", as: [StoredLink].self).map(\.domain),
            translations: Translations(
                try row.decode(column: "translations", as: [String: [String: String]]?.self) ?? [:])
        )
    }

    /// The SELECT of one partnership of a programme, with its cities: the same columns the list reads.
    static func one(_ id: UUID, in programme: UUID) -> SQLQueryString {
        """
        SELECT \(unsafeRaw: selection) FROM "partnerships" \(unsafeRaw: cities) \
        WHERE "partnerships"."id" = \(bind: id) AND "partnerships"."programme_id" = \(bind: programme)
        """
    }

    /// The SELECT of one page of a programme's list: the page's ids first, read from one of the list's indexes
    /// in order (a deep page skips index entries, not joined rows), then those partnerships with their cities.
    static func page(of programme: UUID, _ query: PartnershipQuery) -> SQLQueryString {
        """
        SELECT \(unsafeRaw: selection) FROM (\(ids(of: programme, query))) AS "page" \
        JOIN "partnerships" ON "partnerships"."id" = "page"."id" \(unsafeRaw: cities)\(unsafeRaw: orderBy(query.sort))
        """
    }

    /// The ids of one page of a programme's list, in order.
    static func ids(of programme: UUID, _ query: PartnershipQuery) -> SQLQueryString {
        var ids: SQLQueryString = """
            SELECT "partnerships"."id" FROM "partnerships" WHERE "partnerships"."programme_id" = \(bind: programme)
            """
        if let code = query.countryCode?.uppercased() {
            ids = ids + #" AND "partnerships"."partner_country" = \#(bind: code)"#
        }
        if let kind = query.kind { ids = ids + #" AND "partnerships"."kind" = \#(bind: kind.rawValue)"# }
        if let status = query.status { ids = ids + #" AND "partnerships"."status" = \#(bind: status.rawValue)"# }
        return ids
            + "\(unsafeRaw: orderBy(query.sort)) LIMIT \(bind: query.page.limit) OFFSET \(bind: query.page.offset)"
    }

    /// Each order matches one of the list's indexes column for column, so the database reads a page's worth.
    /// `established IS NULL` first puts undated ties last on both databases (they disagree on where NULL goes).
    private static func orderBy(_ sort: PartnershipQuery.Sort) -> String {
        let first =
            switch sort {
            case .established: #"("partnerships"."established" IS NULL), "partnerships"."established", "#
            case .establishedDescending: #"("partnerships"."established" IS NULL), "partnerships"."established" DESC, "#
            case .partnerName: ""
            case .country: #""partnerships"."partner_country", "#
            }
        return #" ORDER BY \#(first)"partnerships"."partner_name_key", "partnerships"."id""#
    }
}

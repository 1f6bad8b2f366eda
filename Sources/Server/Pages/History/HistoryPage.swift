import Domain
import Foundation

/// A partnership's history with its agreements: who changed what, when, and a way back.
enum HistoryPage {
    struct Model {
        struct Change {
            var field: String
            var before: String
            var after: String
        }

        struct Item {
            var when: String
            var who: String
            var summary: String
            var changes: [Change]
            /// Where to restore the version this entry leads to; nil when the person may not.
            var restoreURL: String?
        }

        var programmeName: String
        var email: String
        var title: String
        var partnershipURL: String
        var items: [Item]
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: "History of \(model.title)", siteName: model.programmeName, description: nil,
                signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(model.partnershipURL)) { model.title }
            }
            h1 { "History" }
            p(.class("lede")) {
                "Every change to \(model.title) and its agreements, newest first. Restoring keeps this history."
            }
            if model.items.isEmpty {
                p(.class("muted")) { "No changes are recorded yet." }
            } else {
                ol(.class("history")) {
                    for item in model.items {
                        li(.class("history-item")) {
                            p(.class("history-head")) {
                                strong { item.summary }
                                span(.class("muted")) { " — \(item.who), \(item.when)" }
                            }
                            if !item.changes.isEmpty {
                                element("table", [.class("changes")]) {
                                    element("thead") {
                                        element("tr") {
                                            for title in ["Field", "Before", "After"] {
                                                element("th", [.attr("scope", "col")]) { title }
                                            }
                                        }
                                    }
                                    element("tbody") {
                                        for change in item.changes {
                                            element("tr") {
                                                element("th", [.attr("scope", "row")]) { change.field }
                                                element("td") { change.before }
                                                element("td") { change.after }
                                            }
                                        }
                                    }
                                }
                            }
                            if let url = item.restoreURL { p { a(.href(url)) { "Restore this version…" } } }
                        }
                    }
                }
            }
        }
    }
}

extension HistoryPage.Model.Item {
    init(_ entry: AuditEntry, restoreURL: String?, cityNames: [String: String]) {
        when = Format.timestamp(entry.at)
        who = entry.author.label
        let noun = entry.entity == .giftImage ? "gift's image" : entry.entity.rawValue
        summary =
            switch entry.action {
            case .create: "Created the \(noun)"
            case .update: "Changed the \(noun)"
            case .delete: "Deleted the \(noun)"
            case .restore: "Restored an earlier version of the \(noun)"
            case .erase: "Erased the \(noun)'s personal data on request"
            }
        changes = Self.changes(
            before: JSONValue.parse(entry.before), after: JSONValue.parse(entry.after), cityNames: cityNames)
        self.restoreURL = restoreURL
    }

    /// The fields whose values differ between two versions, in the order and words of the forms.
    static func changes(
        before: JSONValue?, after: JSONValue?, cityNames: [String: String] = [:]
    ) -> [HistoryPage.Model.Change] {
        let old = fields(before)
        let new = fields(after)
        return labels.compactMap { key, label in
            let a = old[key].map { text($0, cityNames) } ?? "—"
            let b = new[key].map { text($0, cityNames) } ?? "—"
            return a == b ? nil : HistoryPage.Model.Change(field: label, before: a, after: b)
        }
    }

    /// Stored field names and what people call them; the id of the record's owner is left out.
    static let labels: [(String, String)] = [
        ("name", "Name"), ("names", "Other names"), ("countryCode", "Country"), ("adminRegion", "Region"),
        ("latitude", "Latitude"), ("longitude", "Longitude"), ("timeZone", "Time zone"), ("population", "Population"),
        ("geonameID", "GeoNames id"), ("wikidataID", "Wikidata id"), ("organisation", "Organisation"),
        ("homeCityID", "Home city"), ("partnerCityID", "Partner city"), ("kind", "Kind"), ("status", "Status"),
        ("established", "Established"), ("ended", "Ended"), ("focusAreas", "Focus areas"), ("summary", "Summary"),
        ("sources", "Sources"), ("signed", "Signed"), ("place", "Place"), ("signatories", "Signatories"),
        ("languages", "Languages"), ("documentURL", "Document"), ("notes", "Notes"),
    ]

    private static func fields(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let fields)? = value { return fields }
        return [:]
    }

    static func text(_ value: JSONValue, _ cityNames: [String: String] = [:]) -> String {
        switch value {
        case .null: "—"
        case .bool(let flag): flag ? "yes" : "no"
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let string): cityNames[string.lowercased()] ?? string
        case .array(let items): items.isEmpty ? "—" : items.map { text($0, cityNames) }.joined(separator: "; ")
        case .object(let fields): describe(fields, cityNames)
        }
    }

    /// A signatory ("Martin J. Walsh, Mayor of Boston"), a source ("Title — URL"), or the fields in order.
    private static func describe(_ fields: [String: JSONValue], _ cityNames: [String: String]) -> String {
        if case .string(let name)? = fields["name"] {
            if case .string(let title)? = fields["title"] { return "\(name), \(title)" }
            return name
        }
        if case .string(let title)? = fields["title"], case .string(let url)? = fields["url"] {
            return "\(title) — \(url)"
        }
        return fields.sorted { $0.key < $1.key }.map { "\($0.key): \(text($0.value, cityNames))" }.joined(
            separator: "; ")
    }
}

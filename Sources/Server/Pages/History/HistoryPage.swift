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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("history.title", ["title": model.title]), siteName: model.programmeName, description: nil,
                signedInAs: model.email, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("history.breadcrumb"))) {
                a(.href(model.partnershipURL)) { model.title }
            }
            h1 { t("history.heading") }
            p(.class("lede")) { t("history.lede", ["title": model.title]) }
            if model.items.isEmpty {
                p(.class("muted")) { t("history.empty") }
            } else {
                ol(.class("history")) {
                    for item in model.items {
                        li(.class("history-item")) {
                            p(.class("history-head")) {
                                strong { item.summary }
                                span(.class("muted")) {
                                    " — " + t("history.byline", ["who": item.who, "when": item.when])
                                }
                            }
                            if !item.changes.isEmpty {
                                element("table", [.class("changes")]) {
                                    element("thead") {
                                        element("tr") {
                                            for title in [
                                                t("history.changes.field"), t("history.changes.before"),
                                                t("history.changes.after"),
                                            ] {
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
                            if let url = item.restoreURL { p { a(.href(url)) { t("history.restoreLink") } } }
                        }
                    }
                }
            }
        }
    }
}

extension HistoryPage.Model.Item {
    init(_ entry: AuditEntry, restoreURL: String?, cityNames: [String: String], t: Localizer = .base) {
        when = t.timestamp(entry.at)
        who = entry.author.label
        summary = t("history.action.\(entry.action.rawValue)", ["noun": t.label("history.entity", entry.entity)])
        changes = Self.changes(
            before: JSONValue.parse(entry.before), after: JSONValue.parse(entry.after), cityNames: cityNames, t: t)
        self.restoreURL = restoreURL
    }

    /// The fields whose values differ between two versions, in the order and words of the forms.
    static func changes(
        before: JSONValue?, after: JSONValue?, cityNames: [String: String] = [:], t: Localizer = .base
    ) -> [HistoryPage.Model.Change] {
        let old = fields(before)
        let new = fields(after)
        return labels.compactMap { key in
            let a = old[key].map { text($0, cityNames, t) } ?? "—"
            let b = new[key].map { text($0, cityNames, t) } ?? "—"
            return a == b ? nil : HistoryPage.Model.Change(field: t("history.field.\(key)"), before: a, after: b)
        }
    }

    /// Stored field names, in the order of the forms (each named by `history.field.<name>`); the id of the
    /// record's owner is left out.
    static let labels: [String] = [
        "name", "names", "countryCode", "adminRegion", "latitude", "longitude", "timeZone", "population",
        "geonameID", "wikidataID", "organisation", "homeCityID", "partnerCityID", "kind", "status", "established",
        "ended", "focusAreas", "summary", "sources", "signed", "place", "signatories", "languages", "documentURL",
        "notes",
    ]

    private static func fields(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let fields)? = value { return fields }
        return [:]
    }

    static func text(_ value: JSONValue, _ cityNames: [String: String] = [:], _ t: Localizer = .base) -> String {
        switch value {
        case .null: "—"
        case .bool(let flag): flag ? t("history.yes") : t("history.no")
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let string): cityNames[string.lowercased()] ?? string
        case .array(let items): items.isEmpty ? "—" : items.map { text($0, cityNames, t) }.joined(separator: "; ")
        case .object(let fields): describe(fields, cityNames, t)
        }
    }

    /// A signatory ("Martin J. Walsh, Mayor of Boston"), a source ("Title — URL"), or the fields in order.
    private static func describe(
        _ fields: [String: JSONValue], _ cityNames: [String: String], _ t: Localizer
    ) -> String {
        if case .string(let name)? = fields["name"] {
            if case .string(let title)? = fields["title"] { return "\(name), \(title)" }
            return name
        }
        if case .string(let title)? = fields["title"], case .string(let url)? = fields["url"] {
            return "\(title) — \(url)"
        }
        return fields.sorted { $0.key < $1.key }.map { "\($0.key): \(text($0.value, cityNames, t))" }.joined(
            separator: "; ")
    }
}

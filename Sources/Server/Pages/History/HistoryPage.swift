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
    init(_ entry: AuditEntry, restoreURL: String?) {
        when = Format.timestamp(entry.at)
        who = entry.author.label
        let noun = entry.entity == .agreement ? "agreement" : entry.entity.rawValue
        summary =
            switch entry.action {
            case .create: "Created the \(noun)"
            case .update: "Changed the \(noun)"
            case .delete: "Deleted the \(noun)"
            case .restore: "Restored an earlier version of the \(noun)"
            }
        changes = Self.changes(before: JSONValue.parse(entry.before), after: JSONValue.parse(entry.after))
        self.restoreURL = restoreURL
    }

    /// The fields whose values differ between two versions.
    static func changes(before: JSONValue?, after: JSONValue?) -> [HistoryPage.Model.Change] {
        let old = fields(before)
        let new = fields(after)
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let a = old[key].map(text) ?? "—"
            let b = new[key].map(text) ?? "—"
            return a == b ? nil : HistoryPage.Model.Change(field: key, before: a, after: b)
        }
    }

    private static func fields(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let fields)? = value { return fields }
        return [:]
    }

    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: "—"
        case .bool(let flag): flag ? "yes" : "no"
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let string): string
        case .array(let items): items.isEmpty ? "—" : items.map(text).joined(separator: ", ")
        case .object(let fields):
            fields.sorted { $0.key < $1.key }.map { "\($0.key): \(text($0.value))" }.joined(separator: "; ")
        }
    }
}

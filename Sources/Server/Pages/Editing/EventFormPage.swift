import Domain
import Foundation

/// Record or change an event.
enum EventFormPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var title: String
        var action: String
        var cancelURL: String
        var cities: [(value: String, label: String)]
        var partnerships: [(value: String, label: String)]
        var hosts: [(value: String, label: String)]
        var values: [String: String]
        var checked: Set<String>
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        let frame = FormPage.Frame(
            programmeName: model.programmeName, email: model.email, title: model.title, backURL: model.cancelURL,
            action: model.action, csrfToken: model.csrfToken, hasErrors: !model.errors.isEmpty,
            submitLabel: "Save event")
        return FormPage.view(frame) {
            FormControls.text("title", "Title", value: v("title"), errors: e("title"), required: true)
            FormControls.select(
                "kind", "Kind", options: [("", "Choose…")] + EventKind.allCases.map { ($0.rawValue, $0.label) },
                selected: v("kind"), errors: e("kind"))
            FormControls.textArea("description", "Description", value: v("description"), errors: e("description"))
            element("fieldset", [.class("field group")]) {
                element("legend") { "When" }
                FormControls.select(
                    "timing", "Known as",
                    options: [
                        ("timed", "Start and end times"), ("all-day", "Whole days"),
                        ("approximate", "Only roughly (a month or a year)"),
                    ], selected: v("timing").isEmpty ? "timed" : v("timing"), errors: [])
                FormControls.text(
                    "start", "Start", value: v("start"), errors: e("start"),
                    hint: "Times in the venue's time zone: 2019-04-12T10:00. Whole days: 2019-04-27. Roughly: 2019-04.")
                FormControls.text("end", "End", value: v("end"), errors: e("end"), hint: "Empty for a single day.")
                FormControls.select(
                    "approximatePart", "Part of the month",
                    options: [("", "—"), ("early", "Early"), ("mid", "Mid"), ("late", "Late")],
                    selected: v("approximatePart"), errors: e("approximatePart"))
                FormControls.text(
                    "timeZone", "Time zone", value: v("timeZone"), errors: e("timeZone"),
                    hint: "The venue's IANA zone: America/New_York, Asia/Tokyo.")
            }
            element("fieldset", [.class("field group")]) {
                element("legend") { "Where" }
                FormControls.text("venue.name", "Venue", value: v("venue.name"), errors: e("venue.name"))
                FormControls.text("venue.address", "Address", value: v("venue.address"), errors: e("venue.address"))
                FormControls.select(
                    "venue.cityId", "City", options: [("", "—")] + model.cities, selected: v("venue.cityId"),
                    errors: e("venue.cityId"))
            }
            FormControls.checkboxes(
                "partnershipIds", "Partnerships", options: model.partnerships, checked: model.checked,
                errors: e("partnershipIds"))
            FormControls.checkboxes(
                "hostIds", "Hosts", options: model.hosts, checked: model.checked, errors: e("hostIds"))
            FormControls.textArea(
                "translations", "In other languages", value: v("translations"), errors: e("translations"),
                hint: "One a line: language | title | description — e.g. ja | 調印式")
            FormControls.text(
                "capacity", "Places", value: v("capacity"), errors: e("capacity"),
                hint: "For registration; empty when there is none.", type: "number")
            FormControls.checkboxes(
                "flags", "Visibility", options: [("isPublic", "Public: shown on the site and in the calendar")],
                checked: model.checked, errors: [])
        }
    }
}

/// Reads the event form into the API's input.
enum EventForm {
    static let fields = [
        "title", "kind", "description", "timing", "start", "end", "approximatePart", "timeZone", "venue.name",
        "venue.address", "venue.cityId", "translations", "capacity",
    ]

    static func input(_ form: FormBody) -> (EventInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        var translations: [String: EventTextDTO] = [:]
        let lines = (form.value("translations") ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count >= 2 else {
                issues.append(FieldIssue(field: "translations[\(index)]", message: "must be language | title"))
                continue
            }
            translations[parts[0]] = EventTextDTO(title: parts[1], description: parts.count > 2 ? parts[2] : nil)
        }
        var capacity: Int?
        if let text = form.nonEmpty("capacity") {
            capacity = Int(text.trimmingWhitespace)
            if capacity == nil { issues.append(FieldIssue(field: "capacity", message: "must be a whole number")) }
        }
        var venue: VenueDTO?
        if let name = form.nonEmpty("venue.name") {
            venue = VenueDTO(
                name: name, address: form.nonEmpty("venue.address"),
                cityId: form.nonEmpty("venue.cityId").flatMap(UUID.init(uuidString:)))
        }
        let timing = form.nonEmpty("timing") ?? "timed"
        let flags = Set(form.values("flags"))
        let input = EventInput(
            title: form.value("title") ?? "", description: form.nonEmpty("description"), translations: translations,
            kind: form.nonEmpty("kind"), allDay: timing == "all-day", approximate: timing == "approximate",
            approximatePart: timing == "approximate" ? form.nonEmpty("approximatePart") : nil,
            start: form.nonEmpty("start") ?? "", end: form.nonEmpty("end"), timeZone: form.nonEmpty("timeZone"),
            venue: venue, hostIds: form.values("hostIds").compactMap(UUID.init(uuidString:)),
            partnershipIds: form.values("partnershipIds").compactMap(UUID.init(uuidString:)),
            isPublic: flags.contains("isPublic"), capacity: capacity)
        return (input, issues)
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
    }

    static func checked(_ form: FormBody) -> Set<String> {
        Set(form.values("partnershipIds") + form.values("hostIds") + form.values("flags"))
    }

    static func values(_ event: Event) -> [String: String] {
        let d = event.draft
        let dto = EventDTO(event)
        var values: [String: String] = [
            "title": d.title, "kind": d.kind.rawValue, "description": d.description ?? "",
            "timeZone": d.timeZone ?? "", "venue.name": d.venue?.name ?? "", "venue.address": d.venue?.address ?? "",
            "venue.cityId": d.venue?.cityID?.uuidString ?? "", "capacity": d.capacity.map(String.init) ?? "",
            "translations": d.translations.sorted { $0.key < $1.key }.map { tag, text in
                [tag, text.title, text.description ?? ""].joined(separator: " | ")
            }.joined(separator: "\n"),
        ]
        switch d.schedule {
        case .timed:
            values["timing"] = "timed"
            // The local wall-clock time, as the form takes it.
            values["start"] = String(dto.start.prefix(16))
            values["end"] = dto.end.map { String($0.prefix(16)) } ?? ""
        case .allDay:
            values["timing"] = "all-day"
            values["start"] = dto.start
            values["end"] = dto.end ?? ""
        case .approximate(_, let part):
            values["timing"] = "approximate"
            values["start"] = dto.start
            values["approximatePart"] = part?.rawValue ?? ""
        }
        return values
    }

    static func checked(_ event: Event) -> Set<String> {
        Set(event.draft.partnershipIDs.map(\.uuidString) + event.draft.hostIDs.map(\.uuidString))
            .union(event.draft.isPublic ? ["isPublic"] : [])
    }
}

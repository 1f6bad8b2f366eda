import Domain
import Foundation

/// Record or change an event.
enum EventFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        var cities: [(value: String, label: String)]
        var partnerships: [(value: String, label: String)]
        var hosts: [(value: String, label: String)]
        var checked: Set<String>
        /// The languages the title and description may be given in besides the programme's.
        var translationLanguages: [String] = []
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("edit.event.submit"))
        return FormPage.view(frame) {
            FormControls.text(
                "title", t("edit.event.title"), value: v("title"), errors: e("title"), required: true, t: t)
            FormControls.select(
                "kind", t("form.kind"),
                options: [("", t("form.choose"))]
                    + EventKind.allCases.map { ($0.rawValue, t.label("events.kind", $0)) },
                selected: v("kind"), errors: e("kind"), t: t)
            FormControls.textArea(
                "description", t("edit.event.description"), value: v("description"), errors: e("description"), t: t)
            TranslationFields.view(
                [
                    .init(name: "title", label: t("edit.event.title"), isLong: false),
                    .init(name: "description", label: t("edit.event.description")),
                ], languages: model.translationLanguages, values: form.values, errors: form.errors,
                page: model.editor.page)
            element("fieldset", [.class("field group")]) {
                element("legend") { t("edit.event.when") }
                FormControls.select(
                    "timing", t("edit.event.timing"),
                    options: [
                        ("timed", t("edit.event.timed")), ("all-day", t("edit.event.allDay")),
                        ("approximate", t("edit.event.approximate")),
                    ], selected: v("timing").isEmpty ? "timed" : v("timing"), errors: [], t: t)
                FormControls.text(
                    "start", t("edit.event.start"), value: v("start"), errors: e("start"),
                    hint: t("edit.event.startHint"), t: t)
                FormControls.text(
                    "end", t("edit.event.end"), value: v("end"), errors: e("end"), hint: t("edit.event.endHint"), t: t)
                FormControls.select(
                    "approximatePart", t("edit.event.part"),
                    options: [
                        ("", t("form.none")), ("early", t("edit.event.early")), ("mid", t("edit.event.mid")),
                        ("late", t("edit.event.late")),
                    ],
                    selected: v("approximatePart"), errors: e("approximatePart"), t: t)
                FormControls.text(
                    "timeZone", t("edit.event.timeZone"), value: v("timeZone"), errors: e("timeZone"),
                    hint: t("edit.event.timeZoneHint"), t: t)
            }
            element("fieldset", [.class("field group")]) {
                element("legend") { t("edit.event.where") }
                FormControls.text(
                    "venue.name", t("edit.event.venue"), value: v("venue.name"), errors: e("venue.name"), t: t)
                FormControls.text(
                    "venue.address", t("edit.event.address"), value: v("venue.address"), errors: e("venue.address"),
                    t: t)
                FormControls.select(
                    "venue.cityId", t("edit.event.city"), options: [("", t("form.none"))] + model.cities,
                    selected: v("venue.cityId"), errors: e("venue.cityId"), t: t)
            }
            FormControls.checkboxes(
                "partnershipIds", t("edit.event.partnerships"), options: model.partnerships, checked: model.checked,
                errors: e("partnershipIds"), t: t)
            FormControls.checkboxes(
                "hostIds", t("edit.event.hosts"), options: model.hosts, checked: model.checked, errors: e("hostIds"),
                t: t)
            FormControls.text(
                "capacity", t("edit.event.capacity"), value: v("capacity"), errors: e("capacity"),
                hint: t("edit.event.capacityHint"), type: "number", t: t)
            FormControls.checkboxes(
                "flags", t("edit.event.visibility"), options: [("isPublic", t("edit.event.public"))],
                checked: model.checked, errors: [], t: t)
        }
    }
}

/// Reads the event form into the API's input.
enum EventForm {
    static let fields = [
        "title", "kind", "description", "timing", "start", "end", "approximatePart", "timeZone", "venue.name",
        "venue.address", "venue.cityId", "capacity",
    ]

    static func input(_ form: FormBody, t: Localizer = .base) -> (EventInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        var capacity: Int?
        if let text = form.nonEmpty("capacity") {
            capacity = Int(text.trimmingWhitespace)
            if capacity == nil {
                issues.append(FieldIssue(field: "capacity", message: t("form.wholeNumber")))
            }
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
            title: form.value("title") ?? "", description: form.nonEmpty("description"),
            translations: TranslationFields.read(form).mapValues { $0.mapValues(Optional.some) },
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
            .merging(TranslationFields.values(form)) { own, _ in own }
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
        ].merging(TranslationFields.values(d.translations)) { own, _ in own }
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

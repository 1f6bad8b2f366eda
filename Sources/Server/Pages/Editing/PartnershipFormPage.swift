import Domain
import Foundation

/// Create or change a partnership.
enum PartnershipFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        var homeCityName: String
        var cities: [(value: String, label: String)]
        /// What the city search looked for, and how many cities it found.
        var cityQuery: String
        var cityMatches: Int = 0
        var focusAreas: Set<String>
        /// The languages the summary may be given in besides the programme's.
        var translationLanguages: [String] = []
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(
            model.editor, form, submitLabel: t("edit.partnership.submit"), preface: citySearch(model),
            scripts: [SiteURL.cityPicker.path])
        return FormPage.view(frame) {
            p(.class("muted")) { t("edit.partnership.homeCity", ["city": model.homeCityName]) }
            p(.class("visually-hidden"), .id("city-search-status"), .attr("aria-live", "polite")) {
                model.cityQuery.isEmpty
                    ? ""
                    : t("edit.partnership.cityMatches", count: model.cityMatches, ["query": model.cityQuery])
            }
            FormControls.select(
                "partnerCityId", t("edit.partnership.partnerCity"),
                options: [("", t("edit.partnership.chooseCity"))] + model.cities,
                selected: v("partnerCityId"), errors: e("partnerCityId") + e("homeCityId"), t: t)
            FormControls.select(
                "kind", t("form.kind"),
                options: PartnershipKind.allCases.map { ($0.rawValue, t.label("partnership.kind", $0)) },
                selected: form.values["kind"] ?? PartnershipKind.sister.rawValue, errors: e("kind"), t: t)
            FormControls.select(
                "status", t("edit.partnership.status"),
                options: PartnershipStatus.allCases.map { ($0.rawValue, t.label("partnership.status", $0)) },
                selected: form.values["status"] ?? PartnershipStatus.active.rawValue, errors: e("status"), t: t)
            FormControls.text(
                "established", t("edit.partnership.established"), value: v("established"),
                errors: e("established"), hint: t("edit.partnership.establishedHint"), t: t)
            FormControls.text(
                "ended", t("edit.partnership.ended"), value: v("ended"), errors: e("ended"),
                hint: t("edit.partnership.endedHint"), t: t)
            FormControls.checkboxes(
                "focusAreas", t("edit.partnership.focusAreas"),
                options: FocusArea.allCases.map { ($0.rawValue, t.label("partnership.focus", $0)) },
                checked: model.focusAreas, errors: e("focusAreas"), t: t)
            FormControls.textArea(
                "summary", t("edit.partnership.summary"), value: v("summary"), errors: e("summary"),
                t: t)
            TranslationFields.view(
                [.init(name: "summary", label: t("edit.partnership.summary"))], languages: model.translationLanguages,
                values: form.values, errors: form.errors, page: model.editor.page)
            FormControls.textArea(
                "sources", t("form.sources"), value: v("sources"), errors: e("sources"),
                hint: t("form.sourcesHint"), t: t)
        }
    }
}

extension PartnershipFormPage {
    /// Finds the partner city in the world gazetteer: a reload with the matches, or as you type with the script.
    static func citySearch(_ model: Model) -> HTML {
        let t = model.editor.t
        return form(
            .attr("method", "get"), .attr("action", model.form.action), .class("search"), .attr("role", "search")
        ) {
            label(.attr("for", "city-search")) { t("edit.partnership.citySearch") }
            input(
                .attr("type", "search"), .attr("id", "city-search"), .attr("name", "city"),
                .attr("value", model.cityQuery), .attr("placeholder", t("edit.partnership.citySearchExample")),
                .attr("data-city-search", "partnerCityId"), .attr("autocomplete", "off"))
            button(.attr("type", "submit")) { t("edit.partnership.find") }
        }
    }
}

/// Reads the partnership form into the API's input, so both take the same rules.
enum PartnershipForm {
    static func input(_ form: FormBody) -> PartnershipInput {
        PartnershipInput(
            homeCityId: nil, partnerCityId: form.nonEmpty("partnerCityId").flatMap(UUID.init(uuidString:)),
            kind: form.nonEmpty("kind"), status: form.nonEmpty("status"), established: form.nonEmpty("established"),
            ended: form.nonEmpty("ended"), focusAreas: form.values("focusAreas"), summary: form.nonEmpty("summary"),
            sources: SourceLines.parse(form.value("sources") ?? "").map { LinkDTO(WebLink(title: $0.0, url: $0.1)) },
            translations: TranslationFields.read(form))
    }

    static func values(_ form: FormBody) -> [String: String] {
        var values: [String: String] = [:]
        for name in ["partnerCityId", "kind", "status", "established", "ended", "summary", "sources"] {
            values[name] = form.value(name) ?? ""
        }
        return values.merging(TranslationFields.values(form)) { own, _ in own }
    }

    static func values(_ partnership: Partnership) -> [String: String] {
        [
            "partnerCityId": partnership.partnerCity.id.uuidString, "kind": partnership.kind.rawValue,
            "status": partnership.status.rawValue, "established": partnership.established?.description ?? "",
            "ended": partnership.ended?.description ?? "", "summary": partnership.summary ?? "",
            "sources": partnership.sources.map { "\($0.title) | \($0.url)" }.joined(separator: "\n"),
        ].merging(TranslationFields.values(partnership.translations)) { own, _ in own }
    }
}

/// "Title | URL" lines.
enum SourceLines {
    static func parse(_ text: String) -> [(String, String)] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            guard let bar = trimmed.lastIndex(of: "|") else { return ("", trimmed) }
            return (
                String(trimmed[..<bar]).trimmingCharacters(in: .whitespaces),
                String(trimmed[trimmed.index(after: bar)...]).trimmingCharacters(in: .whitespaces)
            )
        }
    }
}

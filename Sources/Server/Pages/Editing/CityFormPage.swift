import Domain
import Foundation

/// Staff's list of the gazetteer's cities, with search.
enum CitiesPage {
    struct Model {
        struct Row {
            var name: String
            var country: String
            var region: String?
            var editURL: String
        }

        var programmeName: String
        var email: String
        var query: String
        var rows: [Row]
        var total: Int
        /// The request's language and place.
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("edit.cities.title"), siteName: model.programmeName, description: nil,
                signedInAs: model.email, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("form.breadcrumb"))) {
                a(.href(SiteURL.staff.path)) { t("nav.staff") }
            }
            h1 { t("edit.cities.title") }
            p(.class("lede")) { t("edit.cities.lede") }
            form(.attr("method", "get"), .attr("action", SiteURL.staffCities.path), .class("inline-form")) {
                label(.attr("for", "q")) { t("edit.cities.search") }
                input(.id("q"), .attr("name", "q"), .attr("type", "search"), .attr("value", model.query))
                button(.attr("type", "submit")) { t("edit.cities.submitSearch") }
                a(.href(SiteURL.newCity.path)) { t("edit.city.new") }
            }
            if model.rows.isEmpty {
                p(.class("muted")) {
                    model.query.isEmpty ? t("edit.cities.none") : t("edit.cities.noMatch", ["query": model.query])
                }
            } else {
                p(.class("muted")) {
                    model.total > model.rows.count
                        ? t("edit.cities.countShown", count: model.total, ["shown": t.number(model.rows.count)])
                        : t("edit.cities.count", count: model.total)
                }
                ul(.class("plain-list")) {
                    for row in model.rows {
                        li {
                            a(.href(row.editURL)) { row.name }
                            span(.class("muted")) {
                                row.region.map { t("edit.cities.place", ["region": $0, "country": row.country]) }
                                    ?? t("edit.cities.country", ["country": row.country])
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Add or change a city.
enum CityFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let countries =
            [(value: "", label: t("edit.city.chooseCountry"))]
            + Country.all.map { (value: $0.code, label: t.countryName($0.code) ?? $0.name) }
        let frame = FormPage.Frame(
            model.editor, form, submitLabel: t("edit.city.submit"), backLabel: t("edit.cities.title"))
        return FormPage.view(frame) {
            FormControls.text(
                "name", t("edit.city.name"), value: v("name"), errors: e("name"), hint: t("edit.city.nameHint"), t: t)
            FormControls.textArea(
                "names", t("edit.city.names"), value: v("names"), errors: e("names"), hint: t("edit.city.namesHint"),
                t: t)
            FormControls.select(
                "country", t("edit.city.country"), options: countries, selected: v("country"), errors: e("country"),
                t: t)
            FormControls.text(
                "adminRegion", t("edit.city.region"), value: v("adminRegion"), errors: e("adminRegion"), t: t)
            FormControls.text(
                "latitude", t("edit.city.latitude"), value: v("latitude"), errors: e("latitude"),
                hint: t("edit.city.latitudeHint"), t: t)
            FormControls.text(
                "longitude", t("edit.city.longitude"), value: v("longitude"), errors: e("longitude"),
                hint: t("edit.city.longitudeHint"), t: t)
            FormControls.text(
                "timeZone", t("edit.city.timeZone"), value: v("timeZone"), errors: e("timeZone"),
                hint: t("edit.city.timeZoneHint"), t: t)
            FormControls.text(
                "population", t("edit.city.population"), value: v("population"), errors: e("population"), t: t)
            FormControls.text(
                "geonameId", t("edit.city.geonameId"), value: v("geonameId"), errors: e("geonameId"), t: t)
            FormControls.text(
                "wikidataId", t("edit.city.wikidataId"), value: v("wikidataId"), errors: e("wikidataId"),
                hint: t("edit.city.wikidataIdHint"), t: t)
        }
    }
}

/// Reads the city form into the API's input; numbers that are not numbers are issues of their field.
enum CityForm {
    static let fields = [
        "name", "names", "country", "adminRegion", "latitude", "longitude", "timeZone", "population", "geonameId",
        "wikidataId",
    ]

    static func input(_ form: FormBody, t: Localizer = .base) -> (CityInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        func number<T: LosslessStringConvertible>(_ name: String, _ type: T.Type, _ what: String) -> T? {
            guard let text = form.nonEmpty(name) else { return nil }
            guard let value = T(text.trimmingCharacters(in: .whitespaces)) else {
                issues.append(FieldIssue(field: name, message: what))
                return nil
            }
            return value
        }
        var names: [String: String] = [:]
        for (index, line) in (form.value("names") ?? "").split(whereSeparator: \.isNewline).enumerated() {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                issues.append(
                    FieldIssue(field: "names", message: t("edit.city.nameLine", ["line": t.number(index + 1)])))
                continue
            }
            names[parts[0]] = parts[1]
        }
        let input = CityInput(
            name: form.value("name"), names: names, country: form.nonEmpty("country"),
            adminRegion: form.nonEmpty("adminRegion"),
            latitude: number("latitude", Double.self, t("edit.city.mustBeNumber")),
            longitude: number("longitude", Double.self, t("edit.city.mustBeNumber")),
            timeZone: form.nonEmpty("timeZone"),
            population: number("population", Int.self, t("form.wholeNumber")),
            geonameId: number("geonameId", Int.self, t("form.wholeNumber")),
            wikidataId: form.nonEmpty("wikidataId"))
        return (input, issues)
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
    }

    static func values(_ city: City) -> [String: String] {
        [
            "name": city.name,
            "names": city.names.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n"),
            "country": city.countryCode, "adminRegion": city.adminRegion ?? "",
            "latitude": city.coordinate.map { String($0.latitude) } ?? "",
            "longitude": city.coordinate.map { String($0.longitude) } ?? "",
            "timeZone": city.timeZone ?? "", "population": city.population.map(String.init) ?? "",
            "geonameId": city.geonameID.map(String.init) ?? "", "wikidataId": city.wikidataID ?? "",
        ]
    }
}

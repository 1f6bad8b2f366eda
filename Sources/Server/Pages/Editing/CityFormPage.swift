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
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: "Cities", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) { a(.href(SiteURL.staff.path)) { "Staff" } }
            h1 { "Cities" }
            p(.class("lede")) { "The places partnerships join, shared by every programme of this install." }
            form(.attr("method", "get"), .attr("action", SiteURL.staffCities.path), .class("inline-form")) {
                label(.attr("for", "q")) { "Name starts with" }
                input(.id("q"), .attr("name", "q"), .attr("type", "search"), .attr("value", model.query))
                button(.attr("type", "submit")) { "Search" }
                a(.href(SiteURL.newCity.path)) { "Add a city" }
            }
            if model.rows.isEmpty {
                p(.class("muted")) {
                    model.query.isEmpty ? "No cities yet." : "No city's name starts with “\(model.query)”."
                }
            } else {
                p(.class("muted")) {
                    "\(model.total) cit\(model.total == 1 ? "y" : "ies")\(model.total > model.rows.count ? ", the first \(model.rows.count) shown" : "")."
                }
                ul(.class("plain-list")) {
                    for row in model.rows {
                        li {
                            a(.href(row.editURL)) { row.name }
                            span(.class("muted")) { " — \(row.region.map { "\($0), " } ?? "")\(row.country)" }
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
        var programmeName: String
        var email: String
        var csrfToken: String
        var title: String
        var action: String
        var values: [String: String]
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let countries = [(value: "", label: "Choose a country…")] + Country.all.map { (value: $0.code, label: $0.name) }
        let frame = FormPage.Frame(
            programmeName: model.programmeName, email: model.email, title: model.title,
            backURL: SiteURL.staffCities.path,
            backLabel: "Cities", action: model.action, csrfToken: model.csrfToken, hasErrors: !model.errors.isEmpty,
            submitLabel: "Save city")
        return FormPage.view(frame) {
            FormControls.text(
                "name", "Name", value: model.values["name"] ?? "", errors: e("name"), hint: "In English: Kyoto.")
            FormControls.textArea(
                "names", "Names in other languages", value: model.values["names"] ?? "", errors: e("names"),
                hint: "One a line: language tag = name, e.g. ja = 京都市")
            FormControls.select(
                "country", "Country", options: countries, selected: model.values["country"] ?? "",
                errors: e("country"))
            FormControls.text(
                "adminRegion", "Region", value: model.values["adminRegion"] ?? "", errors: e("adminRegion"))
            FormControls.text(
                "latitude", "Latitude", value: model.values["latitude"] ?? "", errors: e("latitude"),
                hint: "Degrees, −90 to 90: 35.021")
            FormControls.text(
                "longitude", "Longitude", value: model.values["longitude"] ?? "", errors: e("longitude"),
                hint: "Degrees, −180 to 180: 135.754")
            FormControls.text(
                "timeZone", "Time zone", value: model.values["timeZone"] ?? "", errors: e("timeZone"),
                hint: "IANA name: Asia/Tokyo")
            FormControls.text(
                "population", "Population", value: model.values["population"] ?? "", errors: e("population"))
            FormControls.text(
                "geonameId", "GeoNames id", value: model.values["geonameId"] ?? "", errors: e("geonameId"))
            FormControls.text(
                "wikidataId", "Wikidata id", value: model.values["wikidataId"] ?? "", errors: e("wikidataId"),
                hint: "Q34600")
        }
    }
}

/// Reads the city form into the API's input; numbers that are not numbers are issues of their field.
enum CityForm {
    static let fields = [
        "name", "names", "country", "adminRegion", "latitude", "longitude", "timeZone", "population", "geonameId",
        "wikidataId",
    ]

    static func input(_ form: FormBody) -> (CityInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        func number<T: LosslessStringConvertible>(_ name: String, _ type: T.Type, _ what: String) -> T? {
            guard let text = form.nonEmpty(name) else { return nil }
            guard let value = T(text.trimmingCharacters(in: .whitespaces)) else {
                issues.append(FieldIssue(field: name, message: "must be \(what)"))
                return nil
            }
            return value
        }
        var names: [String: String] = [:]
        for (index, line) in (form.value("names") ?? "").split(whereSeparator: \.isNewline).enumerated() {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                issues.append(FieldIssue(field: "names", message: "line \(index + 1) must be written tag = name"))
                continue
            }
            names[parts[0]] = parts[1]
        }
        let input = CityInput(
            name: form.value("name"), names: names, country: form.nonEmpty("country"),
            adminRegion: form.nonEmpty("adminRegion"), latitude: number("latitude", Double.self, "a number"),
            longitude: number("longitude", Double.self, "a number"), timeZone: form.nonEmpty("timeZone"),
            population: number("population", Int.self, "a whole number"),
            geonameId: number("geonameId", Int.self, "a whole number"),
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

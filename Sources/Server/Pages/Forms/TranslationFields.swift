import Domain

/// A record's texts in other languages, on the record's own form: a fieldset per language with the fields
/// named `translations.<tag>.<field>`, as the API's field issues name them. Works without JavaScript.
enum TranslationFields {
    struct Field {
        /// The API's name of the field (`summary`).
        let name: String
        let label: String
        var isLong = true
    }

    static let prefix = "translations."

    /// The languages a form offers: the site's, those its `values` give, the primary language of
    /// `partnerCountry` (the ISO 3166 code of the partner city's country, when the record has one) and `also`,
    /// less the programme's own, in that order.
    static func languages(
        original: String, values: [String: String], partnerCountry: String? = nil, also: [String] = []
    ) -> [String] {
        var seen = Set<String>()
        let own = LanguageTag.primarySubtag(of: original)
        let given = values.keys.compactMap { key in
            key.hasPrefix(prefix) ? key.dropFirst(prefix.count).split(separator: ".").first.map(String.init) : nil
        }
        let partner = partnerCountry.flatMap(Country.withCode)?.primaryLanguage
        return (Catalogs.shipped.languages + given.sorted() + [partner].compactMap { $0 } + also).filter {
            LanguageTag.primarySubtag(of: $0) != own && seen.insert($0.lowercased()).inserted
        }
    }

    static func view(
        _ fields: [Field], languages: [String], values: [String: String], errors: [FieldIssue], page: PageContext
    ) -> HTML {
        let t = page.t
        return HTML(
            escaped: languages.map { language in
                let names = fields.map { "\(prefix)\(language).\($0.name)" }
                let isOpen =
                    names.contains { !(values[$0] ?? "").isEmpty }
                    || errors.contains {
                        $0.field.hasPrefix("\(prefix)\(language).") || $0.field == "\(prefix)\(language)"
                    }
                return element("details", [.class("translation")] + (isOpen ? [.flag("open")] : [])) {
                    element("summary") { t("form.translation.legend", ["language": page.languageName(language)]) }
                    p(.class("hint")) { t("form.translation.hint") }
                    for (field, name) in zip(fields, names) {
                        let messages = FormControls.messages(errors, name, t: t)
                        if field.isLong {
                            FormControls.textArea(
                                name, field.label, value: values[name] ?? "", errors: messages, t: t,
                                lang: language)
                        } else {
                            FormControls.text(
                                name, field.label, value: values[name] ?? "", errors: messages, t: t, lang: language)
                        }
                    }
                }
            }.map(\.markup).joined())
    }

    /// The translations a form holds, as the API takes them; blank fields are the domain's to drop.
    static func read(_ form: FormBody) -> TranslationsDTO {
        var translations: TranslationsDTO = [:]
        for (name, value) in form.fields(prefixed: prefix) {
            let path = name.dropFirst(prefix.count)
            guard let dot = path.firstIndex(of: "."), dot != path.startIndex else { continue }
            translations[String(path[..<dot]), default: [:]][String(path[path.index(after: dot)...])] = value
        }
        return translations
    }

    /// What a form shows of what was typed, by field name.
    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(form.fields(prefixed: prefix), uniquingKeysWith: { first, _ in first })
    }

    /// What a form shows of stored translations, by field name.
    static func values(_ translations: Translations) -> [String: String] {
        var values: [String: String] = [:]
        for (language, texts) in translations.byLanguage {
            for (field, text) in texts { values["\(prefix)\(language).\(field)"] = text }
        }
        return values
    }
}

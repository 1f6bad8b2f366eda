import Domain

/// Form fields that show their own errors beside them and keep what was typed.
enum FormControls {
    /// A domain error as form issues: a conflict or a vanished record is shown beside `field`.
    static func issues(_ error: DomainError, besides field: String, t: Localizer = .base) -> [FieldIssue] {
        switch error {
        case .invalid(let issues): issues
        case .conflict(let message): [FieldIssue(field: field, message: message)]
        case .notFound(let entity, _): [FieldIssue(field: field, message: t("form.gone", ["entity": entity]))]
        }
    }

    /// The errors of one field, by the JSON field name the domain reports ("partnerCityId", "sources[1].url").
    static func messages(_ errors: [FieldIssue], _ field: String) -> [String] {
        errors.filter { $0.field == field || $0.field.hasPrefix(field + "[") || $0.field.hasPrefix(field + ".") }
            .map { issue in issue.field == field ? issue.message : "\(issue.field): \(issue.message)" }
    }

    /// The errors of one field in the reader's language (``Localizer/issue(_:)``).
    static func messages(_ errors: [FieldIssue], _ field: String, t: Localizer) -> [String] {
        errors.filter { $0.field == field || $0.field.hasPrefix(field + "[") || $0.field.hasPrefix(field + ".") }
            .map { issue in
                issue.field == field
                    ? t.issue(issue) : t("form.subfieldError", ["field": issue.field, "message": t.issue(issue)])
            }
    }

    private static func wrapper(
        _ name: String, _ label: String, hint: String?, errors: [String], t: Localizer,
        @HTMLBuilder control: (Bool) -> HTML
    ) -> HTML {
        div(.class(errors.isEmpty ? "field" : "field has-error")) {
            element("label", [.attr("for", name)]) { label }
            if let hint { p(.class("hint"), .id("\(name)-hint")) { hint } }
            for message in errors {
                p(.class("field-error"), .id("\(name)-error")) {
                    t("form.fieldError", ["field": label, "message": message])
                }
            }
            control(!errors.isEmpty)
        }
    }

    private static func described(_ name: String, hint: String?, invalid: Bool) -> [Attribute] {
        var ids: [String] = []
        if hint != nil { ids.append("\(name)-hint") }
        if invalid { ids.append("\(name)-error") }
        var attributes: [Attribute] = []
        if !ids.isEmpty { attributes.append(.attr("aria-describedby", ids.joined(separator: " "))) }
        if invalid { attributes.append(.attr("aria-invalid", "true")) }
        return attributes
    }

    static func text(
        _ name: String, _ label: String, value: String, errors: [String], hint: String? = nil, type: String = "text",
        required: Bool = false, t: Localizer = .base, lang: String? = nil
    ) -> HTML {
        wrapper(name, label, hint: hint, errors: errors, t: t) { invalid in
            element(
                "input",
                [.id(name), .attr("name", name), .attr("type", type), .attr("value", value)]
                    + (required ? [.flag("required")] : []) + (lang.map { [.lang($0)] } ?? [])
                    + described(name, hint: hint, invalid: invalid))
        }
    }

    static func textArea(
        _ name: String, _ label: String, value: String, errors: [String], hint: String? = nil, t: Localizer = .base,
        lang: String? = nil
    ) -> HTML {
        wrapper(name, label, hint: hint, errors: errors, t: t) { invalid in
            element(
                "textarea",
                [.id(name), .attr("name", name), .attr("rows", "5")] + (lang.map { [.lang($0)] } ?? [])
                    + described(name, hint: hint, invalid: invalid)
            ) {
                value
            }
        }
    }

    static func select(
        _ name: String, _ label: String, options: [(value: String, label: String)], selected: String, errors: [String],
        hint: String? = nil, t: Localizer = .base
    ) -> HTML {
        wrapper(name, label, hint: hint, errors: errors, t: t) { invalid in
            element("select", [.id(name), .attr("name", name)] + described(name, hint: hint, invalid: invalid)) {
                for option in options {
                    if option.value == selected {
                        element("option", [.attr("value", option.value), .flag("selected")]) { option.label }
                    } else {
                        element("option", [.attr("value", option.value)]) { option.label }
                    }
                }
            }
        }
    }

    static func checkboxes(
        _ name: String, _ legend: String, options: [(value: String, label: String)], checked: Set<String>,
        errors: [String], t: Localizer = .base
    ) -> HTML {
        element("fieldset", [.class(errors.isEmpty ? "field checks" : "field checks has-error")]) {
            element("legend") { legend }
            for message in errors {
                p(.class("field-error")) {
                    t("form.fieldError", ["field": legend, "message": message])
                }
            }
            for option in options {
                label(.class("check")) {
                    if checked.contains(option.value) {
                        input(
                            .attr("type", "checkbox"), .attr("name", name), .attr("value", option.value),
                            .flag("checked"))
                    } else {
                        input(.attr("type", "checkbox"), .attr("name", name), .attr("value", option.value))
                    }
                    " \(option.label)"
                }
            }
        }
    }
}

/// The frame of every edit page: back link, heading, a summary when fields are wrong, and the posting form.
enum FormPage {
    struct Frame {
        var programmeName: String
        var email: String
        var title: String
        var backURL: String
        /// "Back" in the page's language unless given.
        var backLabel: String? = nil
        var action: String
        var csrfToken: String
        var hasErrors: Bool
        var submitLabel: String
        /// Shown before the form: a search that fills one of its choices, say.
        var preface: HTML? = nil
        var scripts: [String] = []
        /// The request's language and place.
        var page: PageContext
    }

    static func view(_ frame: Frame, @HTMLBuilder fields: () -> HTML) -> HTML {
        let t = frame.page.t
        return Layout.view(
            Layout.Model(
                title: frame.title, siteName: frame.programmeName, description: nil, signedInAs: frame.email,
                scripts: frame.scripts, page: frame.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("form.breadcrumb"))) {
                a(.href(frame.backURL)) { frame.backLabel ?? t("form.back") }
            }
            h1 { frame.title }
            if frame.hasErrors {
                div(.class("form-error"), .attr("role", "alert")) { p { t("form.correct") } }
            }
            if let preface = frame.preface { preface }
            form(.attr("method", "post"), .attr("action", frame.action), .class("stack wide")) {
                csrfField(frame.csrfToken)
                fields()
                button(.attr("type", "submit"), .class("primary")) { frame.submitLabel }
            }
        }
    }
}

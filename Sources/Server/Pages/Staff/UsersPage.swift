import Domain
import Foundation

/// Administrators manage the programme's users: create, change role, disable.
enum UsersPage {
    struct Model {
        struct Row {
            var id: UUID
            var email: String
            var name: String?
            var role: Role
            var scope: [String]
            var disabled: Bool
        }

        var programmeName: String
        var email: String
        var csrfToken: String
        var rows: [Row]
        var partnerships: [(value: String, label: String)]
        var values: [String: String] = [:]
        var scope: Set<String> = []
        var errors: [FieldIssue] = []
        var notice: String?
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let e = { (field: String) in FormControls.messages(model.errors, field, t: t) }
        let roles = Role.allCases.map { (value: $0.rawValue, label: t.label("role", $0)) }
        let email = t("users.email")
        let role = t("users.role")
        let status = t("users.status")
        return Layout.view(
            Layout.Model(
                title: t("users.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("password.breadcrumb"))) {
                a(.href(SiteURL.staff.path)) { t("nav.staff") }
            }
            h1 { t("users.title") }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            element("table", [.class("directory")]) {
                element("thead") {
                    element("tr") {
                        for title in [email, role, status, ""] {
                            element("th", [.attr("scope", "col")]) { title }
                        }
                    }
                }
                element("tbody") {
                    for row in model.rows {
                        element("tr") {
                            element("th", [.attr("scope", "row"), .attr("data-label", email)]) {
                                row.email
                                if let name = row.name { span(.class("region")) { name } }
                            }
                            element("td", [.attr("data-label", role)]) {
                                form(
                                    .attr("method", "post"), .attr("action", SiteURL.staffUserRole(row.id).path),
                                    .class("inline-form")
                                ) {
                                    csrfField(model.csrfToken)
                                    label(.class("visually-hidden"), .attr("for", "role-\(row.id)")) {
                                        t("users.roleOf", ["email": row.email])
                                    }
                                    element("select", [.id("role-\(row.id)"), .attr("name", "role")]) {
                                        for role in roles {
                                            if role.value == row.role.rawValue {
                                                element("option", [.attr("value", role.value), .flag("selected")]) {
                                                    role.label
                                                }
                                            } else {
                                                element("option", [.attr("value", role.value)]) { role.label }
                                            }
                                        }
                                    }
                                    button(.attr("type", "submit")) { t("users.change") }
                                }
                                if !row.scope.isEmpty {
                                    span(.class("region")) { t("users.edits", ["partnerships": t.list(row.scope)]) }
                                }
                            }
                            element("td", [.attr("data-label", status)]) {
                                row.disabled ? t("users.disabled") : t("users.active")
                            }
                            element("td", [.attr("data-label", "")]) {
                                if !row.disabled && row.email != model.email {
                                    a(.href(SiteURL.staffUserDisable(row.id).path), .class("danger-link")) {
                                        t("users.disable")
                                        span(.class("visually-hidden")) { " \(row.email)" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section(.attr("aria-labelledby", "new-user")) {
                h2(.id("new-user")) { t("users.new.title") }
                if !model.errors.isEmpty {
                    div(.class("form-error"), .attr("role", "alert")) {
                        p { t("users.new.correct") }
                    }
                }
                form(.attr("method", "post"), .attr("action", SiteURL.staffUsers.path), .class("stack wide")) {
                    csrfField(model.csrfToken)
                    FormControls.text(
                        "email", email, value: model.values["email"] ?? "", errors: e("email"), type: "email", t: t)
                    FormControls.text(
                        "name", t("users.new.name"), value: model.values["name"] ?? "", errors: e("name"), t: t)
                    FormControls.select(
                        "role", role, options: roles, selected: model.values["role"] ?? Role.viewer.rawValue,
                        errors: e("role"), t: t)
                    FormControls.checkboxes(
                        "partnerships", t("users.new.partnerships"), options: model.partnerships,
                        checked: model.scope, errors: e("partnerships"), t: t)
                    FormControls.text(
                        "password", t("users.new.password"), value: "", errors: e("password"),
                        hint: t(
                            "users.new.passwordHint",
                            ["min": t.number(PasswordPolicy.minLength), "max": t.number(PasswordPolicy.maxLength)]),
                        type: "password", t: t)
                    button(.attr("type", "submit"), .class("primary")) { t("users.new.submit") }
                }
            }
        }
    }
}

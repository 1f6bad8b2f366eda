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
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let roles = Role.allCases.map { (value: $0.rawValue, label: $0.label) }
        return Layout.view(
            Layout.Model(title: "Users", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) { a(.href(SiteURL.staff.path)) { "Staff" } }
            h1 { "Users" }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            element("table", [.class("directory")]) {
                element("thead") {
                    element("tr") {
                        for title in ["Email", "Role", "Status", ""] {
                            element("th", [.attr("scope", "col")]) { title }
                        }
                    }
                }
                element("tbody") {
                    for row in model.rows {
                        element("tr") {
                            element("th", [.attr("scope", "row"), .attr("data-label", "Email")]) {
                                row.email
                                if let name = row.name { span(.class("region")) { name } }
                            }
                            element("td", [.attr("data-label", "Role")]) {
                                form(
                                    .attr("method", "post"), .attr("action", SiteURL.staffUserRole(row.id).path),
                                    .class("inline-form")
                                ) {
                                    csrfField(model.csrfToken)
                                    label(.class("visually-hidden"), .attr("for", "role-\(row.id)")) {
                                        "Role of \(row.email)"
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
                                    button(.attr("type", "submit")) { "Change" }
                                }
                                if !row.scope.isEmpty {
                                    span(.class("region")) { "Edits: \(row.scope.joined(separator: ", "))" }
                                }
                            }
                            element("td", [.attr("data-label", "Status")]) { row.disabled ? "Disabled" : "Active" }
                            element("td", [.attr("data-label", "")]) {
                                if !row.disabled && row.email != model.email {
                                    a(.href(SiteURL.staffUserDisable(row.id).path), .class("danger-link")) {
                                        "Disable…"
                                        span(.class("visually-hidden")) { " \(row.email)" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section(.attr("aria-labelledby", "new-user")) {
                h2(.id("new-user")) { "New user" }
                if !model.errors.isEmpty {
                    div(.class("form-error"), .attr("role", "alert")) {
                        p { "Please correct the fields marked below." }
                    }
                }
                form(.attr("method", "post"), .attr("action", SiteURL.staffUsers.path), .class("stack wide")) {
                    csrfField(model.csrfToken)
                    FormControls.text(
                        "email", "Email", value: model.values["email"] ?? "", errors: e("email"), type: "email")
                    FormControls.text("name", "Name", value: model.values["name"] ?? "", errors: e("name"))
                    FormControls.select(
                        "role", "Role", options: roles, selected: model.values["role"] ?? Role.viewer.rawValue,
                        errors: e("role"))
                    FormControls.checkboxes(
                        "partnerships", "Partnerships a partner editor may edit", options: model.partnerships,
                        checked: model.scope, errors: e("partnerships"))
                    FormControls.text(
                        "password", "First password", value: "", errors: e("password"),
                        hint:
                            "8 to 128 characters, not a common one. Tell it to the person; they change it after signing in.",
                        type: "password")
                    button(.attr("type", "submit"), .class("primary")) { "Create user" }
                }
            }
        }
    }
}

import Domain
import Foundation
import Hummingbird

/// The signed-in person at a staff page, with what every staff page shows of the request: the programme's name,
/// their email, the session's CSRF token and the page's language. A handler gets it once, from
/// `context.editor(request, may:)`; form and confirmation pages take it whole.
struct Editor: Sendable {
    let session: Session
    let actor: Actor
    let programmeName: String
    let page: PageContext

    var email: String { actor.user.email }
    var csrfToken: String { session.csrfToken }
    var t: Localizer { page.t }
    /// Who the change is recorded as made by.
    var author: ChangeAuthor { ChangeAuthor(actor) }
}

extension AppRequestContext {
    /// The person signed in to the served programme who may do `action` (any signed-in person when nil):
    /// the public are sent to sign in, the wrong role gets 403.
    func editor(_ request: Request, may action: Action?) throws -> Editor {
        let programme = try self.programme
        let (session, actor) = try signedIn(request, to: programme.id)
        if let action { try authorize(action, in: programme.id) }
        return Editor(session: session, actor: actor, programmeName: programme.name, page: page(request))
    }
}

/// A form as it stands: its heading, where it posts and where "Back" goes, what is typed in it, and what is
/// wrong with that.
struct FormState: Sendable {
    var title: String
    var action: String
    var cancelURL: String
    var values: [String: String] = [:]
    var errors: [FieldIssue] = []

    /// What is typed in `field`.
    func value(_ field: String) -> String { values[field] ?? "" }

    /// The errors of `field` in the reader's language.
    func messages(_ field: String, t: Localizer) -> [String] { FormControls.messages(errors, field, t: t) }
}

extension Editor {
    /// Every form post's one path: `save` reads the form, saves it and names the page to go to (303); when the
    /// domain refuses the input, `invalid` shows the form again with what was typed and each issue beside its
    /// field. An issue that belongs to no field (a conflict, a record gone) is shown beside `field`.
    func submit(
        _ request: Request, context: AppRequestContext, besides field: String,
        save: (FormBody) async throws -> String,
        invalid: (FormBody, [FieldIssue]) async throws -> Response
    ) async throws -> Response {
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        do {
            return context.redirect(to: try await save(form), saying: .saved)
        } catch let error as DomainError {
            return try await invalid(form, FormControls.issues(error, besides: field, t: t))
        }
    }

    /// A form page for this person: 422 when it shows errors, never kept by a cache.
    func respond(_ html: HTML, form: FormState) -> Response {
        var response = HTMLResponse.private(html)
        if !form.errors.isEmpty { response.status = .unprocessableContent }
        return response
    }
}

extension FormPage.Frame {
    /// The frame of `form` for `editor`.
    init(
        _ editor: Editor, _ form: FormState, submitLabel: String, backLabel: String? = nil, preface: HTML? = nil,
        scripts: [String] = []
    ) {
        self.init(
            programmeName: editor.programmeName, email: editor.email, title: form.title, backURL: form.cancelURL,
            backLabel: backLabel, action: form.action, csrfToken: editor.csrfToken, hasErrors: !form.errors.isEmpty,
            submitLabel: submitLabel, preface: preface, scripts: scripts, page: editor.page)
    }
}

extension Editor {
    /// The page that asks before a destructive action: `action` is posted only when the person confirms.
    func confirm(
        title: String, message: String, action: String, confirmLabel: String, cancelURL: String
    ) -> Response {
        HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programmeName, email: email, title: title, message: message, action: action,
                    confirmLabel: confirmLabel, cancelURL: cancelURL, csrfToken: csrfToken, page: page)))
    }
}

extension AppRequestContext {
    /// 303 to `path`, whose page then says `flash` once.
    func redirect(to path: String, saying flash: Flash) -> Response {
        var response = Redirect.to(path)
        response.setCookie(cookies.flash(flash))
        return response
    }
}

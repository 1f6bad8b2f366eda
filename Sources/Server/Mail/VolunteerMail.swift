import Domain
import Foundation

/// The email that gives a volunteer their own page, in the language they read the programme's emails in.
enum VolunteerMail {
    static func link(to person: Person, email: String, url: String, programme: String, t: Localizer) -> MailDraft {
        let values = [
            "name": person.name(for: t.language), "programme": programme, "url": url,
            "days": t("mail.volunteer.link.days", count: VolunteerLink.lifetimeDays),
        ]
        return MailDraft(
            to: email, subject: t("mail.volunteer.link.subject", values), body: t("mail.volunteer.link.body", values))
    }
}

import Domain
import Foundation

/// The email that gives a volunteer their own page.
enum VolunteerMail {
    static func link(to person: Person, email: String, url: String, programme: String) -> MailDraft {
        MailDraft(
            to: email, subject: "Your volunteer page: \(programme)",
            body: """
                Dear \(person.displayName),

                Thank you for volunteering with \(programme). Your own page lists the shifts you can take,
                and is where you log the time you give, for a coordinator to approve:
                \(url)

                The link is yours alone: please do not pass it on. It works for \(VolunteerLink.lifetimeDays) days; ask a coordinator
                for a new one at any time, and the new one replaces this one.

                \(programme)
                """)
    }
}

import Domain
import Foundation

/// The emails a registration sends.
enum RegistrationMail {
    static func confirmation(
        _ registration: Registration, _ event: Event, programme: String, cancelURL: String
    ) -> MailDraft {
        let d = event.draft
        let what = "\(d.title), \(EventDates.describe(d.schedule, zone: d.zone))\(d.venue.map { ", \($0.name)" } ?? "")"
        switch registration.status {
        case .waitlisted:
            return MailDraft(
                to: registration.email, subject: "You are on the waitlist: \(d.title)",
                body: """
                    Dear \(registration.name),

                    \(d.title) is full, so you are on its waitlist (number \(registration.waitlistPosition ?? 1)).
                    If a place frees, it is yours in turn, and we will write to tell you.

                    \(what)

                    To leave the waitlist:
                    \(cancelURL)

                    \(programme)
                    """)
        default:
            return MailDraft(
                to: registration.email, subject: "You are registered: \(d.title)",
                body: """
                    Dear \(registration.name),

                    Your place is confirmed:
                    \(what)

                    If you cannot come, please cancel, so that someone on the waitlist can take your place:
                    \(cancelURL)

                    \(programme)
                    """)
        }
    }

    static func promoted(_ registration: Registration, _ event: Event, programme: String) -> MailDraft {
        let d = event.draft
        return MailDraft(
            to: registration.email, subject: "A place is yours: \(d.title)",
            body: """
                Dear \(registration.name),

                A place has freed at \(d.title) (\(EventDates.describe(d.schedule, zone: d.zone))), and it is yours:
                your registration is now confirmed.

                If you cannot come after all, use the cancellation link in our first email.

                \(programme)
                """)
    }
}

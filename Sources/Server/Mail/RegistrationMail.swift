import Domain
import Foundation

/// The emails a registration sends, in the language the person registered in.
enum RegistrationMail {
    static func confirmation(
        _ registration: Registration, _ event: Event, programme: String, cancelURL: String
    ) -> MailDraft {
        let t = localizer(for: registration)
        let values = details(registration, event, t).merging(["programme": programme, "cancelURL": cancelURL]) { $1 }
        switch registration.status {
        case .waitlisted:
            return MailDraft(
                to: registration.email, subject: t("mail.registration.waitlisted.subject", values),
                body: t("mail.registration.waitlisted.body", values))
        default:
            return MailDraft(
                to: registration.email, subject: t("mail.registration.confirmed.subject", values),
                body: t("mail.registration.confirmed.body", values))
        }
    }

    static func promoted(_ registration: Registration, _ event: Event, programme: String) -> MailDraft {
        let t = localizer(for: registration)
        let values = details(registration, event, t).merging(["programme": programme]) { $1 }
        return MailDraft(
            to: registration.email, subject: t("mail.registration.promoted.subject", values),
            body: t("mail.registration.promoted.body", values))
    }

    /// The registration's own language where the site speaks it, else the base language.
    static func localizer(for registration: Registration) -> Localizer {
        registration.language.flatMap { Catalogs.shipped.language($0) }.map(Catalogs.shipped.localizer) ?? .base
    }

    /// What every message names: the person, the event (its title in their language where it has one), when
    /// (in the venue's zone) and where.
    private static func details(_ registration: Registration, _ event: Event, _ t: Localizer) -> [String: String] {
        let d = event.draft
        let title = d.translations.translation(for: t.language)?.fields["title"] ?? d.title
        let when = t.eventSchedule(d.schedule, zone: d.zone)
        let what =
            d.venue.map { t("mail.registration.whatWhere", ["title": title, "when": when, "venue": $0.name]) }
            ?? t("mail.registration.what", ["title": title, "when": when])
        return [
            "name": registration.name, "title": title, "when": when, "what": what,
            "position": t.number(registration.waitlistPosition ?? 1),
        ]
    }
}

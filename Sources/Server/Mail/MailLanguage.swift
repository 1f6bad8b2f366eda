import Domain
import Foundation

/// The language an email to a person is written in: the one they read the programme's emails in, else the
/// programme's own, else the site's base language — each only where the site speaks it.
enum MailLanguage {
    static func localizer(person: String?, programme: String?) -> Localizer {
        for tag in [person, programme].compactMap({ $0 }) {
            if let language = spoken(tag) { return Catalogs.shipped.localizer(language) }
        }
        return .base
    }

    static func localizer(for person: Person, programme: Programme) -> Localizer {
        localizer(person: person.draft.language, programme: programme.language)
    }

    /// The site's language for `tag`, or for a shorter form of it: "pt" for "pt-BR".
    private static func spoken(_ tag: String) -> String? {
        var subtags = tag.split(separator: "-").map(String.init)
        while !subtags.isEmpty {
            if let language = Catalogs.shipped.language(subtags.joined(separator: "-")) { return language }
            subtags.removeLast()
        }
        return nil
    }
}

import Foundation
import Hummingbird
import Logging

/// The cookies the server sets. Outside `--dev` they are `__Host-` prefixed and `Secure`: sent only over
/// HTTPS (browsers also treat http://localhost and 127.0.0.1 as secure), to this host, for every path.
struct CookieSettings: Sendable {
    let secure: Bool

    var sessionName: String { secure ? "__Host-sc_session" : "sc_session" }
    var loginCSRFName: String { secure ? "__Host-sc_login_csrf" : "sc_login_csrf" }
    /// The language switcher's choice: see ``LanguageMiddleware``.
    var languageName: String { secure ? "__Host-sc_lang" : "sc_lang" }
    /// What the page after a form post says once: see ``Flash``.
    var flashName: String { secure ? "__Host-sc_flash" : "sc_flash" }

    func session(_ secret: String) -> Cookie {
        Cookie(name: sessionName, value: secret, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func loginCSRF(_ token: String) -> Cookie {
        Cookie(
            name: loginCSRFName, value: token, maxAge: 3600, path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    /// The reader's language, kept a year.
    func language(_ tag: String) -> Cookie {
        Cookie(
            name: languageName, value: tag, maxAge: 365 * 24 * 3600, path: "/", secure: secure, httpOnly: true,
            sameSite: .lax)
    }

    /// A flash for the next page, kept a minute at most.
    func flash(_ flash: Flash) -> Cookie {
        Cookie(
            name: flashName, value: flash.rawValue, maxAge: 60, path: "/", secure: secure, httpOnly: true,
            sameSite: .lax)
    }

    /// A cookie that tells the browser to forget `name`.
    func expired(_ name: String) -> Cookie {
        Cookie(
            name: name, value: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", secure: secure,
            httpOnly: true, sameSite: .lax)
    }
}

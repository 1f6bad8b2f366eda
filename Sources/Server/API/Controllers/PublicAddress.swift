import Foundation
import HTTPTypes
import Hummingbird

/// Where people reach the site, for absolute links in feeds: `--public-url`, or the address a request came to.
struct PublicAddress: Sendable {
    let publicURL: String?
    let devMode: Bool

    func base(of request: Request) -> String {
        if let publicURL { return publicURL }
        let host = request.head.authority ?? "localhost"
        let proto = request.headers[HTTPField.Name("X-Forwarded-Proto")!] ?? (devMode ? "http" : "https")
        return "\(proto == "http" ? "http" : "https")://\(host)"
    }
}

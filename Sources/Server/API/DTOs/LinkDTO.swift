import Domain

/// A titled link.
struct LinkDTO: Codable, Sendable {
    var title: String
    var url: String

    init(_ link: WebLink) {
        title = link.title
        url = link.url
    }

    var domain: WebLink { WebLink(title: title, url: url) }
}

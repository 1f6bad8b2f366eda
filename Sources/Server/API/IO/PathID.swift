import Foundation
import Hummingbird

extension AppRequestContext {
    /// The `:id` of the path; a value that is no UUID names nothing, so it is answered 404.
    func pathID() throws -> UUID {
        guard let id = parameters.get("id", as: UUID.self) else { throw HTTPError(.notFound) }
        return id
    }
}

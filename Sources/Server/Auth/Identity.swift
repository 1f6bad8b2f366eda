import Domain
import Foundation
import Hummingbird
import Logging

/// Who a request comes from, as the auth middleware found it.
enum Identity: Sendable {
    case anonymous
    /// A browser with a live session.
    case session(Session, Actor)
    /// A script with an API token.
    case token(APIToken, Actor)

    var actor: Actor? {
        switch self {
        case .anonymous: nil
        case .session(_, let actor), .token(_, let actor): actor
        }
    }

    var session: Session? {
        if case .session(let session, _) = self { session } else { nil }
    }
}

extension AppRequestContext {
    /// The signed-in actor, or 401.
    @discardableResult
    func requireActor() throws -> Actor {
        guard let actor = identity.actor else { throw AuthError.unauthenticated }
        return actor
    }

    /// The session and actor of a browser signed in to `programme`; anyone else is sent to sign in first.
    func signedIn(_ request: Request, to programme: UUID) throws -> (Session, Actor) {
        guard case .session(let session, let actor) = identity, actor.user.programmeID == programme else {
            throw SignInRequired(next: request.uri.path)
        }
        return (session, actor)
    }

    /// The actor, if they may do `action` in `programme`; 401 for the public, 403 for the wrong role.
    @discardableResult
    func authorize(_ action: Action, in programme: UUID) throws -> Actor {
        let actor = try requireActor()
        guard actor.may(action, in: programme) else {
            logger.notice(
                "refused",
                metadata: ["user": "\(actor.user.id)", "role": "\(actor.user.role.rawValue)", "action": "\(action)"])
            throw AuthError.forbidden("your role (\(actor.user.role.label)) may not do this")
        }
        return actor
    }
}

import Domain
import FluentKit

enum StoreErrors {
    /// Runs a write; a unique or foreign-key violation that slipped past the checks (a concurrent writer)
    /// becomes a ``DomainError/conflict(_:)`` with `message`, never a server error.
    static func mapConstraint<T>(_ message: @autoclosure () -> String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.conflict(message())
        }
    }
}

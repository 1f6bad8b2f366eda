import Domain
import Foundation

/// A registration as its organisers see it.
struct RegistrationDTO: Encodable, Sendable {
    var id: String
    var eventId: String
    var name: String
    var email: String
    var status: String
    var waitlistPosition: Int?
    var attended: Bool
    var registeredAt: String

    init(_ registration: Registration) {
        id = registration.id.lowercasedString
        eventId = registration.eventID.lowercasedString
        name = registration.name
        email = registration.email
        status = registration.status.rawValue
        waitlistPosition = registration.waitlistPosition
        attended = registration.attended
        registeredAt = Timestamp.format(registration.createdAt)
    }
}

/// What the person registering is told.
struct RegistrationReceiptDTO: Encodable, Sendable {
    var id: String
    var status: String
    var waitlistPosition: Int?
}

struct RegistrationInput: Decodable, Sendable {
    var name: String?
    var email: String?
}

struct AttendanceInput: Decodable, Sendable {
    var attended: Bool?
}

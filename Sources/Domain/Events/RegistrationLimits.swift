import Foundation

/// How many anonymous registrations an install takes, so that a script cannot fill an event's places or mail
/// strangers through the confirmation email.
///
/// A place is held at once, without first confirming the address by mail: a person registering at the door or
/// on a phone sees their place straight away, and an event's organisers see who is coming. The limits bound
/// what a script can do instead: a few registrations per address an hour, and a steady rate per event that a
/// crowd of real people registering at once stays under. Staff registering people are not limited.
public struct RegistrationLimits: Sendable, Hashable {
    /// Registrations one client address may make within `addressWindow`.
    public var perAddress: Int
    public var addressWindow: TimeInterval
    /// Anonymous registrations one event takes within `eventWindow`.
    public var perEvent: Int
    public var eventWindow: TimeInterval

    public init(
        perAddress: Int = 10, addressWindow: TimeInterval = 3600, perEvent: Int = 60, eventWindow: TimeInterval = 600
    ) {
        self.perAddress = perAddress
        self.addressWindow = addressWindow
        self.perEvent = perEvent
        self.eventWindow = eventWindow
    }
}

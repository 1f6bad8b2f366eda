import Domain

/// Values of the domain shown by name — a partnership's kind, a status — are catalog messages under a prefix,
/// one per case: `partnership.kind.sister`.
extension Localizer {
    /// The name of `value` in this language: the message `prefix.rawValue`.
    func label<Value: RawRepresentable>(_ prefix: String, _ value: Value) -> String where Value.RawValue == String {
        self("\(prefix).\(value.rawValue)")
    }
}

/// Every prefix ``Localizer/label(_:_:)`` is used with and the cases it covers: the catalog tests check that
/// each has its message in every language.
enum LabelledValues {
    static let all: [String: [String]] = [
        "partnership.kind": PartnershipKind.allCases.map(\.rawValue),
        "partnership.status": PartnershipStatus.allCases.map(\.rawValue),
        "role": Role.allCases.map(\.rawValue),
        "partnership.focus": FocusArea.allCases.map(\.rawValue),
        "partnership.agreement.kind": AgreementKind.allCases.map(\.rawValue),
        "partnership.health.purposes": ExchangePurpose.allCases.map(\.rawValue),
        "organisations.kind": OrganisationKind.allCases.map(\.rawValue),
        "world.tieKind": TieKind.allCases.map(\.rawValue),
        "world.source": TwinFormat.allCases.map(\.rawValue),
        "events.kind": EventKind.allCases.map(\.rawValue),
        "edit.gift.party": GiftParty.Kind.allCases.map(\.rawValue),
        "volunteers.activity": VolunteerActivity.allCases.map(\.rawValue),
        "reports.memberStatus": Membership.Status.allCases.map(\.rawValue),
        "history.entity": AuditEntity.allCases.map(\.rawValue),
        "exchanges.role": Exchange.Member.Role.allCases.map(\.rawValue),
        "outbox.states": OutboxMessage.State.allCases.map(\.rawValue),
        "pledges.frequency": PledgeFrequency.allCases.map(\.rawValue),
        "pledges.often": PledgeFrequency.allCases.map(\.rawValue),
        "partnership.timeline.names": Anniversaries.westernNames,
    ]
}

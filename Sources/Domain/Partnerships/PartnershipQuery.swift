/// How to filter, sort and page a programme's partnerships.
public struct PartnershipQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        case established, establishedDescending = "-established", partnerName = "partner", country
    }

    public var page: PageRequest
    /// The partner city's country.
    public var countryCode: String?
    public var kind: PartnershipKind?
    public var status: PartnershipStatus?
    public var sort: Sort

    public init(
        page: PageRequest = .init(), countryCode: String? = nil, kind: PartnershipKind? = nil,
        status: PartnershipStatus? = nil, sort: Sort = .established
    ) {
        self.page = page
        self.countryCode = countryCode
        self.kind = kind
        self.status = status
        self.sort = sort
    }
}

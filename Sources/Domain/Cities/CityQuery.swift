/// How to filter, sort and page the list of cities.
public struct CityQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        case name, nameDescending = "-name", country, population = "-population"
    }

    public var page: PageRequest
    public var countryCode: String?
    /// Case-insensitive prefix of the name.
    public var namePrefix: String?
    public var sort: Sort

    public init(page: PageRequest = .init(), countryCode: String? = nil, namePrefix: String? = nil, sort: Sort = .name)
    {
        self.page = page
        self.countryCode = countryCode
        self.namePrefix = namePrefix
        self.sort = sort
    }
}

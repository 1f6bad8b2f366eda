/// Which page of a list to read: 1-based page number and page size.
public struct PageRequest: Sendable, Hashable {
    public static let maxLimit = 200
    public static let defaultLimit = 50

    public let page: Int
    public let limit: Int

    public init(page: Int = 1, limit: Int = PageRequest.defaultLimit) {
        self.page = max(1, page)
        self.limit = min(max(1, limit), Self.maxLimit)
    }

    public var offset: Int { (page - 1) * limit }
}

/// One page of a list and how many items the whole list has.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var request: PageRequest
    public var total: Int

    public init(items: [Item], request: PageRequest, total: Int) {
        self.items = items
        self.request = request
        self.total = total
    }

    public var pageCount: Int { max(1, (total + request.limit - 1) / request.limit) }
    public var hasNext: Bool { request.page < pageCount }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), request: request, total: total)
    }
}

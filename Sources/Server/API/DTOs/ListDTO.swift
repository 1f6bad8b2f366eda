import Domain

/// One page of a list.
struct ListDTO<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    var page: Int
    var limit: Int
    var total: Int
    var pageCount: Int

    init<Source>(_ page: Page<Source>, _ transform: (Source) -> Item) {
        items = page.items.map(transform)
        self.page = page.request.page
        limit = page.request.limit
        total = page.total
        pageCount = page.pageCount
    }
}

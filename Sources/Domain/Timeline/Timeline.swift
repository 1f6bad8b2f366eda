import Foundation

/// One moment in a partnership's life.
public struct TimelineEntry: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case founding, agreement, milestone, event, gift, news, ended
    }

    /// What the entry links to, if anything.
    public enum Subject: Sendable, Hashable {
        case agreement(UUID), gift(UUID), article(UUID), event(UUID)
    }

    public var date: PartialDate
    public var kind: Kind
    public var title: String
    public var detail: String?
    public var subject: Subject?
    /// A milestone still to come.
    public var isUpcoming: Bool
    /// The names a milestone year carries ("Diamond", "kanreki"); none for other entries.
    public var names: [AnniversaryName] = []
}

/// A partnership's story in order: its founding, its agreements, the milestone anniversaries it has
/// reached (and the next one), its gifts and its news.
public enum Timeline {
    public static func of(
        _ partnership: Partnership, agreements: [Agreement], gifts: [Gift], articles: [Article],
        events: [Event] = [], currentYear: Int
    ) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        if let established = partnership.established {
            entries.append(
                TimelineEntry(
                    date: established, kind: .founding,
                    title: "\(partnership.kind.label) tie established",
                    detail: "\(partnership.homeCity.name) and \(partnership.partnerCity.name)", subject: nil,
                    isUpcoming: false))
        }
        for agreement in agreements {
            guard let signed = agreement.signed else { continue }
            entries.append(
                TimelineEntry(
                    date: signed, kind: .agreement, title: agreement.kind.label,
                    detail: agreement.place.map { "Signed in \($0)" }, subject: .agreement(agreement.id),
                    isUpcoming: false))
        }
        let milestones = Anniversaries.of(partnership, in: 1...(currentYear + 100)).filter(\.isMilestone)
        let reached = milestones.filter { $0.year <= currentYear }
        let next = milestones.first { $0.year > currentYear }
        for anniversary in reached + (next.map { [$0] } ?? []) {
            entries.append(
                TimelineEntry(
                    date: anniversary.date, kind: .milestone,
                    title: "\(Anniversaries.ordinal(anniversary.number)) anniversary",
                    detail: anniversary.names.map { name in
                        [name.name, name.native].compactMap { $0 }.joined(separator: " ")
                    }.joined(separator: " · "),
                    subject: nil, isUpcoming: anniversary.year > currentYear, names: anniversary.names))
        }
        for event in events {
            let day = event.draft.day
            entries.append(
                TimelineEntry(
                    date: day, kind: .event, title: event.draft.title, detail: event.draft.kind.label,
                    subject: .event(event.id), isUpcoming: false))
        }
        for gift in gifts {
            guard let given = gift.given else { continue }
            entries.append(
                TimelineEntry(
                    date: given, kind: .gift, title: gift.title, detail: "Gift from \(gift.giver.name)",
                    subject: .gift(gift.id), isUpcoming: false))
        }
        for article in articles {
            guard let published = article.publishedAt, let day = PartialDate(utcDayOf: published) else { continue }
            entries.append(
                TimelineEntry(
                    date: day, kind: .news, title: article.title, detail: nil, subject: .article(article.id),
                    isUpcoming: false))
        }
        if partnership.status == .ended, let ended = partnership.ended {
            entries.append(
                TimelineEntry(
                    date: ended, kind: .ended, title: "Partnership ended", detail: nil, subject: nil,
                    isUpcoming: false))
        }
        let order: [TimelineEntry.Kind] = [.founding, .agreement, .milestone, .event, .gift, .news, .ended]
        return entries.enumerated().sorted { a, b in
            if a.element.date != b.element.date { return a.element.date < b.element.date }
            let ka = order.firstIndex(of: a.element.kind)!
            let kb = order.firstIndex(of: b.element.kind)!
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}

extension PartialDate {
    /// The UTC calendar day of a moment.
    public init?(utcDayOf date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

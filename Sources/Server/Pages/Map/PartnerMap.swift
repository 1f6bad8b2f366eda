import Domain
import Foundation

/// The programme's partner cities on a world map, drawn on the server: the bundled country outlines as
/// the background, an arc from the home city to each partner, each partner a link to its partnership.
enum PartnerMap {
    struct Marker {
        var name: String
        var url: String?
        var x: Double
        var y: Double

        init?(name: String, url: String?, coordinate: Coordinate?) {
            guard let coordinate else { return nil }
            let point = MapFrame.point(longitude: coordinate.longitude, latitude: coordinate.latitude)
            self.name = name
            self.url = url
            x = point.x
            y = point.y
        }
    }

    struct Model {
        var home: Marker?
        var partners: [Marker]
        var caption: String
        var t: Localizer
    }

    /// Where a label goes beside its dot: right, left, above or below, whichever overlaps nothing placed yet.
    struct Label {
        var x: Double
        var y: Double
        var anchor: String
    }

    static func view(_ model: Model) -> HTML {
        let f = WorldOutline.format
        let w = f(MapFrame.width)
        let h = f(MapFrame.height)
        let labels = place(model.partners + (model.home.map { [$0] } ?? []))
        return element("figure", [.class("world-map")]) {
            div(.class("map-scroll")) {
                element(
                    "svg",
                    [
                        .attr("viewBox", "0 0 \(w) \(h)"), .attr("role", "group"),
                        .attr("aria-label", model.caption), .attr("xmlns", "http://www.w3.org/2000/svg"),
                    ]
                ) {
                    element(
                        "image",
                        [
                            .attr("href", SiteURL.worldMap.path), .attr("width", w), .attr("height", h),
                            .attr("aria-hidden", "true"),
                        ])
                    if let home = model.home {
                        for partner in model.partners {
                            element("path", [.class("tie"), .attr("d", arc(from: home, to: partner))])
                        }
                    }
                    for (index, partner) in model.partners.enumerated() {
                        marker(partner, label: labels[index], home: false)
                    }
                    if let home = model.home { marker(home, label: labels[model.partners.count], home: true) }
                }
            }
            element("figcaption") {
                model.caption
                " "
                let (before, after) = model.t.around("map.outlines", "source")
                before
                a(.href("https://www.naturalearthdata.com/")) { verbatim("Natural Earth") }
                after
            }
        }
    }

    private static func marker(_ marker: Marker, label: Label, home: Bool) -> HTML {
        let f = WorldOutline.format
        let dot = element(
            "circle",
            [
                .class(home ? "home-dot" : "partner-dot"), .attr("cx", f(marker.x)), .attr("cy", f(marker.y)),
                .attr("r", home ? "6" : "5"),
            ])
        let text = element(
            "text",
            [
                .attr("x", f(label.x)), .attr("y", f(label.y)), .attr("text-anchor", label.anchor),
                .class(home ? "home-label" : "partner-label"),
            ]
        ) { marker.name }
        if let url = marker.url {
            return element("a", [.attr("href", url), .class("map-link")]) {
                dot
                text
            }
        }
        return element("g", [.class("map-home")]) {
            dot
            text
        }
    }

    /// A gentle arc, bowed towards the pole, as flight paths look on a world map.
    static func arc(from a: Marker, to b: Marker) -> String {
        let f = WorldOutline.format
        let mx = (a.x + b.x) / 2
        let my = (a.y + b.y) / 2
        let distance = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let lift = min(distance * 0.2, 80)
        return "M\(f(a.x)),\(f(a.y)) Q\(f(mx)),\(f(max(my - lift, 4))) \(f(b.x)),\(f(b.y))"
    }

    /// Greedy placement: each label takes the first side where its box meets no dot or earlier label.
    static func place(_ markers: [Marker]) -> [Label] {
        struct Box {
            var x0, y0, x1, y1: Double
            func overlaps(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
        }
        var taken = markers.map { Box(x0: $0.x - 5, y0: $0.y - 5, x1: $0.x + 5, y1: $0.y + 5) }
        var labels: [Label] = []
        for marker in markers {
            let width = Double(marker.name.count) * 6.6
            let options: [(Label, Box)] = [
                (
                    Label(x: marker.x + 8, y: marker.y + 4, anchor: "start"),
                    Box(x0: marker.x + 8, y0: marker.y - 8, x1: marker.x + 8 + width, y1: marker.y + 6)
                ),
                (
                    Label(x: marker.x - 8, y: marker.y + 4, anchor: "end"),
                    Box(x0: marker.x - 8 - width, y0: marker.y - 8, x1: marker.x - 8, y1: marker.y + 6)
                ),
                (
                    Label(x: marker.x, y: marker.y - 9, anchor: "middle"),
                    Box(x0: marker.x - width / 2, y0: marker.y - 21, x1: marker.x + width / 2, y1: marker.y - 7)
                ),
                (
                    Label(x: marker.x, y: marker.y + 19, anchor: "middle"),
                    Box(x0: marker.x - width / 2, y0: marker.y + 7, x1: marker.x + width / 2, y1: marker.y + 21)
                ),
            ]
            let inside = options.filter { $0.1.x0 >= 0 && $0.1.x1 <= MapFrame.width && $0.1.y0 >= 0 }
            let chosen =
                inside.first { option in !taken.contains { $0.overlaps(option.1) } } ?? inside.first ?? options[0]
            labels.append(chosen.0)
            taken.append(chosen.1)
        }
        return labels
    }
}

extension PartnerMap.Model {
    /// The home city and the partner cities listed on one page of the directory that have coordinates: a
    /// programme of ten ties sees them all, one of thousands sees the page it reads, never a map too dense to
    /// use or too slow to draw.
    init(programme: Programme, home: City?, page: Page<Partnership>, t: Localizer) {
        self.t = t
        self.home = home.flatMap {
            PartnerMap.Marker(name: $0.name(in: t.language), url: nil, coordinate: $0.coordinate)
        }
        partners = page.items.compactMap {
            PartnerMap.Marker(
                name: $0.partnerCity.name(in: t.language), url: SiteURL.partnership($0.id).path,
                coordinate: $0.partnerCity.coordinate)
        }
        let place = home?.name(in: t.language) ?? programme.name
        let count = page.items.count
        caption =
            page.total > count
            ? t("map.captionOfMany", count: count, ["place": place, "total": t.number(page.total)])
            : t("map.caption", count: count, ["place": place])
    }
}

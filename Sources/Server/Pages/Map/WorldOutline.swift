import Foundation

/// The countries of the world as one SVG, projected once from the bundled Natural Earth outlines
/// (`world-110m.txt`, derived by `scripts/generate-world-map.py`).
enum WorldOutline {
    /// A standalone SVG document of every country's outline, for `/assets/world-map.svg`.
    static func svg(from resource: String) -> String {
        var paths = ""
        for line in resource.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3 else { continue }
            var d = ""
            for ring in fields[2].split(separator: "|") {
                var first = true
                for pair in ring.split(separator: " ") {
                    let parts = pair.split(separator: ",")
                    guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else { continue }
                    let p = MapFrame.point(longitude: lon, latitude: lat)
                    d += (first ? "M" : "L") + format(p.x) + "," + format(p.y)
                    first = false
                }
                d += "Z"
            }
            // Codes and names come from the committed resource, never from a request; escaped all the same.
            paths +=
                "<path id=\"\(HTML.escape(String(fields[0])))\" d=\"\(d)\"><title>\(HTML.escape(String(fields[1])))</title></path>\n"
        }
        let w = format(MapFrame.width)
        let h = format(MapFrame.height)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(w) \(h)" width="\(w)" height="\(h)">
            <rect width="\(w)" height="\(h)" fill="#e8f0f6"/>
            <g fill="#f6f4ee" stroke="#b9c3cc" stroke-width="0.5" stroke-linejoin="round">
            \(paths)</g>
            </svg>

            """
    }

    /// One decimal: a tenth of a pixel at the map's own size.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? String(whole) : "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }
}

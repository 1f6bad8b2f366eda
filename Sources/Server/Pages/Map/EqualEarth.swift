import Foundation

/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): an equal-area world map whose
/// continents look as people expect them to, with straight parallels.
///
/// Coordinates come out in the map's own units: x in about ±2.7066, y in about ±1.3173, north up.
enum EqualEarth {
    private static let a1 = 1.340264
    private static let a2 = -0.081106
    private static let a3 = 0.000893
    private static let a4 = 0.003796
    private static let m = 3.0.squareRoot() / 2

    static func project(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
        let lambda = longitude * .pi / 180
        let phi = latitude * .pi / 180
        let theta = asin(m * sin(phi))
        let t2 = theta * theta
        let t6 = t2 * t2 * t2
        let x = 2 * 3.0.squareRoot() * lambda * cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
        let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        return (x, y)
    }
}

/// The frame every world map of the site is drawn in: 1000 units wide, from the north pole down to 58° S
/// (Antarctica is left out).
enum MapFrame {
    static let width = 1000.0
    static let scale = width / (2 * EqualEarth.project(longitude: 180, latitude: 0).x)
    static let top = EqualEarth.project(longitude: 0, latitude: 90).y
    static let height = ((top - EqualEarth.project(longitude: 0, latitude: -58).y) * scale).rounded()

    /// A point in the frame's pixels, origin at the top left.
    static func point(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
        let p = EqualEarth.project(longitude: longitude, latitude: latitude)
        return (width / 2 + p.x * scale, (top - p.y) * scale)
    }
}

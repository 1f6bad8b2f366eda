import Foundation

/// A horizontal bar chart drawn on the server as SVG: a label, a bar and its value on each line. Positions are
/// percentages of the chart's width, so it fills its container while the text keeps its size; it needs no
/// script, and says what it shows to a screen reader. The page keeps the figures in a table or list too.
enum BarChart {
    struct Bar {
        var label: String
        /// The bar's length, in any unit; only proportions count.
        var value: Int64
        /// What is written beside the bar: "USD 1,250.00", "12:30".
        var valueLabel: String
    }

    static let rowHeight = 30
    /// Where labels end, bars start and end, as percentages of the width; values sit at the right edge.
    static let labelEnd = 33.0
    static let barStart = 35.0
    static let barEnd = 62.0

    static func view(title: String, bars: [Bar]) -> HTML {
        let height = max(1, bars.count) * rowHeight + 4
        let largest = max(1, bars.map(\.value).max() ?? 1)
        return element("figure", [.class("chart")]) {
            element(
                "svg",
                [
                    .attr("width", "100%"), .attr("height", String(height)), .attr("role", "img"),
                    .attr(
                        "aria-label", "\(title): " + bars.map { "\($0.label) \($0.valueLabel)" }.joined(separator: "; ")
                    ),
                    .attr("xmlns", "http://www.w3.org/2000/svg"),
                ]
            ) {
                element("title") { title }
                for (index, bar) in bars.enumerated() {
                    let middle = index * rowHeight + rowHeight / 2 + 2
                    let share = bar.value <= 0 ? 0 : max(0.5, (barEnd - barStart) * Double(bar.value) / Double(largest))
                    element(
                        "text",
                        [
                            .class("chart-label"), .attr("x", percent(labelEnd)), .attr("y", String(middle + 5)),
                            .attr("text-anchor", "end"),
                        ]
                    ) { bar.label.count > 16 ? String(bar.label.prefix(15)) + "…" : bar.label }
                    element(
                        "rect",
                        [
                            .class("chart-bar"), .attr("x", percent(barStart)), .attr("y", String(middle - 9)),
                            .attr("width", percent(share)), .attr("height", "18"), .attr("rx", "3"),
                        ])
                    element(
                        "text",
                        [
                            .class("chart-value"), .attr("x", "100%"), .attr("y", String(middle + 5)),
                            .attr("text-anchor", "end"),
                        ]
                    ) { bar.valueLabel }
                }
            }
            element("figcaption") { title }
        }
    }

    private static func percent(_ value: Double) -> String {
        String(format: "%.2f%%", value)
    }
}

import Foundation

/// A table written as RFC 4180 CSV: UTF-8, a header row, CRLF line ends, a field quoted when it holds a comma,
/// a double quote, CR or LF, with its quotes doubled.
///
/// A text field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or CR) is
/// written with a leading apostrophe, as OWASP advises against CSV injection; numbers are written as they are.
struct CSVTable: Sendable {
    var header: [String]
    var rows: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "a CSV row must have one field per column")
        rows.append(row)
    }

    var text: String {
        var out = ""
        for row in [header] + rows {
            out += row.map(Self.field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(value) == nil
        {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Domain
import Foundation

/// Delivers mail into a folder, one RFC 5322 `.eml` file a message: for development and tests, where nothing
/// should leave the machine but every message should be there to read.
struct FolderMailer: Mailer {
    let directory: URL

    func deliver(_ message: OutboxMessage, from sender: String) async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = "\(Int(message.createdAt.timeIntervalSince1970))-\(message.id.lowercasedString).eml"
        try Data(Self.rfc5322(message, from: sender).utf8).write(to: directory.appendingPathComponent(name))
    }

    /// The message as it would travel: headers, a blank line, the body, CRLF line ends.
    static func rfc5322(_ message: OutboxMessage, from sender: String) -> String {
        let date = message.createdAt.formatted(
            Date.VerbatimFormatStyle(
                format:
                    "\(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) +0000",
                locale: Locale(identifier: "en_US_POSIX"), timeZone: TimeZone(identifier: "UTC")!,
                calendar: Calendar(identifier: .gregorian)))
        let headers = [
            "From: \(sender)", "To: \(message.to)", "Subject: \(encodedWord(message.subject))", "Date: \(date)",
            "Message-ID: <\(message.id.lowercasedString)@sistercities>", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + crlfLines(message.body) + "\r\n"
    }

    /// Every line end as CRLF, whatever it was: a bare CR or LF never reaches SMTP's DATA on its own, where a
    /// server might take it for a line end that the message did not mean.
    static func crlfLines(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                out.append(contentsOf: "\r\n".unicodeScalars)
                afterCR = true
                continue
            case "\n" where afterCR:
                break
            case "\n":
                out.append(contentsOf: "\r\n".unicodeScalars)
            default:
                out.append(scalar)
            }
            afterCR = false
        }
        return String(out)
    }

    /// RFC 2047: a subject with characters outside ASCII travels base64-encoded.
    static func encodedWord(_ text: String) -> String {
        guard !text.allSatisfy({ $0.isASCII && !$0.isNewline }) else { return text }
        return "=?utf-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }
}

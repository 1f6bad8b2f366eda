import ArgumentParser
import Foundation

/// `--smtp` and where its password comes from, shared by `serve` and `outbox send`. The password is read from
/// `--smtp-password-file`, else `$SISTERCITIES_SMTP_PASSWORD`, else the address itself: a file or the
/// environment keeps it out of the process list and shell history.
struct SMTPOptions: ParsableArguments {
    static let passwordVariable = "SISTERCITIES_SMTP_PASSWORD"

    @Option(
        help: ArgumentHelp(
            "Send mail by SMTP: smtp://[user@]host[:port] (a relay, or submission on 587 with STARTTLS) or smtps://… (TLS, port 465).",
            valueName: "url"))
    var smtp: String?
    @Option(
        help: ArgumentHelp(
            "A file holding the SMTP password (one line). Default: $\(passwordVariable), else the password in --smtp.",
            valueName: "path"))
    var smtpPasswordFile: String?

    /// The password to sign in to the SMTP server with, when one is given apart from the address.
    func password() throws -> String? {
        if let smtpPasswordFile {
            guard let data = FileManager.default.contents(atPath: smtpPasswordFile) else {
                throw ValidationError("--smtp-password-file: cannot read \(smtpPasswordFile).")
            }
            let text = String(decoding: data, as: UTF8.self)
            let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            guard !line.isEmpty else { throw ValidationError("--smtp-password-file: \(smtpPasswordFile) is empty.") }
            return line
        }
        if let value = ProcessInfo.processInfo.environment[Self.passwordVariable], !value.isEmpty { return value }
        return nil
    }
}

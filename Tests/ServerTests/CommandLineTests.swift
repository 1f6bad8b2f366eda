import Foundation
import Testing

/// The `sistercities` executable as an operator runs it.
@Suite struct CommandLineTests {
    /// The executable SwiftPM builds next to the test bundle.
    static let executable: URL? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("sistercities")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private static let launching = NSLock()

    func run(_ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try #require(Self.executable, "build the sistercities executable first (swift build)")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        // Foundation's `Process.run()` on Linux is not safe to call from several threads at once (a crash copying
        // its arguments was seen in CI when tests launched commands together): one launch at a time.
        try Self.launching.withLock { try process.run() }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func helpListsTheCommands() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("serve"))
        #expect(help.stdout.contains("migrate"))
        let serve = try run(["serve", "--help"])
        for option in ["--host", "--port", "--database", "--demo"] { #expect(serve.stdout.contains(option)) }
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func badDatabaseURLIsOneClearLine() throws {
        let result = try run(["migrate", "--database", "mysql://root@localhost/db"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("only postgres:// URLs and SQLite file paths are supported"))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func unreachablePostgresIsOneClearLine() throws {
        // Port 1 on loopback: nothing listens there.
        let result = try run(["migrate", "--database", "postgres://u:p@127.0.0.1:1/db?sslmode=disable"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("cannot connect to the database"))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func migrateCreatesTheSchema() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let result = try run(["migrate", "--database", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("up to date"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func portInUseIsOneClearLine() throws {
        // Hold a port, then ask the server to listen on it.
        let holder = try PortHolder()
        defer { holder.close() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let result = try run(["serve", "--port", String(holder.port), "--database", path, "--log-level", "critical"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the port is already in use"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func outOfRangePortIsRefused() throws {
        let result = try run(["serve", "--port", "70000"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--port must be between 1 and 65535"))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func outboxCommandsListAndSend() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("outbox.sqlite").path
        let empty = try run(["outbox", "list", "--database", database])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("The outbox is empty."))
        let nowhere = try run(["outbox", "send", "--database", database])
        #expect(nowhere.status != 0)
        #expect(nowhere.stderr.contains("give --smtp or --mail-dir"))
        let sent = try run([
            "outbox", "send", "--database", database, "--mail-dir", folder.appendingPathComponent("mail").path,
        ])
        #expect(sent.status == 0)
        #expect(sent.stdout.contains("Sent 0 messages; 0 waiting for a later attempt."))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func publicURLMustBeAWebAddress() throws {
        for bad in ["ftp://example.org", "example.org", "https://example.org/?a=b"] {
            let result = try run(["serve", "--public-url", bad])
            #expect(result.status != 0)
            #expect(result.stderr.contains("--public-url must be an http or https address"))
        }
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func usersJoinTheProgrammeTheyWillUseAndTokensExpire() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let demo = try run(
            ["users", "create", "admin@example.org", "--role", "admin", "--demo", "--database", path],
            input: "correct horse battery\n")
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("in “Boston Sister Cities”"))
        #expect(demo.stdout.contains("the one `serve --demo` serves"))
        // With the demo there, a user made without --demo joins the oldest programme, the demo: it says so.
        let plain = try run(
            ["users", "create", "staff@example.org", "--role", "staff", "--database", path],
            input: "correct horse battery\n")
        #expect(plain.stdout.contains("in “Boston Sister Cities”"), "\(plain.stderr)")
        let both = try run(
            [
                "users", "create", "x@example.org", "--role", "staff", "--demo", "--programme", UUID().uuidString,
                "--database", path,
            ])
        #expect(both.status != 0)
        #expect(both.stderr.contains("Give --programme or --demo, not both."))

        let badExpiry = try run(
            ["tokens", "create", "admin@example.org", "--name", "x", "--expires", "0", "--database", path])
        #expect(badExpiry.status != 0)
        #expect(badExpiry.stderr.contains("--expires must be a number of days from 1 to 3650, or never."))
        let forever = try run(
            ["tokens", "create", "admin@example.org", "--name", "mirror", "--expires", "never", "--database", path])
        #expect(forever.status == 0, "\(forever.stderr)")
        #expect(forever.stderr.contains("(never expires)"))
        let month = try run(["tokens", "create", "admin@example.org", "--name", "monthly", "--database", path])
        #expect(month.stderr.contains("(expires "))
        let list = try run(["tokens", "list", "admin@example.org", "--database", path])
        #expect(list.stdout.contains("active\tnever\tmirror"))
        #expect(list.stdout.split(separator: "\n").contains { $0.hasSuffix("\tmonthly") && !$0.contains("never") })
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func anUnreadableSMTPPasswordFileIsOneClearLine() throws {
        let result = try run([
            "outbox", "send", "--smtp", "smtp://relay@127.0.0.1:1", "--smtp-password-file",
            "/nonexistent/smtp-password",
            "--database", FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--smtp-password-file: cannot read /nonexistent/smtp-password."))
    }

    @Test(.enabled(if: executable != nil, "the sistercities executable is not built"))
    func smtpNeedsAPublicURL() throws {
        let result = try run(["serve", "--smtp", "smtp://127.0.0.1:2525"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--smtp needs --public-url"))
    }
}

/// A listening TCP socket on 127.0.0.1 with a port the kernel picked.
final class PortHolder {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}

@Suite struct MilestoneCommandTests {
    @Test(.enabled(if: CommandLineTests.executable != nil, "the sistercities executable is not built"))
    func milestonesCommandListsThemForScripts() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        // An empty install has none.
        let empty = try CommandLineTests().run(["milestones", "--from", "2029", "--to", "2030", "--database", path])
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout.contains("No milestone anniversaries from 2029 to 2030."))
        let bad = try CommandLineTests().run(["milestones", "--from", "2030", "--to", "2029", "--database", path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--to at most 100 after --from"))
    }

}

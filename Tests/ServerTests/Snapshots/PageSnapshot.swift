import Foundation
import Testing

/// A page's HTML held against the copy recorded beside this file (`__Snapshots__/<name>.html`), as a reviewer
/// reads it: one tag a line, ids and tokens that change from run to run replaced by stable names. A change to
/// a page then shows as a diff in review. `SISTERCITIES_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests`
/// records them anew; a missing copy is recorded and the test fails, so that nothing passes unseen.
enum PageSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["SISTERCITIES_RECORD_SNAPSHOTS"] == "1" }

    /// The page with a line break between tags, each UUID named by its order of appearance (`uuid-1`, …) and
    /// the CSRF tokens and ETags blanked.
    static func normalized(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "><", with: ">\n<")
        text = text.replacing(#/name="csrf_token" value="[^"]*"/#) { _ in #"name="csrf_token" value="…""# }
        var names: [String: String] = [:]
        text = text.replacing(#/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/#) {
            match in
            let id = String(match.output).lowercased()
            if let name = names[id] { return name }
            let name = "uuid-\(names.count + 1)"
            names[id] = name
            return name
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// Records an issue when `html` differs from the recorded copy `name`, naming the first line that differs.
    static func expect(_ html: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let page = normalized(html)
        let file = folder.appendingPathComponent("\(name).html")
        guard !isRecording, let recorded = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try page.write(to: file, atomically: true, encoding: .utf8)
            if !isRecording {
                Issue.record(
                    "recorded the snapshot \(name).html: read it, commit it, and run again",
                    sourceLocation: sourceLocation)
            }
            return
        }
        guard recorded != page else { return }
        let (old, new) = (
            recorded.split(separator: "\n", omittingEmptySubsequences: false),
            page.split(separator: "\n", omittingEmptySubsequences: false)
        )
        let line =
            zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record(
            """
            the page differs from \(name).html at line \(line + 1):
              recorded: \(line < old.count ? String(old[line]) : "(end)")
              now:      \(line < new.count ? String(new[line]) : "(end)")
            If the change is meant, record again: SISTERCITIES_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests
            """, sourceLocation: sourceLocation)
    }
}

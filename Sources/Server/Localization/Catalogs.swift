import Foundation

/// Every language the site speaks: the catalogs shipped in `Resources/Messages`, read once per process.
/// Adding a language is adding a folder of catalogs; no code changes.
struct Catalogs: Sendable {
    /// By language tag.
    let byLanguage: [String: MessageCatalog]

    /// The language every other one falls back to, and whose catalog is complete by definition.
    static let base = "en"

    /// The catalogs of this build.
    static let shipped: Catalogs = {
        do {
            return try Catalogs(directory: Bundle.module.url(forResource: "Messages", withExtension: nil))
        } catch {
            fatalError("the message catalogs of this build cannot be read: \(error)")
        }
    }()

    /// One localizer per language, made once: a request picks its own rather than building one (and its
    /// Foundation `Locale`) anew.
    private var localizers: [String: Localizer] = [:]

    /// The languages readers can choose, the base first, then by tag.
    let languages: [String]

    init(byLanguage: [String: MessageCatalog]) {
        self.byLanguage = byLanguage
        languages = [Self.base] + byLanguage.keys.filter { $0 != Self.base }.sorted()
        localizers = Dictionary(uniqueKeysWithValues: languages.map { ($0, Localizer(language: $0, catalogs: self)) })
    }

    /// The localizer of one of ``languages`` (as ``language(_:)`` writes it).
    func localizer(_ language: String) -> Localizer {
        localizers[language] ?? Localizer(language: language, catalogs: self)
    }

    init(directory: URL?) throws {
        guard let directory else { throw MessageCatalog.Invalid(file: "Messages", reason: "missing") }
        let manager = FileManager.default
        var byLanguage: [String: MessageCatalog] = [:]
        for language in try manager.contentsOfDirectory(atPath: directory.path) where !language.hasPrefix(".") {
            let folder = directory.appendingPathComponent(language)
            let files = try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
                .map { folder.appendingPathComponent($0) }
            byLanguage[language] = try MessageCatalog(language: language, files: files)
        }
        self.init(byLanguage: byLanguage)
    }

    /// Whether `tag` is one of them (case-insensitively); the tag as the site writes it.
    func language(_ tag: String) -> String? {
        languages.first { $0.caseInsensitiveCompare(tag) == .orderedSame }
    }

    /// The catalogs to look a message up in for `language`: its own, those of its shorter tags ("pt-BR",
    /// "pt"), then the base.
    func chain(for language: String) -> [MessageCatalog] {
        var chain: [MessageCatalog] = []
        var subtags = language.split(separator: "-").map(String.init)
        while !subtags.isEmpty {
            if let catalog = byLanguage[subtags.joined(separator: "-")] { chain.append(catalog) }
            subtags.removeLast()
        }
        if language != Self.base, let base = byLanguage[Self.base] { chain.append(base) }
        return chain
    }
}

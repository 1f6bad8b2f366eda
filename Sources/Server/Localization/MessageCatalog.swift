import Domain
import Foundation

/// The interface text of one language, as translators keep it: i18next JSON (format v4), one file per part
/// of the site (`Resources/Messages/<language>/<part>.json`). Keys nest as objects (`{"nav": {"events": …}}`
/// is `nav.events`); a message that varies with a number has one key per CLDR plural category
/// (`count_one`, `count_other`); `{{name}}` stands for a value filled in when the message is used.
struct MessageCatalog: Sendable {
    /// The BCP 47 tag of the language ("en", "ja", "pt-BR").
    let language: String
    /// Every message by its full key, plural forms under `key_category`.
    let messages: [String: String]

    init(language: String, messages: [String: String]) {
        self.language = language
        self.messages = messages
    }

    struct Invalid: Error, CustomStringConvertible {
        let file: String
        let reason: String
        var description: String { "\(file): \(reason)" }
    }

    /// Reads the part files of one language and joins them; two parts may not define one key.
    init(language: String, files: [URL]) throws {
        var messages: [String: String] = [:]
        for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: file))
            guard let root = object as? [String: Any] else {
                throw Invalid(file: file.lastPathComponent, reason: "the file must hold one JSON object")
            }
            try Self.flatten(root, prefix: "", into: &messages, file: file.lastPathComponent)
        }
        self.init(language: language, messages: messages)
    }

    private static func flatten(
        _ object: [String: Any], prefix: String, into messages: inout [String: String], file: String
    ) throws {
        for (name, value) in object {
            let key = prefix.isEmpty ? name : prefix + "." + name
            switch value {
            case let text as String:
                guard messages.updateValue(text, forKey: key) == nil else {
                    throw Invalid(file: file, reason: "\(key) is defined twice")
                }
            case let nested as [String: Any]:
                try flatten(nested, prefix: key, into: &messages, file: file)
            default:
                throw Invalid(file: file, reason: "\(key) must be text or an object of messages")
            }
        }
    }

    /// The message of `key`, or for a count, the form of its plural category (falling back to `other`).
    func message(_ key: String, count: Int?) -> String? {
        guard let count else { return messages[key] }
        let category = PluralCategory.of(count, language: language)
        return messages["\(key)_\(category.rawValue)"] ?? messages["\(key)_other"]
    }

    /// The keys as the code uses them: plural forms under the key they belong to.
    var baseKeys: Set<String> {
        Set(
            messages.keys.map { key in
                for category in PluralCategory.allCases where key.hasSuffix("_" + category.rawValue) {
                    return String(key.dropLast(category.rawValue.count + 1))
                }
                return key
            })
    }
}

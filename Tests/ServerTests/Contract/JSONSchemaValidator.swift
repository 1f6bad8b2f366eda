import Foundation

/// A JSON Schema (2020-12, as OpenAPI 3.1 uses it) validator over the values `JSONSerialization` makes.
///
/// It knows the keywords `openapi.json` uses and refuses any other (a schema keyword it would silently skip is a
/// check that never runs): `type` (one or an array), `properties`, `required`, `additionalProperties`,
/// `propertyNames`, `minProperties`/`maxProperties`, `items`, `minItems`/`maxItems`, `uniqueItems`, `enum`, `const`,
/// `$ref` (local `#/…` pointers, into `root`), `anyOf`/`oneOf`/`allOf`/`not`, `if`/`then`/`else`, `format`
/// (`uuid`, `date-time`, `date`, `uri`, `uri-reference`; `binary` is not JSON), `minimum`/`maximum` and their
/// exclusive forms, `multipleOf`, `minLength`/`maxLength` (in Unicode scalars) and `pattern` (a search, not anchored).
struct JSONSchemaValidator: Sendable {
    /// One way the instance breaks the schema: where (an RFC 6901 pointer into the instance) and what.
    struct Failure: Equatable, Sendable, CustomStringConvertible {
        let pointer: String
        let message: String
        var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
    }

    /// The document `$ref`s point into.
    nonisolated(unsafe) let root: Any

    init(root: Any) { self.root = root }

    /// Every failure of `instance` against `schema`; empty when it conforms.
    func validate(_ instance: Any, against schema: Any) -> [Failure] {
        var failures: [Failure] = []
        check(instance, schema, at: "", into: &failures, depth: 0)
        return failures
    }

    /// The schema at a local reference such as `#/components/schemas/City`.
    func resolve(_ reference: String) -> Any? {
        guard reference == "#" || reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) where !token.isEmpty
        {
            let key = (token.removingPercentEncoding ?? String(token))
                .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let object = node as? [String: Any], let next = object[key] {
                node = next
            } else if let array = node as? [Any], let index = Int(key), array.indices.contains(index) {
                node = array[index]
            } else {
                return nil
            }
        }
        return node
    }

    // MARK: - Values

    /// What kind of JSON value `value` is: "null", "boolean", "integer", "number", "string", "array" or "object".
    /// `JSONSerialization` answers booleans as `NSNumber` (and on Linux `1 is Bool` holds), so a boolean is told
    /// apart by its Objective-C type code `c`, which only booleans carry.
    static func kind(of value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return "boolean" }
            let double = number.doubleValue
            return double.isFinite && double.rounded(.towardZero) == double ? "integer" : "number"
        default: return "unknown \(type(of: value))"
        }
    }

    static func pointer(_ base: String, _ token: String) -> String {
        base + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// JSON equality (`enum`, `const`, `uniqueItems`): booleans are not numbers, 1 equals 1.0.
    static func equal(_ a: Any, _ b: Any) -> Bool {
        let kindA = kind(of: a)
        let kindB = kind(of: b)
        let numeric: Set<String> = ["integer", "number"]
        guard kindA == kindB || (numeric.contains(kindA) && numeric.contains(kindB)) else { return false }
        switch a {
        case is NSNull: return true
        case let string as String: return string == b as? String
        case let number as NSNumber:
            guard let other = b as? NSNumber else { return false }
            return kindA == "boolean" ? number.boolValue == other.boolValue : number.doubleValue == other.doubleValue
        case let array as [Any]:
            guard let other = b as? [Any], other.count == array.count else { return false }
            return zip(array, other).allSatisfy { equal($0, $1) }
        case let object as [String: Any]:
            guard let other = b as? [String: Any], Set(other.keys) == Set(object.keys) else { return false }
            return object.allSatisfy { key, value in other[key].map { equal(value, $0) } ?? false }
        default: return false
        }
    }

    static func render(_ value: Any) -> String {
        if let string = value as? String { return "\"\(string)\"" }
        if kind(of: value) == "boolean", let number = value as? NSNumber { return number.boolValue ? "true" : "false" }
        if JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        {
            let text = String(decoding: data, as: UTF8.self)
            return text.count > 120 ? String(text.prefix(117)) + "…" : text
        }
        return "\(value)"
    }

    // MARK: - Keywords

    /// Keywords that only annotate: they never make an instance fail.
    static let annotations: Set<String> = [
        "description", "title", "examples", "example", "default", "deprecated", "readOnly", "writeOnly",
        "contentMediaType", "contentEncoding", "$comment", "$schema", "$id", "externalDocs", "xml", "discriminator",
    ]

    static let keywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "propertyNames", "minProperties", "maxProperties",
        "items", "minItems", "maxItems", "uniqueItems", "enum", "const", "$ref", "anyOf", "oneOf", "allOf", "not",
        "if", "then", "else", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern",
    ]

    private func check(_ value: Any, _ schema: Any, at pointer: String, into failures: inout [Failure], depth: Int) {
        func fail(_ message: String) { failures.append(Failure(pointer: pointer, message: message)) }
        if let flag = schema as? Bool {
            if !flag { fail("no value is allowed here") }
            return
        }
        guard let schema = schema as? [String: Any] else { return fail("the schema is not an object") }
        guard depth < 64 else { return fail("the schema's $refs nest more than 64 deep") }
        for keyword in schema.keys where !Self.keywords.contains(keyword) && !Self.annotations.contains(keyword) {
            fail("the validator does not know the schema keyword \"\(keyword)\"")
        }

        if let reference = schema["$ref"] as? String {
            if let target = resolve(reference) {
                check(value, target, at: pointer, into: &failures, depth: depth + 1)
            } else {
                fail("the schema's $ref \(reference) points at nothing")
            }
        }

        let kind = Self.kind(of: value)
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            let matches = allowed.contains(kind) || (kind == "integer" && allowed.contains("number"))
            if !matches {
                // The other keywords describe a value of the right type: one failure says it all.
                return fail("is \(kind) \(Self.render(value)), expected \(allowed.joined(separator: " or "))")
            }
        }
        if let values = schema["enum"] as? [Any], !values.contains(where: { Self.equal(value, $0) }) {
            fail("\(Self.render(value)) is not one of \(values.map(Self.render).joined(separator: ", "))")
        }
        if let constant = schema["const"], !Self.equal(value, constant) {
            fail("\(Self.render(value)) is not \(Self.render(constant))")
        }
        combinators(value, schema, at: pointer, into: &failures, depth: depth)

        switch value {
        case let object as [String: Any]: checkObject(object, schema, at: pointer, into: &failures, depth: depth)
        case let array as [Any]: checkArray(array, schema, at: pointer, into: &failures, depth: depth)
        case let string as String: checkString(string, schema, into: fail)
        case let number as NSNumber where kind != "boolean": checkNumber(number, schema, into: fail)
        default: break
        }
    }

    private func combinators(
        _ value: Any, _ schema: [String: Any], at pointer: String, into failures: inout [Failure], depth: Int
    ) {
        if let all = schema["allOf"] as? [Any] {
            for part in all { check(value, part, at: pointer, into: &failures, depth: depth + 1) }
        }
        for keyword in ["anyOf", "oneOf"] {
            guard let branches = schema[keyword] as? [Any] else { continue }
            let results = branches.map { validate(value, against: $0, depth: depth + 1) }
            let passing = results.filter(\.isEmpty).count
            if keyword == "anyOf" ? passing == 0 : passing != 1 {
                if passing > 1 {
                    failures.append(Failure(pointer: pointer, message: "matches \(passing) branches of oneOf, not one"))
                } else {
                    // The closest branch is the one whose failures are not just "wrong type here".
                    let closest = results.enumerated().min { rank($0.element, pointer) < rank($1.element, pointer) }
                    let detail = closest.map {
                        "; closest is #\($0.offset): " + $0.element.map(\.description).joined(separator: "; ")
                    }
                    failures.append(
                        Failure(pointer: pointer, message: "matches no branch of \(keyword)\(detail ?? "")"))
                }
            }
        }
        if let negated = schema["not"], validate(value, against: negated, depth: depth + 1).isEmpty {
            failures.append(Failure(pointer: pointer, message: "matches the schema under \"not\""))
        }
        if let condition = schema["if"] {
            let branch = validate(value, against: condition, depth: depth + 1).isEmpty ? schema["then"] : schema["else"]
            if let branch { check(value, branch, at: pointer, into: &failures, depth: depth + 1) }
        }
    }

    private func validate(_ value: Any, against schema: Any, depth: Int) -> [Failure] {
        var failures: [Failure] = []
        check(value, schema, at: "", into: &failures, depth: depth)
        return failures
    }

    /// Orders a branch's failures for "closest": a type mismatch at the value itself ranks last.
    private func rank(_ failures: [Failure], _ pointer: String) -> Int {
        failures.contains { $0.pointer.isEmpty && $0.message.contains(", expected ") } ? 1_000_000 : failures.count
    }

    private func checkObject(
        _ object: [String: Any], _ schema: [String: Any], at pointer: String, into failures: inout [Failure], depth: Int
    ) {
        func fail(_ message: String) { failures.append(Failure(pointer: pointer, message: message)) }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        if let required = schema["required"] as? [String] {
            for key in required where object[key] == nil { fail("the required property \"\(key)\" is missing") }
        }
        if let count = schema["maxProperties"] as? Int, object.count > count {
            fail("has \(object.count) properties, at most \(count) allowed")
        }
        if let count = schema["minProperties"] as? Int, object.count < count {
            fail("has \(object.count) properties, at least \(count) needed")
        }
        for key in object.keys.sorted() {
            let value = object[key]!
            let child = Self.pointer(pointer, key)
            if let names = schema["propertyNames"] {
                for failure in validate(key, against: names, depth: depth + 1) {
                    failures.append(Failure(pointer: child, message: "the property name: \(failure.message)"))
                }
            }
            if let property = properties[key] {
                check(value, property, at: child, into: &failures, depth: depth + 1)
            } else if let additional = schema["additionalProperties"] {
                if (additional as? Bool) == false {
                    failures.append(Failure(pointer: child, message: "the property \"\(key)\" is not in the schema"))
                } else {
                    check(value, additional, at: child, into: &failures, depth: depth + 1)
                }
            }
        }
    }

    private func checkArray(
        _ array: [Any], _ schema: [String: Any], at pointer: String, into failures: inout [Failure], depth: Int
    ) {
        func fail(_ message: String) { failures.append(Failure(pointer: pointer, message: message)) }
        if let count = schema["maxItems"] as? Int, array.count > count {
            fail("has \(array.count) items, at most \(count) allowed")
        }
        if let count = schema["minItems"] as? Int, array.count < count {
            fail("has \(array.count) items, at least \(count) needed")
        }
        if (schema["uniqueItems"] as? Bool) == true {
            for (index, item) in array.enumerated() where array[..<index].contains(where: { Self.equal($0, item) }) {
                fail("item \(index) repeats an earlier item")
            }
        }
        if let items = schema["items"] {
            for (index, item) in array.enumerated() {
                check(item, items, at: Self.pointer(pointer, String(index)), into: &failures, depth: depth + 1)
            }
        }
    }

    private func checkString(_ string: String, _ schema: [String: Any], into fail: (String) -> Void) {
        let length = string.unicodeScalars.count
        if let limit = schema["maxLength"] as? Int, length > limit {
            fail("is \(length) characters long, at most \(limit) allowed")
        }
        if let limit = schema["minLength"] as? Int, length < limit {
            fail("is \(length) characters long, at least \(limit) needed")
        }
        if let pattern = schema["pattern"] as? String {
            if let regex = RegexCache.shared.regex(pattern) {
                let range = NSRange(string.startIndex..., in: string)
                if regex.firstMatch(in: string, range: range) == nil {
                    fail("\(Self.render(string)) does not match the pattern \(pattern)")
                }
            } else {
                fail("the schema's pattern \(pattern) does not compile")
            }
        }
        if let format = schema["format"] as? String, let problem = Formats.problem(string, format) {
            fail("\(Self.render(string)) is not a \(format): \(problem)")
        }
    }

    private func checkNumber(_ number: NSNumber, _ schema: [String: Any], into fail: (String) -> Void) {
        let value = number.doubleValue
        if let limit = (schema["minimum"] as? NSNumber)?.doubleValue, value < limit {
            fail("\(number) is below \(limit)")
        }
        if let limit = (schema["maximum"] as? NSNumber)?.doubleValue, value > limit {
            fail("\(number) is above \(limit)")
        }
        if let limit = (schema["exclusiveMinimum"] as? NSNumber)?.doubleValue, value <= limit {
            fail("\(number) is not above \(limit)")
        }
        if let limit = (schema["exclusiveMaximum"] as? NSNumber)?.doubleValue, value >= limit {
            fail("\(number) is not below \(limit)")
        }
        if let step = (schema["multipleOf"] as? NSNumber)?.doubleValue, step > 0 {
            let quotient = value / step
            if abs(quotient - quotient.rounded()) > 1e-9 { fail("\(number) is not a multiple of \(step)") }
        }
    }
}

/// `format`s, asserted (JSON Schema leaves that to the validator; the document means them).
enum Formats {
    /// Why `string` is not of `format`, or nil when it is (or the format says nothing about JSON text).
    static func problem(_ string: String, _ format: String) -> String? {
        switch format {
        case "uuid":
            return UUID(uuidString: string) != nil && string.count == 36 ? nil : "not a UUID"
        case "date":
            return isDate(string) ? nil : "not a full date YYYY-MM-DD that exists"
        case "date-time":
            return isDateTime(string) ? nil : "not an RFC 3339 date-time"
        case "uri":
            guard let url = URL(string: string), url.scheme != nil, !string.contains(" ") else {
                return "not an absolute URI"
            }
            return url.scheme!.isEmpty ? "not an absolute URI" : nil
        case "uri-reference":
            return URL(string: string) != nil && !string.contains(" ") ? nil : "not a URI reference"
        case "binary", "byte", "int32", "int64", "float", "double", "password", "email": return nil
        default: return "the validator does not know the format"
        }
    }

    static func isDate(_ string: String) -> Bool {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard string.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    static func isDateTime(_ string: String) -> Bool {
        let pattern =
            #"^([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"#
        guard let regex = RegexCache.shared.regex(pattern),
            let match = regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)),
            let date = Range(match.range(at: 1), in: string)
        else { return false }
        return isDate(String(string[date]))
    }
}

/// Compiled patterns, shared by every test (they run in parallel).
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }
}

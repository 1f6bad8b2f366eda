import Domain
import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body: the only way a browser without scripts sends a file.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var body: ByteBuffer
    }

    /// An image and its form fields, with room to spare for the fields and the part headers.
    static let maxBodySize = ImageUpload.maxBytes + 256 * 1024

    private(set) var parts: [Part] = []

    /// Whether a `Content-Type` header names a multipart form.
    static func isMultipart(_ contentType: String?) -> Bool {
        contentType?.lowercased().hasPrefix("multipart/form-data") == true
    }

    /// Parses the body; throws ``RequestError/malformedBody(_:)`` when it is not the multipart form it says.
    init(_ buffer: ByteBuffer, contentType: String) throws {
        guard let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty, boundary.count <= 200
        else { throw RequestError.malformedBody("a multipart/form-data body needs a boundary") }
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var body = ByteBuffer()
        parser.onHeader = { name, value in headers.append((name.lowercased(), value)) }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0 == "content-disposition" }?.1 ?? ""
            if let name = Self.parameter("name", in: disposition) {
                parts.append(
                    Part(
                        name: name, filename: Self.parameter("filename", in: disposition),
                        contentType: headers.first { $0.0 == "content-type" }?.1, body: body))
            }
            headers = []
            body = ByteBuffer()
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw RequestError.malformedBody("the multipart/form-data body could not be read")
        }
        self.parts = parts
    }

    /// The text of the first field called `name`.
    func value(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(buffer: $0.body) }
    }

    /// The first file field called `name` that carries a file.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil && $0.body.readableBytes > 0 }
    }

    /// A parameter of a header value: `boundary` of `multipart/form-data; boundary=xyz`, `name` of
    /// `form-data; name="image"; filename="a.jpg"`.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}

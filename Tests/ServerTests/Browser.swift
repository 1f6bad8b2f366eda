import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// A cookie jar and the sign-in form, as a browser uses them.
struct Browser {
    let app: TestApp
    var cookies: [String: String] = [:]
    var forwardedFor = "203.0.113.7"

    init(_ app: TestApp) {
        self.app = app
    }

    /// Sends a request with the jar's cookies and keeps the cookies the response sets.
    mutating func send(
        _ method: HTTPRequest.Method, _ path: String, form: [String: String]? = nil, headers: HTTPFields = [:],
        body raw: ByteBuffer? = nil
    ) async throws -> TestResponse {
        var headers = headers
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        headers[HTTPField.Name("X-Forwarded-For")!] = forwardedFor
        var body = raw
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            let encoded = form.sorted { $0.key < $1.key }.map { key, value in
                "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            }
            body = ByteBuffer(string: encoded.joined(separator: "&"))
        }
        let response = try await app.client.execute(uri: path, method: method, headers: headers, body: body)
        for cookie in response.headers[values: .setCookie] {
            let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || cookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return response
    }

    /// The `csrf_token` of the first form in a page.
    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf_token" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Signs in through the form; answers the sign-in response.
    @discardableResult
    mutating func signIn(_ email: String, _ password: String = "correct horse battery") async throws -> TestResponse {
        let page = try await send(.get, "/login")
        let token = try #require(Self.csrfToken(in: page.text))
        return try await send(.post, "/login", form: ["email": email, "password": password, "csrf_token": token])
    }

    /// The session's CSRF token, read from the staff dashboard.
    mutating func sessionCSRF() async throws -> String {
        let page = try await send(.get, "/staff")
        return try #require(Self.csrfToken(in: page.text))
    }
}

/// A `multipart/form-data` body as a browser sends a form with a file.
struct MultipartBody {
    let boundary = "----sistercities\(UUID().uuidString)"
    var fields: [(name: String, value: String)] = []
    var file: (name: String, filename: String, type: String, bytes: [UInt8])?

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    var buffer: ByteBuffer {
        var out = ByteBuffer()
        for field in fields {
            out.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n\(field.value)\r\n")
        }
        if let file {
            out.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\n"
                    + "Content-Type: \(file.type)\r\n\r\n")
            out.writeBytes(file.bytes)
            out.writeString("\r\n")
        }
        out.writeString("--\(boundary)--\r\n")
        return out
    }
}

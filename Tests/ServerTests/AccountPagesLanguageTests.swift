import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// The account and office pages in Japanese when the browser asks for it.
@Suite struct AccountPagesLanguageTests {
    static let japanese = LanguageTests.accepting("ja")

    @Test func accountPagesSpeakJapanese() async throws {
        try await withApp { app async throws in
            var admin = Browser(app)
            try await admin.signIn("admin@example.org")
            let password = try await admin.send(.get, "/staff/password", headers: Self.japanese)
            #expect(password.status == .ok)
            #expect(password.text.contains(#"<html lang="ja">"#))
            #expect(password.text.contains("<h1>パスワードの変更</h1>"))
            #expect(password.text.contains("現在のパスワード"))
            #expect(!password.text.contains("Current password"))

            let tokens = try await admin.send(.get, "/staff/tokens", headers: Self.japanese)
            #expect(tokens.text.contains(#"<html lang="ja">"#))
            #expect(tokens.text.contains("<h1>APIトークン</h1>"))
            #expect(tokens.text.contains("あなたのトークン"))
            #expect(tokens.text.contains("無期限（無効にするまで）"))

            let users = try await admin.send(.get, "/staff/users", headers: Self.japanese)
            #expect(users.text.contains(#"<html lang="ja">"#))
            #expect(users.text.contains("<h1>ユーザー</h1>"))
            #expect(users.text.contains("新しいユーザー"))
            #expect(users.text.contains("管理者") || users.text.contains("権限"))
        }
    }

    @Test func officePagesSpeakJapanese() async throws {
        try await withApp { app async throws in
            var admin = Browser(app)
            try await admin.signIn("admin@example.org")
            let members = try await admin.send(.get, "/staff/members", headers: Self.japanese)
            #expect(members.status == .ok)
            #expect(members.text.contains(#"<html lang="ja">"#))
            #expect(members.text.contains("<h1>会員</h1>"))
            #expect(members.text.contains("会員種別を追加"))

            let pledges = try await admin.send(.get, "/staff/pledges", headers: Self.japanese)
            #expect(pledges.text.contains("<h1>寄付の約束と定期寄付</h1>"))
            #expect(pledges.text.contains("四半期ごと"))

            let contributions = try await admin.send(.get, "/staff/contributions", headers: Self.japanese)
            #expect(contributions.text.contains("<h1>寄付</h1>"))
            #expect(contributions.text.contains("記録して領収書を発行"))

            let outbox = try await admin.send(.get, "/staff/outbox", headers: Self.japanese)
            #expect(outbox.text.contains("<h1>送信済みメール</h1>"))
        }
    }

    @Test func receiptsAndStatementsSpeakJapanese() async throws {
        try await withApp { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let donor = try #require(person["id"] as? String)
            let created = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","amount":{"amount":"250.00","currency":"USD"},"received":"2026-03-14"}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            var admin = Browser(app)
            try await admin.signIn("admin@example.org")
            let receipt = try await admin.send(.get, "/contributions/\(id)/receipt", headers: Self.japanese)
            #expect(receipt.status == .ok)
            #expect(receipt.text.contains(#"<html lang="ja">"#))
            #expect(receipt.text.contains("領収書 FY2026-0001"))
            #expect(receipt.text.contains("2026年3月14日"))
            #expect(receipt.text.contains("プログラムの一般会計"))
            let statement = try await admin.send(
                .get, "/staff/contributions/statement?donor=\(donor)&fiscalYear=2026", headers: Self.japanese)
            #expect(statement.status == .ok)
            #expect(statement.text.contains("年間寄付証明書（FY2026）"))
            #expect(statement.text.contains("合計（USD）"))
        }
    }
}

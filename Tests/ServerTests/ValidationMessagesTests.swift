import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// Every rule the domain checks has a wording in each language: a form shows its errors in the reader's
/// language, while the API keeps the English messages its clients rely on.
@Suite struct ValidationMessagesTests {
    /// How many cases `FieldIssue.Rule` has. A new rule fails to compile in ``name(_:)`` until it is named
    /// there, and then fails ``everyRuleHasASample`` until a sample of it is added to ``samples``.
    static let ruleCount = 52

    /// One sample or more of every rule (every kind of list, record and unit too).
    static let samples: [FieldIssue.Rule] =
        [
            .required, .tooLong(max: 300), .tooShort(min: 8), .noNUL, .oneLine, .email, .webURL,
            .personUnavailable, .noSuchCity(nil), .noSuchCity(UUID()),
            .languageTag("jp_JP", examples: ["ja", "zh-Hant"]),
            .languageTag(nil, examples: ["ja"]), .languageTag("english", examples: ["en", "ja"]), .languageSetting,
            .timeZone("Tokyo"), .countryCode("JPN"), .day, .notInFuture, .expiryDays(max: 365), .positive,
            .notNegative, .afterStart, .notBeforeStart, .notBeforeFirstDay, .withinADayOfStart, .withinAYearOfStart,
            .notBeforeEstablished(PartialDate(year: 1959, month: 5)!), .endedStatus, .timeZoneNeeded, .monthPart,
            .correctionNeedsNote, .instalmentsNeedFrequency, .partnershipCity, .otherPartnershipCity,
            .cityPartnersItself, .sameCountry(partner: "Osaka", home: "Kyoto"), .personNeedsName, .geoNamesID,
            .wikidataID, .notTranslated(fields: ["title", "description"]), .imageEmpty, .imageTooLarge(size: "6.2 MB"),
            .imageType, .imageMismatch(sniffed: "image/png", declared: "image/jpeg"), .commonPassword,
            .passwordIsEmail, .dateTime, .localTimeNeedsZone, .role, .currentPassword, .missing, .endNeeded,
        ]
        + FieldIssue.Rule.Counted.allCases.map { .tooMany(max: 50, $0) }
        + FieldIssue.Rule.Record.allCases.map { .notInProgramme($0) }
        + FieldIssue.Rule.Unit.allCases.map { .range(from: 1, to: 1440, $0) }

    /// The case's name, whatever its values.
    static func name(_ rule: FieldIssue.Rule) -> String {
        switch rule {
        case .required: "required"
        case .tooLong: "tooLong"
        case .tooShort: "tooShort"
        case .noNUL: "noNUL"
        case .oneLine: "oneLine"
        case .email: "email"
        case .webURL: "webURL"
        case .tooMany: "tooMany"
        case .notInProgramme: "notInProgramme"
        case .personUnavailable: "personUnavailable"
        case .noSuchCity: "noSuchCity"
        case .languageTag: "languageTag"
        case .languageSetting: "languageSetting"
        case .timeZone: "timeZone"
        case .countryCode: "countryCode"
        case .day: "day"
        case .notInFuture: "notInFuture"
        case .range: "range"
        case .expiryDays: "expiryDays"
        case .positive: "positive"
        case .notNegative: "notNegative"
        case .afterStart: "afterStart"
        case .notBeforeStart: "notBeforeStart"
        case .notBeforeFirstDay: "notBeforeFirstDay"
        case .withinADayOfStart: "withinADayOfStart"
        case .withinAYearOfStart: "withinAYearOfStart"
        case .notBeforeEstablished: "notBeforeEstablished"
        case .endedStatus: "endedStatus"
        case .timeZoneNeeded: "timeZoneNeeded"
        case .monthPart: "monthPart"
        case .correctionNeedsNote: "correctionNeedsNote"
        case .instalmentsNeedFrequency: "instalmentsNeedFrequency"
        case .partnershipCity: "partnershipCity"
        case .otherPartnershipCity: "otherPartnershipCity"
        case .cityPartnersItself: "cityPartnersItself"
        case .sameCountry: "sameCountry"
        case .personNeedsName: "personNeedsName"
        case .geoNamesID: "geoNamesID"
        case .wikidataID: "wikidataID"
        case .notTranslated: "notTranslated"
        case .imageEmpty: "imageEmpty"
        case .imageTooLarge: "imageTooLarge"
        case .imageType: "imageType"
        case .imageMismatch: "imageMismatch"
        case .commonPassword: "commonPassword"
        case .passwordIsEmail: "passwordIsEmail"
        case .dateTime: "dateTime"
        case .localTimeNeedsZone: "localTimeNeedsZone"
        case .role: "role"
        case .currentPassword: "currentPassword"
        case .missing: "missing"
        case .endNeeded: "endNeeded"
        }
    }

    @Test func everyRuleHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.ruleCount)
    }

    @Test func everyRuleHasAnEnglishMessageAndAJapaneseWording() {
        let english = Catalogs.shipped.localizer("en")
        let japanese = Catalogs.shipped.localizer("ja")
        for rule in Self.samples {
            #expect(!rule.message.isEmpty, "\(rule)")
            let en = english.rule(rule)
            let ja = japanese.rule(rule)
            #expect(!en.isEmpty && !en.hasPrefix("validation."), "\(rule): \(en)")
            #expect(!ja.isEmpty && !ja.hasPrefix("validation."), "\(rule): \(ja)")
            #expect(ja != en, "\(rule) has no Japanese wording: \(ja)")
            #expect(ja != rule.message, "\(rule) shows the API's English in Japanese: \(ja)")
            #expect(!en.contains("{{") && !ja.contains("{{"), "\(rule)")
            #expect(ja.unicodeScalars.contains { $0.value >= 0x3000 }, "\(rule) is not Japanese: \(ja)")
        }
        // The values of a rule go into the wording.
        #expect(japanese.rule(.tooMany(max: 50, .partnerships)) == "提携は50件以内で選んでください。")
        #expect(japanese.rule(.notInProgramme(.organisation)) == "このプログラムに登録されている団体ではありません。")
        #expect(japanese.rule(.range(from: 1, to: 100_000, .places)) == "定員は1人から100,000人までで入力してください。")
        #expect(japanese.rule(.timeZone("Tokyo")).contains("「Tokyo」"))
        #expect(english.rule(.notInProgramme(.event)) == "is not an event of this programme")
        #expect(
            english.rule(.languageTag("jp_JP", examples: ["ja", "zh-Hant"]))
                == FieldIssue.Rule.languageTag(
                    "jp_JP", examples: ["ja", "zh-Hant"]
                ).message)
    }

    /// The English the API returns, word for word: clients and other tests pin these texts.
    @Test func theAPIMessagesStayAsTheyWere() {
        #expect(FieldIssue.Rule.tooMany(max: 50, .partnerships).message == "must list at most 50 partnerships")
        #expect(FieldIssue.Rule.tooMany(max: 4, .translations).message == "must hold at most 4 languages")
        #expect(FieldIssue.Rule.tooMany(max: 100, .names).message == "must have at most 100 entries")
        #expect(FieldIssue.Rule.notInProgramme(.organisation).message == "is not an organisation of this programme")
        #expect(FieldIssue.Rule.notInProgramme(.person).message == "is not a person of this programme")
        #expect(FieldIssue.Rule.range(from: 1, to: 1440, .minutes).message == "must be 1 to 1440 minutes (24 hours)")
        #expect(FieldIssue.Rule.range(from: 1900, to: 2200, .year).message == "must be between the years 1900 and 2200")
        #expect(
            FieldIssue.Rule.languageTag("x", examples: ["ja", "zh-Hant"]).message
                == #""x" is not a BCP 47 language tag such as "ja" or "zh-Hant""#)
        #expect(
            FieldIssue.Rule.languageTag(nil, examples: ["ja"]).message == #"is not a BCP 47 language tag such as "ja""#)
        let id = UUID()
        #expect(FieldIssue.Rule.noSuchCity(id).message == "no city with id \(id.uuidString.lowercased())")
        #expect(
            FieldIssue.Rule.notTranslated(fields: ["title", "description"]).message
                == "is not a field that is translated here (title, description)")
        #expect(
            FieldIssue.Rule.notBeforeEstablished(PartialDate(year: 1959, month: 5)!).message
                == "must not be before the established date 1959-05")
    }

    @Test func aJapaneseEventFormShowsTheDomainsErrorsInJapanese() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let japanese = LanguageTests.accepting("ja")
            let form = try await browser.send(.get, "/staff/events/new", headers: japanese)
            let csrf = try #require(Browser.csrfToken(in: form.text))
            let bad = try await browser.send(
                .post, "/staff/events/new",
                form: [
                    "csrf_token": csrf, "title": "茶会", "kind": "ceremony", "timing": "timed",
                    "start": "2027-04-12T10:00", "end": "2027-04-12T09:00", "timeZone": "Asia/Tokyo",
                    "capacity": "0", "flags": "isPublic",
                ], headers: japanese)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"<html lang="ja">"#))
            #expect(bad.text.contains(#"id="end-error">終了：開始より後の日時を入力してください。</p>"#))
            #expect(bad.text.contains(#"id="capacity-error">定員：定員は1人から100,000人までで入力してください。</p>"#))
            #expect(!bad.text.contains("must be after the start"))
            #expect(!bad.text.contains("must be from 1 to 100000 places"))
            // Nothing in the page's body is marked as English (the language switcher in the footer names English).
            let main = try #require(bad.text.firstRange(of: "<main")?.lowerBound)
            let mainEnd = try #require(bad.text.firstRange(of: "</main>")?.upperBound)
            #expect(!bad.text[main..<mainEnd].contains(#"lang="en""#))

            // In English, the same words as before.
            let english = try await browser.send(.get, "/staff/events/new")
            let token = try #require(Browser.csrfToken(in: english.text))
            let refused = try await browser.send(
                .post, "/staff/events/new",
                form: [
                    "csrf_token": token, "title": "Tea ceremony", "kind": "ceremony", "timing": "timed",
                    "start": "2027-04-12T10:00", "end": "2027-04-12T09:00", "timeZone": "Asia/Tokyo",
                ])
            #expect(refused.text.contains("must be after the start"))
        }
    }

    @Test func theAPIStillAnswersInEnglishWhateverTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let body = try EventTranslationsTests.body(changing: ["end": "2030-05-01T09:00"])
            var headers = LanguageTests.accepting("ja")
            headers[.contentType] = "application/json"
            let refused = try await app.send(.post, "/api/v1/events", json: body, headers: headers)
            #expect(refused.status == .unprocessableContent)
            let errors = try #require(try JSONBody.object(refused)["errors"] as? [[String: Any]])
            let end = try #require(errors.first { $0["field"] as? String == "end" })
            #expect(end["message"] as? String == "must be after the start")
            #expect(Set(end.keys) == ["field", "message"])
        }
    }
}

import Domain

/// Joins the issues found while reading an input with those the domain finds, so one 422 names them all.
enum InputIssues {
    static func merge<T>(_ issues: [FieldIssue], _ validate: () throws -> T) throws -> T {
        do {
            let value = try validate()
            if !issues.isEmpty { throw DomainError.invalid(issues) }
            return value
        } catch DomainError.invalid(let more) {
            let known = Set(issues.map(\.field))
            throw DomainError.invalid(issues + more.filter { !known.contains($0.field) })
        }
    }

    /// Parses an optional enum field, recording an issue when the value is not one of its cases.
    static func choice<T: RawRepresentable<String> & CaseIterable>(
        _ raw: String?, _ field: String, default fallback: T?, into issues: inout [FieldIssue]
    ) -> T? {
        guard let raw else {
            if fallback == nil { issues.append(FieldIssue(field: field, message: "is required", rule: .required)) }
            return fallback
        }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            issues.append(FieldIssue(field: field, message: "must be one of \(allowed)"))
            return fallback
        }
        return value
    }

    /// Parses an optional date field given as YYYY, YYYY-MM or YYYY-MM-DD.
    static func date(_ raw: String?, _ field: String, into issues: inout [FieldIssue]) -> PartialDate? {
        guard let raw else { return nil }
        guard let date = PartialDate(raw) else {
            issues.append(FieldIssue(field: field, message: "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD"))
            return nil
        }
        return date
    }

    /// Parses `{"amount": "1500.00", "currency": "USD"}`: a decimal string with at most the currency's places.
    /// An object without either is an error, not "no amount": a client means no amount by leaving the field out.
    static func money(_ input: MoneyInput, field: String, into issues: inout [FieldIssue]) -> Money? {
        guard input.amount != nil || input.currency != nil else {
            issues.append(FieldIssue(field: field, message: "needs an amount and a currency, or leave it out"))
            return nil
        }
        guard let code = input.currency, let currency = Currency(code: code) else {
            issues.append(FieldIssue(field: "\(field).currency", message: "must be an ISO 4217 code such as USD"))
            return nil
        }
        guard let amount = input.amount else {
            issues.append(FieldIssue(field: "\(field).amount", message: "is required with a currency"))
            return nil
        }
        guard let money = Money(amount, currency: currency) else {
            let places =
                currency.minorUnits == 0 ? "no decimal places" : "at most \(currency.minorUnits) decimal places"
            issues.append(
                FieldIssue(
                    field: "\(field).amount",
                    message: "must be a decimal amount with \(places) in \(currency.code), such as \"1500\""))
            return nil
        }
        return money
    }
}

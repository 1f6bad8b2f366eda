import Domain

extension PartnershipPage {
    static func view(_ model: Model, health: HTML? = nil) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName,
                description: "\(model.kind) partnership \(model.title).", signedInAs: model.signedInAs)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(SiteURL.directory.path)) { "All partner cities" }
                if let history = model.historyURL {
                    " · "
                    a(.href(history), .class("history-link")) { "History" }
                }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editPartnership(model.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deletePartnership(model.id).path), .class("danger-link")) { "Delete…" }
                }
            }
            div(.class("page-intro")) {
                h1 { model.title }
                p(.class("lede")) {
                    model.kind
                    " · "
                    model.status
                    if let established = model.established, let iso = model.establishedISO {
                        " · since "
                        time(.attr("datetime", iso)) { established }
                    }
                    if let ended = model.ended { " · ended \(ended)" }
                }
            }
            div(.class("cities")) {
                for city in model.cities { cityCard(city) }
            }
            if !model.focusAreas.isEmpty {
                section(.attr("aria-labelledby", "focus")) {
                    h2(.id("focus")) { "Focus areas" }
                    ul(.class("tags")) {
                        for area in model.focusAreas { li { area } }
                    }
                }
            }
            if let summary = model.summary {
                section(.attr("aria-labelledby", "about")) {
                    h2(.id("about")) { "About the partnership" }
                    p(.class("summary")) { summary }
                }
            }
            if let health { health }
            if !model.timeline.isEmpty {
                section(.attr("aria-labelledby", "timeline")) {
                    h2(.id("timeline")) { "Timeline" }
                    p(.class("muted")) {
                        "Its events in your calendar: "
                        a(.href(SiteURL.partnershipCalendar(model.id).path)) { "calendar feed (iCalendar)" }
                    }
                    ol(.class("timeline")) {
                        for item in model.timeline {
                            li(
                                .class(
                                    "timeline-item timeline-\(item.kind.rawValue)\(item.isUpcoming ? " upcoming" : "")")
                            ) {
                                time(.attr("datetime", item.isoDate)) { item.date }
                                div {
                                    if let url = item.url {
                                        a(.href(url)) { item.title }
                                    } else {
                                        strong { item.title }
                                    }
                                    if item.isUpcoming { span(.class("badge")) { "Upcoming" } }
                                    if let detail = item.detail, !detail.isEmpty {
                                        p(.class("muted")) { detail }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section(.attr("aria-labelledby", "agreements")) {
                h2(.id("agreements")) { "Agreements" }
                if model.canEdit { p { a(.href(SiteURL.newAgreement(model.id).path)) { "Add an agreement" } } }
                if model.agreements.isEmpty {
                    p(.class("muted")) { "No agreements are recorded yet." }
                } else {
                    ol(.class("agreements")) {
                        for agreement in model.agreements { agreementItem(agreement, canEdit: model.canEdit) }
                    }
                }
            }
            section(.attr("aria-labelledby", "gifts")) {
                h2(.id("gifts")) { "Gifts" }
                if model.canEdit { p { a(.href(SiteURL.newGift(model.id).path)) { "Add a gift" } } }
                if model.gifts.isEmpty {
                    p(.class("muted")) { "No gifts are recorded yet." }
                } else {
                    GiftSummary.list(model.gifts)
                }
            }
            if !model.news.isEmpty {
                section(.attr("aria-labelledby", "news")) {
                    h2(.id("news")) { "News" }
                    ul(.class("news-links")) {
                        for item in model.news {
                            li {
                                a(.href(item.url)) { item.title }
                                span(.class("muted")) {
                                    " · "
                                    time(.attr("datetime", item.isoDate)) { item.date }
                                }
                            }
                        }
                    }
                }
            }
            if !model.sources.isEmpty {
                section(.attr("aria-labelledby", "sources")) {
                    h2(.id("sources")) { "Sources" }
                    ul(.class("sources")) {
                        for source in model.sources { li { a(.href(source.url)) { source.title } } }
                    }
                }
            }
        }
    }

    private static func cityCard(_ city: Model.CityCard) -> HTML {
        section(.class("city-card"), .attr("aria-label", "\(city.role): \(city.name)")) {
            p(.class("role")) { city.role }
            h2 {
                city.name
                if let native = city.nativeName {
                    " "
                    span(.class("native-name"), .lang(city.nativeLanguage ?? "und")) { native }
                }
            }
            dl(.class("facts")) {
                dt { "Country" }
                dd { city.country }
                if let region = city.region {
                    dt { "Region" }
                    dd { region }
                }
                if let population = city.population {
                    dt { "Population" }
                    dd { population }
                }
                if let zone = city.timeZone {
                    dt { "Time zone" }
                    dd { zone }
                }
                if let coordinate = city.coordinate {
                    dt { "Location" }
                    dd { coordinate }
                }
            }
        }
    }

    private static func agreementItem(_ agreement: Model.AgreementItem, canEdit: Bool) -> HTML {
        li(.class("agreement"), .id("agreement-\(agreement.id.lowercasedString)")) {
            h3 {
                agreement.title
                if let signed = agreement.signed, let iso = agreement.signedISO {
                    ", "
                    time(.attr("datetime", iso)) { signed }
                }
            }
            if let place = agreement.place { p { "Signed in \(place)." } }
            if !agreement.signers.isEmpty {
                p(.class("label")) { "Signatories" }
                ul(.class("signers")) {
                    for signer in agreement.signers {
                        li {
                            strong { signer.name }
                            if let title = signer.title { ", \(title)" }
                            if let city = signer.city { span(.class("muted")) { " — for \(city)" } }
                        }
                    }
                }
            }
            if !agreement.languages.isEmpty { p { "Languages: \(agreement.languages.joined(separator: ", "))" } }
            if let notes = agreement.notes { p(.class("notes")) { notes } }
            if let url = agreement.documentURL { p { a(.href(url)) { "Read the agreement" } } }
            if canEdit {
                p(.class("item-actions")) {
                    a(.href(SiteURL.editAgreement(agreement.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deleteAgreement(agreement.id).path), .class("danger-link")) { "Delete…" }
                }
            }
        }
    }
}

import Domain

extension PartnershipPage {
    static func view(_ model: Model, health: HTML? = nil) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName,
                description: t("partnership.page.description", ["kind": model.kind, "title": model.title]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("partnership.page.breadcrumb"))) {
                a(.href(SiteURL.directory.path)) { t("partnership.page.all") }
                if let history = model.historyURL {
                    " · "
                    a(.href(history), .class("history-link")) { t("partnership.page.history") }
                }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editPartnership(model.id).path)) { t("partnership.page.edit") }
                    " · "
                    a(.href(SiteURL.deletePartnership(model.id).path), .class("danger-link")) {
                        t("partnership.page.delete")
                    }
                }
            }
            div(.class("page-intro")) {
                h1 {
                    cityName(model.homeName)
                    " – "
                    cityName(model.partnerName)
                }
                p(.class("lede")) {
                    model.kind
                    " · "
                    model.status
                    if let established = model.established, let iso = model.establishedISO {
                        " · "
                        let (before, after) = t.around("partnership.page.since", "date")
                        before
                        time(.attr("datetime", iso)) { established }
                        after
                    }
                    if let ended = model.ended {
                        " · "
                        t("partnership.page.ended", ["date": ended])
                    }
                }
            }
            div(.class("cities")) {
                for city in model.cities { cityCard(city, t) }
            }
            if !model.focusAreas.isEmpty {
                section(.attr("aria-labelledby", "focus")) {
                    h2(.id("focus")) { t("partnership.page.focus") }
                    ul(.class("tags")) {
                        for area in model.focusAreas { li { area } }
                    }
                }
            }
            if let summary = model.summary {
                section(.attr("aria-labelledby", "about")) {
                    h2(.id("about")) { t("partnership.page.about") }
                    written("p", summary, .class("summary"), page: model.page)
                }
            }
            if let health { health }
            if !model.timeline.isEmpty { timeline(model, t) }
            section(.attr("aria-labelledby", "agreements")) {
                h2(.id("agreements")) { t("partnership.agreement.title") }
                if model.canEdit {
                    p { a(.href(SiteURL.newAgreement(model.id).path)) { t("partnership.agreement.add") } }
                }
                if model.agreements.isEmpty {
                    p(.class("muted")) { t("partnership.agreement.none") }
                } else {
                    ol(.class("agreements")) {
                        for agreement in model.agreements {
                            agreementItem(agreement, canEdit: model.canEdit, model.page)
                        }
                    }
                }
            }
            section(.attr("aria-labelledby", "gifts")) {
                h2(.id("gifts")) { t("nav.gifts") }
                if model.canEdit { p { a(.href(SiteURL.newGift(model.id).path)) { t("partnership.gift.add") } } }
                if model.gifts.isEmpty {
                    p(.class("muted")) { t("partnership.gift.none") }
                } else {
                    GiftSummary.list(model.gifts, page: model.page)
                }
            }
            if !model.news.isEmpty {
                section(.attr("aria-labelledby", "news")) {
                    h2(.id("news")) { t("nav.news") }
                    ul(.class("news-links")) {
                        for item in model.news {
                            li {
                                written("a", item.title, .href(item.url), page: model.page)
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
                    h2(.id("sources")) { t("partnership.page.sources") }
                    ul(.class("sources")) {
                        for source in model.sources { li { a(.href(source.url)) { source.title } } }
                    }
                }
            }
        }
    }

    /// A city's name, marked with its language when that is not the page's.
    private static func cityName(_ name: Model.CityName) -> HTML {
        if let language = name.language { return span(.lang(language)) { name.text } }
        return HTML.text(name.text)
    }

    private static func timeline(_ model: Model, _ t: Localizer) -> HTML {
        section(.attr("aria-labelledby", "timeline")) {
            h2(.id("timeline")) { t("partnership.timeline.title") }
            p(.class("muted")) {
                let (before, after) = t.around("partnership.timeline.calendar", "feed")
                before
                a(.href(SiteURL.partnershipCalendar(model.id).path)) { t("partnership.timeline.feed") }
                after
            }
            ol(.class("timeline")) {
                for item in model.timeline {
                    li(.class("timeline-item timeline-\(item.kind.rawValue)\(item.isUpcoming ? " upcoming" : "")")) {
                        time(.attr("datetime", item.isoDate)) { item.date }
                        div {
                            if let url = item.url {
                                written("a", item.title, .href(url), page: model.page)
                            } else {
                                written("strong", item.title, page: model.page)
                            }
                            if item.isUpcoming { span(.class("badge")) { t("partnership.timeline.upcoming") } }
                            if let detail = item.detail, !detail.isEmpty {
                                p(.class("muted")) { detail }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func cityCard(_ city: Model.CityCard, _ t: Localizer) -> HTML {
        section(
            .class("city-card"),
            .attr("aria-label", t("partnership.city.label", ["role": city.role, "city": city.name.text]))
        ) {
            p(.class("role")) { city.role }
            h2 {
                cityName(city.name)
                if let native = city.nativeName {
                    " "
                    span(.class("native-name"), .lang(city.nativeLanguage ?? "und")) { native }
                }
            }
            dl(.class("facts")) {
                dt { t("partnership.city.country") }
                dd { city.country }
                if let region = city.region {
                    dt { t("partnership.city.region") }
                    dd { region }
                }
                if let population = city.population {
                    dt { t("partnership.city.population") }
                    dd { population }
                }
                if let zone = city.timeZone {
                    dt { t("partnership.city.timeZone") }
                    dd { zone }
                }
                if let coordinate = city.coordinate {
                    dt { t("partnership.city.location") }
                    dd { coordinate }
                }
            }
        }
    }

    private static func agreementItem(_ agreement: Model.AgreementItem, canEdit: Bool, _ page: PageContext) -> HTML {
        let t = page.t
        return li(.class("agreement"), .id("agreement-\(agreement.id.lowercasedString)")) {
            h3 {
                agreement.title
                if let signed = agreement.signed, let iso = agreement.signedISO {
                    let (before, after) = t.around("partnership.agreement.signed", "date")
                    before
                    time(.attr("datetime", iso)) { signed }
                    after
                }
            }
            if let place = agreement.place { p { t("partnership.agreement.place", ["place": place]) } }
            if !agreement.signers.isEmpty {
                p(.class("label")) { t("partnership.agreement.signatories") }
                ul(.class("signers")) {
                    for signer in agreement.signers {
                        li {
                            strong { signer.name }
                            if let title = signer.title { t("partnership.agreement.signerTitle", ["title": title]) }
                            if let city = signer.city {
                                span(.class("muted")) { t("partnership.agreement.signerFor", ["city": city]) }
                            }
                        }
                    }
                }
            }
            if !agreement.languages.isEmpty {
                p { t("partnership.agreement.languages", ["languages": t.list(agreement.languages)]) }
            }
            if let notes = agreement.notes { written("p", notes, .class("notes"), page: page) }
            if let url = agreement.documentURL { p { a(.href(url)) { t("partnership.agreement.read") } } }
            if canEdit {
                p(.class("item-actions")) {
                    a(.href(SiteURL.editAgreement(agreement.id).path)) { t("partnership.page.edit") }
                    " · "
                    a(.href(SiteURL.deleteAgreement(agreement.id).path), .class("danger-link")) {
                        t("partnership.page.delete")
                    }
                }
            }
        }
    }
}

import Domain
import Foundation

extension PageContext {
    /// A text the programme wrote, as this page's reader gets it: in their language where the programme gave
    /// one, else the original in the programme's language.
    func written(_ field: String, _ original: String?, _ translations: Translations) -> InLanguage? {
        translations.text(field, original: original, originalLanguage: contentLanguage, for: t.language)
    }

    /// The name of `language` in the page's language ("English", "英語").
    func languageName(_ language: String) -> String {
        t.locale.localizedString(forIdentifier: language) ?? language
    }
}

/// `text` in an element of its own (`"p"`, `"a"`, `"h1"`): its `lang` named when it is not the page's, and
/// after it, where it stands in for a translation the reader's language lacks, a mark saying which language
/// it is in ("in English").
func written(_ name: String, _ text: InLanguage, _ attributes: Attribute..., page: PageContext) -> HTML {
    let own = text.language == page.t.language ? attributes : attributes + [.lang(text.language)]
    let body = element(name, own) { text.text }
    guard text.isUntranslated else { return body }
    return HTML(escaped: body.markup + " " + untranslatedMark(text, page: page).markup)
}

/// "in English": said of a text shown in its original language because the reader's has no translation.
func untranslatedMark(_ text: InLanguage, page: PageContext) -> HTML {
    span(.class("untranslated")) {
        page.t("content.untranslated", ["language": page.languageName(text.language)])
    }
}

import Domain

extension PageContext {
    /// The gift's title as this page's reader gets it: in their language where the programme gave it, else the
    /// original.
    func title(of gift: Gift) -> InLanguage {
        written("title", gift.title, gift.translations)
            ?? InLanguage(text: gift.title, language: contentLanguage, isUntranslated: false)
    }

    /// The gift's description as this page's reader gets it; nil when it has none.
    func description(of gift: Gift) -> InLanguage? {
        written("description", gift.description, gift.translations)
    }

    /// What the organisation does, as this page's reader gets it; nil when nothing is said.
    func notes(of organisation: Organisation) -> InLanguage? {
        written("notes", organisation.notes, organisation.translations)
    }
}

import Domain

extension PageContext {
    /// The event's title as this page's reader gets it: in their language where the programme gave it, else
    /// the original.
    func title(of event: Event) -> InLanguage {
        written("title", event.draft.title, event.draft.translations)
            ?? InLanguage(text: event.draft.title, language: contentLanguage, isUntranslated: false)
    }

    /// The event's description as this page's reader gets it; nil when it has none.
    func description(of event: Event) -> InLanguage? {
        written("description", event.draft.description, event.draft.translations)
    }
}

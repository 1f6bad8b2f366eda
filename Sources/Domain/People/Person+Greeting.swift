extension Person {
    /// The name to greet the person by in a text written in `language`: their own-script name when the text is
    /// in its language (門川大作 in a Japanese email), else the Latin one ("Kadokawa Daisaku").
    public func name(for language: String) -> String {
        guard let native = draft.nativeName, let nativeLanguage = draft.nativeLanguage,
            LanguageTag.primarySubtag(of: nativeLanguage) == LanguageTag.primarySubtag(of: language)
        else { return displayName }
        return native
    }
}

import Domain

extension PageContext {
    /// The article's title as this page's reader gets it: in their language where the programme gave it,
    /// else the original.
    func title(of article: Article) -> InLanguage {
        written("title", article.title, article.translations) ?? original(article.title)
    }

    /// The article's Markdown body as this page's reader gets it.
    func body(of article: Article) -> InLanguage {
        written("body", article.body, article.translations) ?? original(article.body)
    }

    /// The line that introduces the article, in the reader's language: the translation's summary, else the
    /// start of its body, else the original's.
    func lede(of article: Article) -> InLanguage {
        article.lede(originalLanguage: contentLanguage, for: t.language)
    }

    private func original(_ text: String) -> InLanguage {
        InLanguage(text: text, language: contentLanguage, isUntranslated: false)
    }
}

/// A record's texts in other languages as the API shows and takes them: an object keyed by BCP 47 tag, each
/// holding the translated fields by their API names (`{"ja": {"summary": "…"}}`).
typealias TranslationsDTO = [String: [String: String]]

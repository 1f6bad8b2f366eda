import Domain

/// Every stored column computed from other columns, each by one function here from its source fields, and
/// each assigned in one place:
///
/// | column | computed by | written by |
/// | --- | --- | --- |
/// | `cities.search_name` | ``citySearchName(name:)`` | `CityModel.refreshDerived()`; the gazetteer's bulk SQL binds the same function's value |
/// | `cities.search_names` | ``citySearchNames(name:names:asciiName:alternateNames:)`` | the same two |
/// | `organisations.search_name` | ``organisationSearchName(name:nativeName:)`` | `OrganisationModel.refreshDerived()` |
/// | `people.search_name` | ``personSearchName(familyName:givenName:nativeName:)`` | `PersonModel.refreshDerived()` |
/// | `partnerships.partner_name_key`, `partner_country` | copies of the partner city's `search_name` and `country_code` | `PartnershipListKeys.refresh`, run by `PartnershipModel.write(on:)`, `CityModel.write(on:)` and the gazetteer |
///
/// Each model's `refreshDerived()` runs at the end of its `apply(_:)`, the one way its source fields are set, and
/// its derived properties are `private(set)`, so no other code assigns them.
enum DerivedColumns {
    /// `cities.search_name`: the name folded, "Kyōto" → "kyoto", for prefix search and the order by name.
    static func citySearchName(name: String) -> String {
        CitySearch.fold(name)
    }

    /// `cities.search_names`: every name of the city folded into words (see `CitySearch.searchText`), its own
    /// name first, its translations in the order of their language codes, then the gazetteer's ASCII name and
    /// alternate names (`alternateNames` as stored: comma-separated).
    static func citySearchNames(
        name: String, names: [String: String], asciiName: String?, alternateNames: String?
    ) -> String {
        CitySearch.searchText(
            name: name, names: names.keys.sorted().compactMap { names[$0] }, asciiName: asciiName,
            alternates: alternateNames.map { $0.split(separator: ",").map(String.init) } ?? [])
    }

    /// `organisations.search_name`: the name and the native name, folded.
    static func organisationSearchName(name: String, nativeName: String?) -> String {
        SearchText.fold([name, nativeName])
    }

    /// `people.search_name`: family name first, then the given and native names, folded: the sort key, and what
    /// a name search matches.
    static func personSearchName(familyName: String, givenName: String, nativeName: String?) -> String {
        SearchText.fold([familyName, givenName, nativeName])
    }
}

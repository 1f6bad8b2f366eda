/// Text that is the same in every language — a proper name ("GeoNames"), a code — written in a view as a
/// literal. It is the one way a view may show a literal that is not a catalog message: the pseudo-locale test
/// treats every other literal that reaches a page as interface text that missed the catalogs.
func verbatim(_ text: String) -> String { text }

/// What the page after a form post says once ("Saved."): a form post answers 303 with the flash in a short
/// cookie, and the next page shown reads it, says it and clears it (``FlashMiddleware``). The cookie holds only
/// one of these names, never text from the request.
enum Flash: String, Sendable, CaseIterable {
    case saved
    case deleted

    /// Its words in the reader's language.
    func message(_ t: Localizer) -> String {
        switch self {
        case .saved: t("flash.saved")
        case .deleted: t("flash.deleted")
        }
    }
}

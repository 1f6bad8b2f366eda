import Domain

// Boston and its ten sister cities as GeoNames records them (cities500, CC BY 4.0 "GeoNames"): GeoNames id,
// coordinates, time zone, population, and the native and Japanese names from the alternate names. Admin regions are the
// places' own: GeoNames gives only codes for them.
extension DemoProgramme {
    static let boston = CityDraft(
        name: "Boston", names: ["en": "Boston", "ja": "ボストン"], countryCode: "US", adminRegion: "Massachusetts",
        coordinate: Coordinate(latitude: 42.35843, longitude: -71.05977), timeZone: "America/New_York",
        population: 653_833, geonameID: 4_930_956)

    static let kyoto = CityDraft(
        name: "Kyoto", names: ["ja": "京都市", "en": "Kyoto"], countryCode: "JP", adminRegion: "Kyoto Prefecture",
        coordinate: Coordinate(latitude: 35.02107, longitude: 135.75385), timeZone: "Asia/Tokyo",
        population: 1_463_723, geonameID: 1_857_910)

    static let strasbourg = CityDraft(
        name: "Strasbourg", names: ["fr": "Strasbourg", "de": "Straßburg", "ja": "ストラスブール"], countryCode: "FR",
        adminRegion: "Grand Est",
        coordinate: Coordinate(latitude: 48.58392, longitude: 7.74553), timeZone: "Europe/Paris",
        population: 274_845, geonameID: 2_973_783)

    static let barcelona = CityDraft(
        name: "Barcelona", names: ["es": "Barcelona", "ca": "Barcelona", "ja": "バルセロナ"], countryCode: "ES",
        adminRegion: "Catalonia",
        coordinate: Coordinate(latitude: 41.38879, longitude: 2.15899), timeZone: "Europe/Madrid",
        population: 1_686_208, geonameID: 3_128_760)

    static let hangzhou = CityDraft(
        name: "Hangzhou", names: ["zh-Hans": "杭州市", "ja": "杭州市"], countryCode: "CN", adminRegion: "Zhejiang",
        coordinate: Coordinate(latitude: 30.29365, longitude: 120.16142), timeZone: "Asia/Shanghai",
        population: 9_236_032, geonameID: 1_808_926)

    static let padua = CityDraft(
        name: "Padua", names: ["it": "Padova", "ja": "パドヴァ"], countryCode: "IT", adminRegion: "Veneto",
        coordinate: Coordinate(latitude: 45.40797, longitude: 11.88586), timeZone: "Europe/Rome",
        population: 203_725, geonameID: 3_171_728)

    static let melbourne = CityDraft(
        name: "Melbourne", names: ["en": "Melbourne", "ja": "メルボルン"], countryCode: "AU", adminRegion: "Victoria",
        coordinate: Coordinate(latitude: -37.814, longitude: 144.96332), timeZone: "Australia/Melbourne",
        population: 5_435_590, geonameID: 2_158_177)

    static let taipei = CityDraft(
        name: "Taipei", names: ["zh-Hant": "臺北市", "ja": "台北市"], countryCode: "TW", adminRegion: "Taipei",
        coordinate: Coordinate(latitude: 25.05306, longitude: 121.52639), timeZone: "Asia/Taipei",
        population: 7_871_900, geonameID: 1_668_341)

    static let sekondiTakoradi = CityDraft(
        name: "Sekondi-Takoradi", names: ["en": "Sekondi-Takoradi", "ja": "セコンディ・タコラディ"], countryCode: "GH",
        adminRegion: "Western Region",
        coordinate: Coordinate(latitude: 4.92678, longitude: -1.75773), timeZone: "Africa/Accra",
        population: 138_872, geonameID: 2_295_458)

    static let belfast = CityDraft(
        name: "Belfast", names: ["en": "Belfast", "ga": "Béal Feirste", "ja": "ベルファスト"], countryCode: "GB",
        adminRegion: "Northern Ireland",
        coordinate: Coordinate(latitude: 54.59682, longitude: -5.92541), timeZone: "Europe/London",
        population: 348_005, geonameID: 2_655_984)

    static let praia = CityDraft(
        name: "Praia", names: ["pt": "Praia", "ja": "プライア"], countryCode: "CV", adminRegion: "Santiago",
        coordinate: Coordinate(latitude: 14.93152, longitude: -23.51254), timeZone: "Atlantic/Cape_Verde",
        population: 137_868, geonameID: 3_374_333)
}

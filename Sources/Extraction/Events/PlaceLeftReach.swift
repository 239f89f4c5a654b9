/// How far after a withdrawal trigger the place left may stand, when no base is named: the
/// distance in tokens from the trigger's last word to the place's first (numbers and punctuation
/// count), read by the place-left filter of `extractEvents` (Events/EventRules.swift).
///
/// The three reaches differ because what stands between differs, and each longer one holds only
/// with the words that explain the longer stretch:
enum PlaceLeftReach {
    /// A town or country after من, as the verb's object, or a site in a town ("تغادر موقعها في
    /// الموصل"): ten tokens hold the verb's subject and a short object ("انسحاب القوات الأميركية
    /// من العراق"); further on, a place is most often where something else happens.
    static let plain = 10
    /// "قواتها العاملة في العراق", "550 عسكرياً تنشرهم في العراق": the country the troops are
    /// stationed in (a `Cues.stationed` word, then في), a country only. A count of the troops may
    /// stand between ("سحب ما بين 150 و200 عسكري من أصل نحو 550 تنشرهم في العراق": twelve
    /// tokens), and the stationed word ties the country to the troops, so the reach is longer.
    static let stationedCountry = 14
    /// A site given back with the town it stands in (after a `Cues.inPlace` word): the site's relative clause
    /// names what held it and the headquarters it lies in ("أعادت قوات التحالف إلى الجيش العراقي
    /// الموقع الذي كانت تشغله ضمن مقر قيادة عمليات نينوى في الموصل": sixteen tokens). Asked only
    /// with a verb of giving back (`Cues.giveBack`) made a handover and a site word between.
    static let siteGivenBack = 18
}

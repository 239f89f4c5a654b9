import GraphModel

/// Sites placed by words other than "قرب": by a stated distance from them, and by adjacency to
/// another site.
///
/// "على بعد نحو مئة متر من قاعدة X", "على مسافة كيلومترين من المطار": a distance from a site, told
/// instead of "قرب". Rockets that fell there were aimed at the site, as with "قرب" (the caller treats
/// the site as near). Reads at most six words before the site: O(1).
extension DocumentRun {
    func isAtDistanceFrom(_ m: Mention, trigger g: TriggerGroup, in s: Sentence) -> Bool {
        guard let from = previousWord(m.tokens.lowerBound, in: s), token(from).norm == "من" else { return false }
        var p = previousWord(from, in: s)
        for _ in 0..<5 {
            guard let q = p, q > g.last else { return false }
            if Cues.distance.matches(token(q)), let on = previousWord(q, in: s), Cues.on.matches(token(on)) { return true }
            p = previousWord(q, in: s)
        }
        return false
    }
}

extension Cues {
    /// "على بعد", "على مسافة": at a distance.
    static let distance = WordSet(["بعد", "مسافة"])
}

/// "قاعدة فكتوري المجاورة لمطار بغداد الدولي", "معسكر القريب من مطار أربيل": a site named after a
/// word of adjacency only says where the site before it lies. O(1).
extension DocumentRun {
    func isLandmark(_ m: Mention, in s: Sentence) -> Bool {
        guard var p = previousWord(m.tokens.lowerBound, in: s) else { return false }
        if token(p).norm == "من", let q = previousWord(p, in: s) { p = q }
        return Cues.adjacent.matches(token(p))
    }
}

extension Cues {
    /// Words of adjacency: "المجاورة لـ", "القريبة من", "المحاذية لـ", "بجوار".
    static let adjacent = WordSet(["المجاورة", "المجاور", "مجاورة", "مجاور", "القريبة", "القريب", "المحاذية", "المحاذي",
                                   "بجوار", "جوار", "الملاصقة", "الملاصق"])
}

/// "القاعدة الواقعة قرب بلدة X بين مدينتي Y وZ": towns after a word that places the base before
/// them (الواقعة، بين، قرب، المجاورة) say where it lies; they are not coordinated with it as
/// places left ("من مطار القيارة، المعروف باسم كيو ويست، وكركوك" still leaves Kirkuk). O(span).
extension DocumentRun {
    func placesTheBase(from lower: Int, to upper: Int) -> Bool {
        (lower..<upper).contains { Cues.lying.matches(token($0)) || Cues.near.matches(token($0)) || Cues.adjacent.matches(token($0)) }
    }
}

extension Cues {
    /// "الواقعة قرب", "بين مدينتي": where a site lies.
    static let lying = WordSet(["الواقعة", "الواقع", "الواقعتين", "الواقعتان", "بين"])
}

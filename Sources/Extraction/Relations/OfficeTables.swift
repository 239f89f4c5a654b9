/// Lexicon facts the office and place rules read, found once when the extractor is built
/// rather than by scanning the lexicon at each title or governorate in the text.
struct OfficeTables: Sendable {
    /// A government body whose Arabic name has the shape of an office's body: "الحكومة NISBA"
    /// (portfolio nil) or "وزارة PORTFOLIO NISBA".
    struct Body: Sendable {
        var entity: Int
        /// Folded, without the article: "دفاع"; nil for a government.
        var portfolio: Substring?
        /// The state or country the nisba names, if the table knows it.
        var state: Int?
    }
    let bodies: [Body]
    /// Province entity → the names (folded words) of the cities the lexicon places in it, with the city.
    let seatNames: [Int: [([Substring], Int)]]

    init(gazetteer: Gazetteer, nisba: WordKeyTable) {
        var bodies: [Body] = []
        for (i, e) in gazetteer.entities.enumerated() where e.actorType == .governmentBody {
            for name in [e.ar] + e.namesAr {
                let words = NameTrie<Int>.words(of: name)
                let state = words.last.flatMap { nisba[ArabicFolding.key($0)] }
                if words.count == 2, words[0] == "حكومه" { bodies.append(Body(entity: i, portfolio: nil, state: state)) }
                if words.count == 3, words[0] == "وزاره" { bodies.append(Body(entity: i, portfolio: words[1], state: state)) }
            }
        }
        self.bodies = bodies
        var seats: [Int: [([Substring], Int)]] = [:]
        for (c, e) in gazetteer.entities.enumerated() where e.kind == .place {
            guard let enclosing = e.enclosing, let p = gazetteer.index[enclosing], gazetteer.entities[p].type == "province" else { continue }
            for name in [e.ar] + e.namesAr { seats[p, default: []].append((NameTrie<Int>.words(of: name), c)) }
        }
        self.seatNames = seats
    }
}

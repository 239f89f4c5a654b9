import GraphModel

/// "البلاد" when no country has been named: the press of a country writes "القوات الأمنية العراقية",
/// "الحكومة العراقية" and then "داخل البلاد", "من البلاد" for that country. The country is the one
/// whose nisba the article used most often before the word (ties to the one used last); with no
/// nisba of a country, "البلاد" stays unresolved. Only countries the lexicon lists as places
/// count (a state named only as an actor, "غارة أمريكية", is not the country spoken of).
/// O(tokens before the word), run only for an unresolved "البلاد".
extension DocumentRun {
    func countryOfNisbas(before i: Int) -> Int? {
        var uses: [Int: (count: Int, last: Int)] = [:]
        for j in 0..<i where text.tokens[j].kind == .word {
            for k in token(j).keys {
                guard let e = extractor.nisba[k] else { continue }
                if gazetteer.entities[e].kind == .place, gazetteer.entities[e].type == "country" {
                    uses[e] = ((uses[e]?.count ?? 0) + 1, j)
                }
                break
            }
        }
        return uses.max { a, b in (a.value.count, a.value.last) < (b.value.count, b.value.last) }?.key
    }
}

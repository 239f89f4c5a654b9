import GraphModel

/// Which base "القاعدة" names when the last base told is not it.
///
/// "أما في بسماية، ... في محيط المعسكر": a town a base is named after, told before the reference in
/// its sentence and read as no entity, names that base (signal 0).
///
/// "وسبق ذلك تسلّم القوات العراقية قاعدة القيارة … وقاعدة القائم … . وتقع القاعدة شمال غربي
/// مدينة كركوك": the base named last stands in a list of other bases; the article's subject is
/// meant. Two signals, in order:
/// 1. the sentence of "القاعدة" names a town or province, and exactly one base named before lies
///    there (its lexicon `in`, or the town's enclosing province): that base;
/// 2. the last base was named in a list (another base named in its sentence): the base named most
///    often before (non-anaphoric mentions; ties to the first named) — the article's subject.
/// Otherwise the last base named stays. O(mentions) per "القاعدة".
extension DocumentRun {
    /// The bases named before `i`, one entry per reference: asked for every "القاعدة" of an
    /// article, over all its mentions. The mentions are read in place from the buffer and the
    /// few bases are kept in a short list compared by reference (an integer), not in three
    /// dictionaries keyed by `String` (whose hashing checks Arabic references for NFC on every
    /// look-up). Same answer as `salientBaseByDictionaries`, the definition, which debug builds
    /// ask too.
    ///
    /// `among`: the named mentions that may fit, in `mentions` order (`AnaphoraAntecedents.bases`,
    /// every base `fits` can admit), read instead of all mentions; nil reads all of them.
    func salientBase(for i: Int, latest: Int, in s: Sentence, fits: (Mention) -> Bool, among: [Int32]? = nil) -> Int {
        struct Candidate {
            let ref: EntityRef
            /// The mention of the reference that starts last, how many there are, and where the first starts.
            var last: Int
            var count: Int
            var firstAt: Int
        }
        var candidates: [Candidate] = []
        withMentions { all in
            func consider(_ k: Int) {
                guard !all[k].anaphoric && all[k].tokens.lowerBound < i && fits(all[k]) else { return }
                let at = all[k].tokens.lowerBound
                if let c = candidates.firstIndex(where: { $0.ref == all[k].ref }) {
                    candidates[c].count += 1
                    if at < candidates[c].firstAt { candidates[c].firstAt = at }
                    if all[candidates[c].last].tokens.lowerBound < at { candidates[c].last = k }
                } else {
                    candidates.append(Candidate(ref: all[k].ref, last: k, count: 1, firstAt: at))
                }
            }
            if let among { for k in among { consider(Int(k)) } } else { for k in all.indices { consider(k) } }
        }
        func answer() -> Int {
            guard candidates.count >= 2 else { return latest }
            // 0. A town named before the reference, read as no entity, that exactly one base shares its name with.
            let townNamed = basesNamedByTown(among: candidates.map(\.ref), before: i, in: s)
            if townNamed.count == 1, let c = candidates.first(where: { $0.ref == townNamed[0] }) { return c.last }
            // 1. A place named in the sentence that holds exactly one of the bases.
            let places = placesNamed(in: s)
            if !places.isEmpty {
                // Only whether exactly one is located counts: the order of the candidates does not matter.
                let located = candidates.filter { c in
                    c.ref.lexiconEntity.flatMap { gazetteer.entities[$0].enclosing }.map(places.contains) == true
                }
                if located.count == 1 { return located[0].last }
            }
            // 2. The last base named in a list: the article's most-told base.
            let last = mentions[latest]
            func listedWithLast(_ m: Mention) -> Bool { m.sentence == last.sentence && !m.anaphoric && fits(m) && m.ref != last.ref }
            let listed: Bool = withMentions { all in
                if let among { return among.contains { listedWithLast(all[Int($0)]) } }
                return all.contains(where: listedWithLast)
            }
            guard listed else { return latest }
            // In reference order (of the names), the first of the most often named (as `max` over the sorted keys).
            let names = candidates.map { refName($0.ref) }
            let best = candidates.indices.sorted { names[$0] < names[$1] }.map { candidates[$0] }
                .max { a, b in (a.count, -a.firstAt) < (b.count, -b.firstAt) }
            guard let best, let lastCount = candidates.first(where: { $0.ref == last.ref })?.count,
                  best.count > lastCount else { return latest }
            return best.last
        }
        let chosen = answer()
        assert(chosen == salientBaseByDictionaries(for: i, latest: latest, in: s, fits: fits), "salientBase differs from its definition")
        return chosen
    }

    /// Signal 1 of `salientBase`: the lexicon keys of the towns and provinces (not countries) named
    /// in `s`, each with the province that encloses it. O(mentions).
    func placesNamed(in s: Sentence) -> Set<String> {
        var places = Set<String>()
        for m in mentions where m.sentence == s.index && m.kind == .place && !m.isCountry {
            guard let e = m.ref.lexiconEntity else { continue }
            places.insert(gazetteer.entities[e].key)
            if let enclosing = gazetteer.entities[e].enclosing { places.insert(enclosing) }
        }
        return places
    }

    /// Signal 0 of `salientBase`: of the base references `refs`, those whose one-word shared name
    /// (the town a base is named after, the lexicon's `shared_aliases`) is a word of `s` before `i`
    /// that no mention covers ("أما في بسماية، ... المعسكر"). O(refs × words before `i`).
    func basesNamedByTown(among refs: [EntityRef], before i: Int, in s: Sentence) -> [EntityRef] {
        refs.filter { ref in
            guard let entity = ref.lexiconEntity else { return false }
            // Folded once per entity when the extractor is built: folding the names again for
            // every candidate of every "القاعدة" was most of this rule's time.
            let keys = extractor.townNameKeys[entity]
            assert(keys == Self.townNameKeys(of: gazetteer.entities[entity]), "town name keys out of date")
            guard !keys.isEmpty else { return false }
            return (s.tokens.lowerBound..<i).contains { k in
                token(k).kind == .word && covered[k] < 0 && token(k).keys.contains { keys.contains($0) }
            }
        }
    }

    /// The word keys of an entity's one-word shared names (`basesNamedByTown`).
    static func townNameKeys(of e: KnownEntity) -> [UInt64] {
        e.sharedNamesAr.filter { !$0.contains(" ") }
            .map { ArabicFolding.key(ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize($0)))) }
    }

    /// The definition of `salientBase` (the rule as first written, on the references' names), for
    /// debug builds and tests.
    func salientBaseByDictionaries(for i: Int, latest: Int, in s: Sentence, fits: (Mention) -> Bool) -> Int {
        var lastOf: [String: Int] = [:]
        var count: [String: Int] = [:]
        var firstAt: [String: Int] = [:]
        for k in mentions.indices where !mentions[k].anaphoric && mentions[k].tokens.lowerBound < i && fits(mentions[k]) {
            let ref = refName(mentions[k].ref)
            count[ref, default: 0] += 1
            if firstAt[ref].map({ mentions[k].tokens.lowerBound < $0 }) ?? true { firstAt[ref] = mentions[k].tokens.lowerBound }
            if lastOf[ref].map({ mentions[$0].tokens.lowerBound < mentions[k].tokens.lowerBound }) ?? true { lastOf[ref] = k }
        }
        guard lastOf.count >= 2 else { return latest }
        // 0. "أما في بسماية، فقد أفاد مصدر بأن الصاروخين سقطا في محيط المعسكر": the sentence names, before
        //    the reference and unread as any entity, the town exactly one of the bases shares its name with.
        let townNamed = basesNamedByTown(among: lastOf.keys.sorted().map { entityRef(named: $0)! }, before: i, in: s)
        if townNamed.count == 1, let k = lastOf[refName(townNamed[0])] { return k }
        // 1. A place named in the sentence that holds exactly one of the bases.
        let places = placesNamed(in: s)
        if !places.isEmpty {
            let located = lastOf.keys.sorted().filter { ref in
                ref.hasPrefix("k:") && gazetteer.entity(String(ref.dropFirst(2)))?.enclosing.map(places.contains) == true
            }
            if located.count == 1, let k = lastOf[located[0]] { return k }
        }
        // 2. The last base named in a list: the article's most-told base.
        let last = mentions[latest]
        let listed = mentions.contains { m in
            m.sentence == last.sentence && !m.anaphoric && fits(m) && m.ref != last.ref
        }
        guard listed else { return latest }
        let best = lastOf.keys.sorted().max { a, b in
            (count[a]!, -firstAt[a]!) < (count[b]!, -firstAt[b]!)
        }
        guard let best, count[best]! > count[refName(last.ref)]!, let k = lastOf[best] else { return latest }
        return k
    }
}

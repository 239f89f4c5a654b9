import GraphModel

/// Hostility told by a threat or by a record of claimed attacks, with the subject before the
/// verb and the enemy after ضد / على further on than the general cue window reaches:
/// "وكانت حركة X قد لوّحت قبل يوم واحد من الضربة باستئناف عملياتها ضد القوات الأميركية",
/// "المقاومة ... تتبنى منذ منتصف تشرين الأول عشرات الهجمات بالطائرات المسيرة على القوات الأميركية".
///
/// The subject is an armed group, force or state ending at most four tokens before the verb
/// (a قد between them is fine); the enemy is the first force, coalition, armed group or state
/// after ضد / على within fourteen tokens after the verb, with no sentence punctuation between
/// (quotes and brackets are transparent). O(1) per verb token.
extension DocumentRun {
    /// The (subject, enemy, verb token) triples of the sentence; the caller adds the relations.
    func threatHostility(in s: Sentence, mentions local: [Mention]) -> [(subject: Mention, enemy: Mention, cue: Int)] {
        var out: [(subject: Mention, enemy: Mention, cue: Int)] = []
        // Read once: a read of a static list per word is a `swift_once` call each.
        let threatOrClaimVerb = Cues.threatOrClaimVerb
        // Most sentences hold no such verb: their words are not read (Events/SentenceCues.swift).
        guard cues(of: s).mayMatch(threatOrClaimVerb) else { return out }
        // Every sentence is read and few hold such a verb: the words are tested in place, where
        // a copy of each token out of the array cost more than the bit test itself.
        let verbs = text.tokens.withUnsafeBufferPointer { tokens in s.tokens.filter { threatOrClaimVerb.matches(tokens, $0) } }
        for i in verbs {
            guard let x = local.lastInPlace(where: { $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 4 && Self.canBeHostile($0) && !$0.anaphoric })
            else { continue }
            // A negated claim ("لم تتبن") or threat is no hostility.
            if let p = previousWord(i, in: s), Cues.negation.matches(token(p)) { continue }
            let end = min(s.tokens.upperBound, i + 15)
            var k = i + 1
            while k < end {
                let t = token(k)
                if t.kind == .punctuation, !Clitics.isTransparent(t.norm) { break }
                if Cues.on.matches(t), let n = nextWord(k, in: s), covered[n] >= 0 {
                    let y = mentions[Int(covered[n])]
                    if y.tokens.lowerBound == n, Self.canBeHostile(y), y.ref != x.ref {
                        out.append((x, y, i))
                    }
                    break
                }
                k += 1
            }
        }
        return out
    }

    static func canBeHostile(_ m: Mention) -> Bool {
        m.actorType == .armedGroup || m.actorType == .militaryForce || m.actorType == .coalition || m.actorType == .state
    }
}

extension Cues {
    /// Threats ("لوّحت باستئناف عملياتها") and records of claimed attacks ("تتبنى عشرات الهجمات").
    static let threatOrClaimVerb = WordSet(["لوح", "لوحت", "يلوح", "تلوح", "لوحوا", "هددت", "هدد", "تهدد", "يهدد", "توعدت", "توعد",
                                            "تتبنى", "يتبنى", "تبنت", "تبنى"])
}

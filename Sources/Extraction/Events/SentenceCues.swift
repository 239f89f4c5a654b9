import GraphModel

/// The word lists any word of one sentence is in: the union of its words' `CueMask`s, read once
/// per sentence that holds a trigger.
///
/// The event rules scan each trigger's clause for a dozen word lists (a denial, a claim, a word
/// of wounding or killing, a sequence, a launch), and nearly every scan finds nothing: most
/// sentences hold none of those words. Each scan cost a closure call and a list test per word of
/// the clause (some 60 instructions a word, for every trigger). With the sentence's union, a
/// scan for a list no word of the sentence is in is not made at all: one bit test instead.
///
/// Exact: `WordSet.matches(t)` is the bit test `t.cues.contains(bit)` whenever the word's mask
/// covers the list (`bit < t.layout.cueLists`); a list made after the article was tokenized, or
/// past the registry's capacity, is not covered, and `mayMatch` then answers true (the scan is
/// made, as before). So `mayMatch(list) == false` implies no word of the sentence matches the
/// list, and a scan of any part of the sentence finds nothing. Debug builds check that on every
/// negative answer. O(words of the sentence) to build, O(1) per question.
struct SentenceCues {
    private var union = CueMask()
    /// The fewest lists any word's mask covers (`ReadingLayout.cueLists`); `UInt8.max` with no word.
    private var coveredLists = UInt8.max
    #if DEBUG
    private let tokens: [Token]
    #endif

    init(_ tokens: [Token], _ range: Range<Int>) {
        var union = CueMask(), covered = UInt8.max
        tokens.withUnsafeBufferPointer { tokens in
            for i in range where tokens[i].kind == .word {
                union.formUnion(tokens[i].cues)
                covered = min(covered, tokens[i].layout.cueLists)
            }
        }
        self.union = union
        coveredLists = covered
        #if DEBUG
        self.tokens = Array(tokens[range])
        #endif
    }

    /// False only when no word of the sentence is in `list` (so a scan of any part of it finds
    /// nothing); true when one may be.
    @inline(__always)
    func mayMatch(_ list: WordSet) -> Bool {
        let answer = mayMatch(bit: list.cueBit)
        #if DEBUG
        assert(answer || !tokens.contains { list.matches($0) }, "a word of the sentence is in a list its cues say none is in")
        #endif
        return answer
    }

    /// `mayMatch(list)` asked with the list's bit alone (`WordSet.cueBit`, all that test reads):
    /// for the gates of `extractEvents`, which read their lists' bits once per sentence
    /// (`EventGateBits`) instead of each list through its global accessor.
    @inline(__always)
    func mayMatch(bit: UInt8) -> Bool { bit >= coveredLists || union.contains(Int(bit)) }

    /// False only when no word of the sentence is in any list of `union` (so a scan of the
    /// sentence with `union.matches` finds nothing); true when one may be. Exact for the same
    /// reason as `mayMatch(_:)`: the union's bit test of one word (`WordSetUnion.matches(cues:cueLists:)`)
    /// asked of the OR of the words' masks, when every word's mask covers the lists.
    @inline(__always)
    func mayMatch(_ union: WordSetUnion) -> Bool {
        let answer = union.matches(cues: self.union, cueLists: coveredLists) ?? true
        #if DEBUG
        assert(answer || !tokens.contains { union.matches($0) }, "a word of the sentence is in a union its cues say none is in")
        #endif
        return answer
    }
}

extension DocumentRun {
    /// The cue summary of sentence `s` (`SentenceCues`), made for every sentence of the article
    /// the first time a rule asks, and kept for the article.
    ///
    /// Four rules read every word of every sentence for a few word lists, and most sentences
    /// hold none of their words: the back-references (`resolveAnaphora`: القاعدة, البلاد, ...),
    /// the triggers (`findTriggers`), the claims of a sentence without triggers (`attachClaims`)
    /// and the threats (`threatHostility`). Each scan cost a mask test per word. The summary is
    /// one pass over the words (an OR of their masks), made once, and answers for each rule
    /// whether its scan can find anything: a sentence that holds none of a rule's words is not
    /// scanned at all. The event rules' clause gates read the same summary (it was made again
    /// for every sentence with a trigger). The summaries depend on the tokens alone, which no
    /// rule changes. O(words of the article) once, O(1) per question.
    func cues(of s: Sentence) -> SentenceCues {
        if sentenceCues.isEmpty {
            let tokens = text.tokens
            sentenceCues.reserveCapacity(text.sentences.count)
            for sentence in text.sentences { sentenceCues.append(SentenceCues(tokens, sentence.tokens)) }
        }
        return sentenceCues[s.index]
    }
}

/// The word-list bits (`WordSet.cueBit`) of the lists whose sentence gates `extractEvents` asks,
/// read together once per sentence with a trigger.
///
/// Each gate used to read its list through the list's global accessor: a `static let` is
/// reached through a `swift_once` call on every read, and the gates made some 260,000 such
/// calls per 1,000 articles (about 22 a sentence with a trigger, and a few per trigger). The
/// gate test reads nothing of the list but its bit, so the bits are copied once into this
/// plain struct (no reference, nothing retained), one `swift_once` for all of them. Debug
/// builds check that every bit is its list's bit, and every list's answer exact (`check(_:)`).
struct EventGateBits {
    let accuseCue, accuseVerb, after, announce, anyOf, beforeIt, claim, convoy, dayAfter, deny: UInt8
    let inResponse, isNot, killed, launchVerb, launched, nextDay, notAnEvent, offsetAfter, offsetBefore: UInt8
    let periodPlural, precededBy, prevented, repeated, replied, responsibility, sequence, since: UInt8
    let someTime, soonerOrLater, subjected, timetable, until, want, when, wounded: UInt8

    static let shared = EventGateBits()

    private init() {
        accuseCue = Cues.accuseCue.cueBit; accuseVerb = Cues.accuseVerb.cueBit; after = Cues.after.cueBit
        announce = Cues.announce.cueBit; anyOf = Cues.anyOf.cueBit; beforeIt = Cues.beforeIt.cueBit
        claim = Cues.claim.cueBit; convoy = Cues.convoy.cueBit; dayAfter = Cues.dayAfter.cueBit; deny = Cues.deny.cueBit
        inResponse = Cues.inResponse.cueBit; isNot = Cues.isNot.cueBit; killed = Cues.killed.cueBit
        launchVerb = Cues.launchVerb.cueBit; launched = Cues.launched.cueBit; nextDay = Cues.nextDay.cueBit
        notAnEvent = Cues.notAnEvent.cueBit; offsetAfter = Cues.offsetAfter.cueBit; offsetBefore = Cues.offsetBefore.cueBit
        periodPlural = Cues.periodPlural.cueBit; precededBy = Cues.precededBy.cueBit; prevented = Cues.prevented.cueBit
        repeated = Cues.repeated.cueBit; replied = Cues.replied.cueBit; responsibility = Cues.responsibility.cueBit
        sequence = Cues.sequence.cueBit; since = Cues.since.cueBit; someTime = Cues.someTime.cueBit
        soonerOrLater = Cues.soonerOrLater.cueBit; subjected = Cues.subjected.cueBit; timetable = Cues.timetable.cueBit
        until = Cues.until.cueBit; want = Cues.want.cueBit; when = Cues.when.cueBit; wounded = Cues.wounded.cueBit
    }

    /// Whether every bit is its list's bit (`WordSet.cueBit`): then `cues.mayMatch(bit:)` gives
    /// the answer `cues.mayMatch(list)` gives, since that reads nothing of the list but its bit.
    /// Each list is also asked through `cues.mayMatch(list)`, whose own assertion checks that a
    /// negative answer is exact (no word of the sentence is in the list). Asked by debug builds'
    /// asserts, once per sentence with a trigger.
    func check(_ cues: SentenceCues) -> Bool {
        let pairs: [(UInt8, WordSet)] = [
            (accuseCue, Cues.accuseCue), (accuseVerb, Cues.accuseVerb), (after, Cues.after), (announce, Cues.announce),
            (anyOf, Cues.anyOf), (beforeIt, Cues.beforeIt), (claim, Cues.claim), (convoy, Cues.convoy),
            (dayAfter, Cues.dayAfter), (deny, Cues.deny), (inResponse, Cues.inResponse), (isNot, Cues.isNot),
            (killed, Cues.killed), (launchVerb, Cues.launchVerb), (launched, Cues.launched), (nextDay, Cues.nextDay),
            (notAnEvent, Cues.notAnEvent), (offsetAfter, Cues.offsetAfter), (offsetBefore, Cues.offsetBefore),
            (periodPlural, Cues.periodPlural), (precededBy, Cues.precededBy), (prevented, Cues.prevented),
            (repeated, Cues.repeated), (replied, Cues.replied), (responsibility, Cues.responsibility),
            (sequence, Cues.sequence), (since, Cues.since), (someTime, Cues.someTime), (soonerOrLater, Cues.soonerOrLater),
            (subjected, Cues.subjected), (timetable, Cues.timetable), (until, Cues.until), (want, Cues.want),
            (when, Cues.when), (wounded, Cues.wounded),
        ]
        for (bit, list) in pairs {
            guard bit == list.cueBit else { return false }
            _ = cues.mayMatch(list)
        }
        return true
    }
}

extension SentenceCues {
    /// Whether the sentence may refer to an event told elsewhere (`isEventReference`): only
    /// after a claim or a cause word, or inside an offset phrase (بعد/عقب), so a sentence with
    /// none of those lists refers to none. Asked by `extractEvents` and `otherEventSpans`.
    @inline(__always)
    func mayReferToEvent(_ gate: EventGateBits) -> Bool {
        mayMatch(bit: gate.claim) || mayMatch(bit: gate.inResponse) || mayMatch(bit: gate.offsetAfter)
    }
}

import GraphModel

/// Withdrawals promised for no time: "قال إن قوات بلاده ستغادر العراق "في وقت ما"، من دون أن يحدد
/// موعداً", "ستنسحب يوماً ما", "عاجلاً أم آجلاً". A leader's vague promise is a stance, not an event:
/// it names no act and no time, and a reader of the news would not list it among the withdrawals.
/// A plan with a time ("خلال الأشهر المقبلة", "بحلول نهاية العام") stays a planned event.
///
/// Only a withdrawal told as to come (a future verb or a word of planning before the trigger, as the
/// modality rule reads them) is tested: "انسحبت في وقت ما من العام الماضي" tells a past act.
/// Reads at most fourteen tokens after the trigger: O(1) per trigger.
extension DocumentRun {
    func isIndefiniteIntent(_ g: TriggerGroup, upper: Int, in s: Sentence) -> Bool {
        guard g.kind == .withdrawal else { return false }
        let head = token(g.first).norm
        let futureVerb = ["سي", "ست", "سن"].contains { head.hasPrefix($0) } && head.unicodeScalars.count >= 5
        let plannedBefore = (max(s.tokens.lowerBound, g.first - 4)..<g.first).contains { Cues.future.matches(token($0)) }
        guard futureVerb || plannedBefore else { return false }
        let end = min(upper, s.tokens.upperBound, g.last + 15)
        var i = g.last + 1
        while i < end {
            let t = token(i)
            if t.kind == .word {
                // "في وقت ما", "يوماً ما".
                if Cues.someTime.matches(t), let n = nextWord(i, in: s), n < end, token(n).norm == "ما" { return true }
                // "عاجلاً أم آجلاً".
                if Cues.soonerOrLater.matches(t) { return true }
                // "من دون أن يحدد موعداً", "دون تحديد جدول زمني".
                if Cues.without.matches(t) {
                    var k = i, hops = 0
                    while hops < 4, let n = nextWord(k, in: s), n < end {
                        if Cues.timetable.matches(token(n)) { return true }
                        k = n; hops += 1
                    }
                }
            }
            i += 1
        }
        return false
    }
}

extension Cues {
    /// The nouns of "في وقت ما" / "يوماً ما" (some time, some day).
    static let someTime = WordSet(["وقت", "يوما", "يوم"])
    /// "عاجلاً أم آجلاً" (sooner or later).
    static let soonerOrLater = WordSet(["عاجلا"])
    /// "دون"/"بدون" (without): "من دون أن يحدد موعداً".
    static let without = WordSet(["دون", "بدون"])
    /// A time set for an act: "موعداً", "جدولاً زمنياً", "سقف زمني", "توقيت".
    static let timetable = WordSet(["موعد", "موعدا", "جدول", "جدولا", "سقف", "سقفا", "توقيت", "توقيتا", "تاريخ", "تاريخا"])
}

/// A denial of what an act is: "مؤكداً أن مغادرة القاعدة تأتي في إطار إعادة تموضع، وليست انسحاباً من
/// العراق", "ليس انسحاباً بل إعادة انتشار". The noun right after "ليس/ليست" (a word may stand between:
/// "ليست مجرد انسحاب" is read alike) names what the act is not. Only the two words before the trigger are
/// read: "ليس من الواضح من يقف وراء الهجوم" negates the knowledge, not the attack.
extension DocumentRun {
    func isDeniedKind(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard let p = previousWord(g.first, in: s) else { return false }
        if Cues.isNot.matches(token(p)) { return true }
        guard let q = previousWord(p, in: s), Cues.isNot.matches(token(q)), token(p).kind == .word, covered[p] < 0 else { return false }
        return true
    }
}

extension Cues {
    /// The forms of "ليس" (is not).
    static let isNot = WordSet(["ليس", "ليست", "ليسوا", "ليسا", "ليستا"])
}

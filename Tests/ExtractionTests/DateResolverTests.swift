import Testing
import GraphModel
@testable import Extraction

/// Thursday 26 March 2020: the publication day most cases are resolved against.
let thursday26March2020 = Day(year: 2020, month: 3, day: 26)!

/// One expected mention: its text, its ISO date (nil = unresolved) and its rule.
struct ExpectedDate: Sendable, CustomTestStringConvertible {
    var sentence: String
    var text: String
    var iso: String?
    var rule: String
    var published: Day? = thursday26March2020

    init(_ sentence: String, _ text: String, _ iso: String?, _ rule: String, published: Day? = thursday26March2020) {
        self.sentence = sentence; self.text = text; self.iso = iso; self.rule = rule; self.published = published
    }

    var testDescription: String { "\(text) ← \(sentence)" }
}

/// Checks that `c.sentence` yields exactly one mention and that it is the expected one.
func expectSingle(_ c: ExpectedDate, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let found = DateResolver(publication: c.published).mentions(in: c.sentence)
    #expect(found.count == 1, "mentions: \(found.map { "\($0.text) \($0.rule)" })", sourceLocation: sourceLocation)
    guard let m = found.first else { return }
    #expect(m.text == c.text, sourceLocation: sourceLocation)
    #expect(m.date?.iso == c.iso, sourceLocation: sourceLocation)
    #expect(m.rule == c.rule, sourceLocation: sourceLocation)
    if let date = m.date {
        #expect(date.trace?.rule == c.rule, sourceLocation: sourceLocation)
        #expect(date.trace?.anchor.isEmpty == false, sourceLocation: sourceLocation)
    }
}

@Suite struct DateResolverTests {
    @Test func rangesPointAtTheOriginalTextAndSkipClitics() {
        let sentence = "وقال المسؤول: والأربعاء، أعلنت السلطات، وبالأمس غادرت القوات"
        let scalars = Array(sentence.unicodeScalars)
        let found = DateResolver(publication: thursday26March2020).mentions(in: sentence)
        #expect(found.map(\.text) == ["الأربعاء", "الأمس"])
        for m in found {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[m.range])
            #expect(String(view) == m.text)
        }
        #expect(found.map { $0.date?.iso } == ["2020-03-25", "2020-03-25"])
    }

    @Test func mentionsAreSortedAndDisjoint() {
        let sentence = "في 5 شباط 2019 والخميس الماضي وأمس، ثم في عام 2014 وقبل يومين، 2020/03/20 ونهاية ديسمبر الماضي"
        let found = DateResolver(publication: thursday26March2020).mentions(in: sentence)
        #expect(found.count == 7)
        for (a, b) in zip(found, found.dropFirst()) {
            #expect(a.range.upperBound <= b.range.lowerBound)
        }
    }

    @Test func explicitDatesCarryAnExplicitAnchor() throws {
        let m = try #require(DateResolver(publication: thursday26March2020).mentions(in: "وقع الهجوم في 28 كانون الأول 2019").first)
        #expect(m.date?.trace == DateTrace(anchor: "explicit 2019-12-28", rule: "explicit.day-month-year"))
        #expect(m.date?.precision == .day)
    }

    @Test func relativeDatesCarryThePublicationAnchor() throws {
        let m = try #require(DateResolver(publication: thursday26March2020).mentions(in: "وصل الوفد أمس إلى أربيل").first)
        #expect(m.date?.trace == DateTrace(anchor: "published 2020-03-26", rule: "relative.ams"))
    }

    @Test func outputIsDeterministic() {
        let sentence = "أعلن الجيش اليوم الخميس أن القوات ستنسحب الأحد المقبل بعد هجوم وقع في 11 آذار/مارس"
        let r = DateResolver(publication: thursday26March2020)
        #expect(r.mentions(in: sentence) == r.mentions(in: sentence))
    }

    @Test func emptyAndDatelessSentences() {
        let r = DateResolver(publication: thursday26March2020)
        #expect(r.mentions(in: "").isEmpty)
        #expect(r.mentions(in: "   ").isEmpty)
        #expect(r.mentions(in: "قصفت الطائرات مواقع التنظيم قرب الحدود").isEmpty)
    }
}

@Suite struct DateRobustnessTests {
    /// Fragments that start, end or break date expressions, joined in many orders.
    static let fragments = [
        "في", "17", "اذار", "2020", "كانون", "الأول", "/", "ديسمبر", "(", ")", "،", ".", "الخميس", "الماضي",
        "أمس", "أول", "من", "اليوم", "قبل", "يومين", "عام", "\"", "الأسبوع", "المقبل", "2020.03.20", "٢٨",
        "سينسحب", "الحادي", "عشر", "الشهر", "الجاري", "غداً", "نهاية", "بعد", "غد", "و2019", "12:28", "🚀",
        "تشرين", "ثاني", "هذا", "العام", "ليلة", "الموافق", "3/20/2020", "December", "18,", "الليلة", "إلى",
    ]

    @Test func generatedSentencesGiveConsistentMentions() {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let resolvers = [DateResolver(publication: thursday26March2020), DateResolver(publication: nil)]
        for _ in 0..<2_000 {
            let length = 1 + next(12)
            let sentence = (0..<length).map { _ in Self.fragments[next(Self.fragments.count)] }.joined(separator: next(2) == 0 ? " " : "")
            let scalars = Array(sentence.unicodeScalars)
            for resolver in resolvers {
                let found = resolver.mentions(in: sentence)
                for (a, b) in zip(found, found.dropFirst()) {
                    #expect(a.range.upperBound <= b.range.lowerBound, "overlap in \(sentence)")
                }
                for m in found {
                    #expect(m.range.lowerBound >= 0 && m.range.upperBound <= scalars.count && !m.range.isEmpty)
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[m.range])
                    #expect(String(view) == m.text, "span of \(m.rule) in \(sentence)")
                    if let date = m.date { #expect(date.trace?.rule == m.rule) }
                    if resolver.publication == nil, m.rule.hasPrefix("relative.") { #expect(m.date == nil) }
                }
            }
        }
    }

    @Test func offsetsCountScalarsPastEmojiMarksAndCarriageReturns() throws {
        let sentence = "🚀🚀 قالَ المُتحدِّثُ\r\nغداً، وفي ٥ شُباط ٢٠١٩ سقطت قذيفة"
        let found = DateResolver(publication: thursday26March2020).mentions(in: sentence)
        #expect(found.map(\.text) == ["غداً", "٥ شُباط ٢٠١٩"])
        let scalars = Array(sentence.unicodeScalars)
        for m in found {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[m.range])
            #expect(String(view) == m.text)
        }
    }

    @Test func truncatedExpressionsAtTheEndOfASentence() {
        let r = DateResolver(publication: thursday26March2020)
        for sentence in ["في 17", "كانون", "قبل", "عام \"", "أول من", "الأسبوع", "2020.", "الحادي عشر من", "بعد"] {
            #expect(r.mentions(in: sentence).isEmpty, "\(sentence)")
        }
    }
}

@Suite struct DateArithmeticTests {
    @Test(arguments: [
        (2020, 1, -1, 2019, 12), (2020, 12, 1, 2021, 1), (2020, 3, -15, 2018, 12),
        (2020, 3, 0, 2020, 3), (2020, 11, 26, 2023, 1), (1, 1, -1, 0, 12),
    ])
    func monthShift(_ year: Int, _ month: Int, _ delta: Int, _ y: Int, _ m: Int) {
        let shifted = DateGrammar.shift(year: year, month: month, by: delta)
        #expect(shifted.year == y && shifted.month == m)
    }

    /// Publication Thursday 26 March 2020 (ISO weekday 4).
    @Test func weekdaysAroundPublication() {
        let p = thursday26March2020
        #expect(DateGrammar.latest(weekday: 4, onOrBefore: p, strict: false) == p)
        #expect(DateGrammar.latest(weekday: 4, onOrBefore: p, strict: true) == p.adding(days: -7))
        #expect(DateGrammar.latest(weekday: 5, onOrBefore: p, strict: false) == p.adding(days: -6))
        #expect(DateGrammar.earliest(weekday: 4, onOrAfter: p, strict: false) == p)
        #expect(DateGrammar.earliest(weekday: 4, onOrAfter: p, strict: true) == p.adding(days: 7))
        #expect(DateGrammar.earliest(weekday: 3, onOrAfter: p, strict: false) == p.adding(days: 6))
        for w in 1...7 {
            #expect(DateGrammar.latest(weekday: w, onOrBefore: p, strict: false).isoWeekday == w)
            #expect(DateGrammar.earliest(weekday: w, onOrAfter: p, strict: true).isoWeekday == w)
        }
    }
}

import Testing
import GraphModel
@testable import Extraction

@Suite struct DateDatelineTests {
    private func dateline(_ text: String) -> DateMention? { DateResolver.dateline(in: text) }

    @Test func weekdayDayMonthYear() throws {
        let text = "وكالة الأنباء - بغداد\nالثلاثاء 17 اذار 2020\nأعلن التحالف الدولي أن القوات ستنسحب"
        let m = try #require(dateline(text))
        #expect(m.date?.iso == "2020-03-17")
        #expect(m.date?.precision == .day)
        #expect(m.rule == "dateline.day-month-year")
        #expect(m.date?.trace == DateTrace(anchor: "explicit 2020-03-17", rule: "dateline.day-month-year"))
        #expect(m.text == "الثلاثاء 17 اذار 2020")
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[m.range])
        #expect(String(view) == m.text)
    }

    @Test func numericStampAfterAHeader() throws {
        let text = "الموقع الإخباري\nكـل الأخبار\n\nالتحالف يتحدث عن أسباب الانسحاب\n\n2020.03.20 - 12:28\nنص الخبر"
        let m = try #require(dateline(text))
        #expect(m.date?.iso == "2020-03-20")
        #expect(m.rule == "dateline.numeric")
        #expect(Array(text.unicodeScalars)[m.range.lowerBound] == "2")
    }

    @Test(arguments: [
        ("20/03/2020\nخبر", "2020-03-20"),
        ("١٧ مارس ٢٠٢٠ - عاجل", "2020-03-17"),
        ("عنوان الخبر\nنشر في: ٠٥/٠١/٢٠٢٠", "2020-01-05"),
        ("الأحد، 29 آذار/مارس 2020\nبغداد", "2020-03-29"),
        ("آخر تحديث: 2020-03-17T12:28:00Z\nنص", "2020-03-17"),
        ("نشر بتاريخ: الثلاثاء، 17 آذار 2020 - 12:28 م", "2020-03-17"),
        ("Mar 28, 2020 10:45\nنص الخبر", "2020-03-28"),
        ("السبت 4 شعبان 1441 هـ الموافق 28 آذار 2020 م\nنص", "2020-03-28"),
    ])
    func forms(_ text: String, _ iso: String) {
        #expect(dateline(text)?.date?.iso == iso)
    }

    @Test func onlyFullDatesNearTheTopCount() {
        // A day without a year, a month-year or a relative word is no dateline.
        #expect(dateline("عنوان\n28 ديسمبر\nنوفمبر 2017\nاليوم الخميس\nنص") == nil)
        // A full date further down is not the dateline.
        let late = (1...6).map { "سطر رقم \($0) من النص" }.joined(separator: "\n") + "\n17 اذار 2020"
        #expect(dateline(late) == nil)
        #expect(dateline("") == nil)
        // A photo caption in English is not the dateline.
        let caption = "التحالف يسحب قواته من قاعدة مهمة\n\nAn image made available on 18 December 2011 shows US soldiers\nنص الخبر"
        #expect(dateline(caption) == nil)
    }
}

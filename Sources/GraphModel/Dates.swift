/// A calendar day in the proleptic Gregorian calendar, stored as days since 1970-01-01.
///
/// Plain integer arithmetic (H. Hinnant, "chrono-compatible low-level date algorithms"),
/// so no time zone, locale or Foundation calendar can change a result.
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// nil when the triple is not a real date (month 13, 30 February, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        daysSinceEpoch = era * 146097 + doe - 719468
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7   // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let y = thursday.year
        let jan1 = Day(year: y, month: 1, day: 1)!
        return (y, (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1)
    }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    public var iso: String {
        let c = components
        // A year of four digits (every date of the articles): the ten ASCII bytes are written
        // in place, a small string with no heap block. The interpolation of three padded
        // strings cost some 2,500 instructions, and the event rules write a day into the
        // trace of every date carried from another sentence or event.
        if (0...9999).contains(c.year), (1...12).contains(c.month), (1...31).contains(c.day) {
            let fast = String(unsafeUninitializedCapacity: 10) { bytes in
                var year = c.year
                for k in stride(from: 3, through: 0, by: -1) { bytes[k] = UInt8(48 + year % 10); year /= 10 }
                bytes[4] = 45
                bytes[5] = UInt8(48 + c.month / 10); bytes[6] = UInt8(48 + c.month % 10)
                bytes[7] = 45
                bytes[8] = UInt8(48 + c.day / 10); bytes[9] = UInt8(48 + c.day % 10)
                return 10
            }
            assert(fast == "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))", "a day written in place differs from its padded form")
            return fast
        }
        return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
    }
    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO day: \(s)"))
        }
        self = d
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// How exactly a date is known.
public enum DatePrecision: String, Codable, CaseIterable, Sendable {
    case day, week, month, year, unknown
}

/// Where a resolved date came from: the anchor it was computed from and the rule that did it.
public struct DateTrace: Hashable, Codable, Sendable {
    /// e.g. "published 2020-03-26" or "explicit 2020-03-19 in sentence 4".
    public var anchor: String
    /// e.g. "weekday-past", "explicit-day-month-year", "ams".
    public var rule: String
    public init(anchor: String, rule: String) { self.anchor = anchor; self.rule = rule }
}

/// A date with its precision: the interval [start, end] it stands for, and how it was found.
///
/// `start` is the first day of the interval: the day itself, the Monday of an ISO week,
/// the first of a month, or 1 January. An unknown date has no value at all: use `nil`
/// rather than inventing one.
public struct EventDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var start: Day
    public var precision: DatePrecision
    public var trace: DateTrace?

    public init(start: Day, precision: DatePrecision, trace: DateTrace? = nil) {
        precondition(precision != .unknown, "an unknown date is nil, not an EventDate")
        self.start = start
        self.precision = precision
        self.trace = trace
    }

    public static func day(_ d: Day, trace: DateTrace? = nil) -> EventDate { EventDate(start: d, precision: .day, trace: trace) }
    public static func month(year: Int, month: Int, trace: DateTrace? = nil) -> EventDate? {
        Day(year: year, month: month, day: 1).map { EventDate(start: $0, precision: .month, trace: trace) }
    }
    public static func year(_ y: Int, trace: DateTrace? = nil) -> EventDate? {
        Day(year: y, month: 1, day: 1).map { EventDate(start: $0, precision: .year, trace: trace) }
    }
    /// The ISO week holding `d`.
    public static func week(containing d: Day, trace: DateTrace? = nil) -> EventDate {
        EventDate(start: d.adding(days: 1 - d.isoWeekday), precision: .week, trace: trace)
    }

    /// Last day of the interval.
    public var end: Day {
        switch precision {
        case .day, .unknown: return start
        case .week: return start.adding(days: 6)
        case .month:
            let c = start.components
            return Day(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year))!
        case .year: return Day(year: start.year, month: 12, day: 31)!
        }
    }

    /// The text form used in every export: `2020-03-19`, `2020-W12`, `2020-03`, `2020`.
    public var iso: String {
        switch precision {
        case .day, .unknown: return start.iso
        case .week:
            let w = start.isoWeek
            return "\(w.year)-W\(Day.pad(w.week, 2))"
        case .month: return String(start.iso.prefix(7))
        case .year: return String(start.iso.prefix(4))
        }
    }
    public var description: String { iso }

    /// Parses the forms `iso` writes (and a full ISO timestamp, whose day is kept).
    public init?(iso text: String, trace: DateTrace? = nil) {
        let s = text.trimmingCharacters(in: .whitespaces)
        if s.count >= 10, let d = Day(iso: String(s.prefix(10))), s.count == 10 || s.dropFirst(10).first == "T" {
            self.init(start: d, precision: .day, trace: trace); return
        }
        if s.count == 8, s.dropFirst(4).hasPrefix("-W"), let y = Int(s.prefix(4)), let w = Int(s.suffix(2)),
           (1...53).contains(w), let jan4 = Day(year: y, month: 1, day: 4) {
            let monday = jan4.adding(days: 1 - jan4.isoWeekday + (w - 1) * 7)
            self.init(start: monday, precision: .week, trace: trace); return
        }
        if s.count == 7, let y = Int(s.prefix(4)), s.dropFirst(4).first == "-", let m = Int(s.suffix(2)),
           let d = Day(year: y, month: m, day: 1) {
            self.init(start: d, precision: .month, trace: trace); return
        }
        if s.count == 4, let y = Int(s), let d = Day(year: y, month: 1, day: 1) {
            self.init(start: d, precision: .year, trace: trace); return
        }
        return nil
    }

    /// Whether two dates can name the same day: their intervals, widened by `slackDays`, overlap.
    public func isCompatible(with other: EventDate, slackDays: Int = 0) -> Bool {
        start.adding(days: -slackDays) <= other.end && other.start.adding(days: -slackDays) <= end
    }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

import Foundation

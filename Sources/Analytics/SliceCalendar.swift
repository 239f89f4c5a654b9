import GraphModel

/// How long one time slice is.
public enum SliceGranularity: String, CaseIterable, Sendable {
    case day, week, month, quarter, year

    /// The calendar window of this granularity that holds `day`.
    ///
    /// Weeks are ISO 8601 weeks (Monday to Sunday, numbered in their ISO week-year), so
    /// `2020-W01` starts on 2019-12-30. Quarters are calendar quarters.
    public func window(containing day: Day) -> SliceWindow {
        let c = day.components
        switch self {
        case .day:
            return SliceWindow(name: day.iso, first: day, last: day)
        case .week:
            let monday = day.adding(days: 1 - day.isoWeekday)
            let w = day.isoWeek
            return SliceWindow(name: "\(pad(w.year, 4))-W\(pad(w.week, 2))", first: monday, last: monday.adding(days: 6))
        case .month:
            let first = Day(year: c.year, month: c.month, day: 1)!
            let last = Day(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year))!
            return SliceWindow(name: "\(pad(c.year, 4))-\(pad(c.month, 2))", first: first, last: last)
        case .quarter:
            let q = (c.month - 1) / 3 + 1
            let firstMonth = (q - 1) * 3 + 1
            let first = Day(year: c.year, month: firstMonth, day: 1)!
            let last = Day(year: c.year, month: firstMonth + 2, day: Day.daysIn(month: firstMonth + 2, year: c.year))!
            return SliceWindow(name: "\(pad(c.year, 4))-Q\(q)", first: first, last: last)
        case .year:
            return SliceWindow(name: pad(c.year, 4), first: Day(year: c.year, month: 1, day: 1)!,
                               last: Day(year: c.year, month: 12, day: 31)!)
        }
    }

    /// Every window from the one holding `from` to the one holding `to`, in order, with no gaps.
    public func windows(from: Day, to: Day) -> [SliceWindow] {
        guard from <= to else { return [] }
        var out: [SliceWindow] = []
        var w = window(containing: from)
        while w.first <= to {
            out.append(w)
            w = window(containing: w.last.adding(days: 1))
        }
        return out
    }

    /// The number of windows `windows(from:to:)` would return, without building them.
    public func windowCount(from: Day, to: Day) -> Int {
        guard from <= to else { return 0 }
        let a = window(containing: from), b = window(containing: to)
        switch self {
        case .day: return b.first.daysSinceEpoch - a.first.daysSinceEpoch + 1
        case .week: return (b.first.daysSinceEpoch - a.first.daysSinceEpoch) / 7 + 1
        case .month: return (b.first.year - a.first.year) * 12 + b.first.month - a.first.month + 1
        case .quarter: return (b.first.year - a.first.year) * 4 + (b.first.month - a.first.month) / 3 + 1
        case .year: return b.first.year - a.first.year + 1
        }
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// One calendar window: a closed interval of days with a name that sorts in time order
/// (`2020-03-19`, `2020-W12`, `2020-03`, `2020-Q1`, `2020`).
public struct SliceWindow: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Sortable name, also used as the file name of the slice's outputs.
    public let name: String
    public let first: Day
    public let last: Day

    public init(name: String, first: Day, last: Day) {
        precondition(first <= last, "a window's first day comes before its last")
        self.name = name; self.first = first; self.last = last
    }

    public func contains(_ d: Day) -> Bool { first <= d && d <= last }

    /// `2020-03-16 – 2020-03-22`, or the single day.
    public var rangeText: String { first == last ? first.iso : "\(first.iso) – \(last.iso)" }

    public var description: String { name }

    public static func < (a: SliceWindow, b: SliceWindow) -> Bool { (a.first, a.last) < (b.first, b.last) }
}

import Foundation

/// Makes cairo's PDF output reproducible.
///
/// cairo 1.16 (Debian bookworm) stamps `/CreationDate (D:YYYYMMDDHHmmSSZ)` with the
/// current time and ignores `SOURCE_DATE_EPOCH`, so two runs differ. The stamp is rewritten
/// in place with a date of the same length — `SOURCE_DATE_EPOCH` when set, else
/// 1970-01-01 — so the cross-reference offsets stay valid.
enum ExportPDF {
    static func reproducible(_ pdf: Data, environment: [String: String] = ProcessInfo.processInfo.environment) -> Data {
        let stamp = fixedStamp(environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 0)
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let needle = [UInt8](key.utf8)
            var i = 0
            // The info dictionary sits near the end; a linear scan over the bytes is O(n).
            while let at = find(needle, in: bytes, from: i) {
                var j = at + needle.count, k = 0
                while j < bytes.count, k < stamp.count, bytes[j] >= 0x30, bytes[j] <= 0x39 {
                    bytes[j] = stamp[k]; j += 1; k += 1
                }
                i = j
            }
        }
        return Data(bytes)
    }

    /// `YYYYMMDDHHmmSS` in UTC for a Unix time.
    static func fixedStamp(_ seconds: Int) -> [UInt8] {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        let text = pad(y, 4) + pad(m, 2) + pad(d, 2) + pad(rest / 3600, 2) + pad(rest % 3600 / 60, 2) + pad(rest % 60, 2)
        return Array(text.utf8)
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = start
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

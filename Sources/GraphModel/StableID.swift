/// Ids derived from content, so the same input always gives the same ids.
///
/// Never uses `Hasher` or `hashValue`: Swift seeds those per process.
public enum StableID {
    /// 64-bit FNV-1a over the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// 16 lowercase hex digits of `fnv1a64`.
    public static func hash(_ parts: [String]) -> String {
        let h = fnv1a64(parts.joined(separator: "\u{1F}"))
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// A readable slug of Latin letters and digits: "Kata'ib Hezbollah" → "kataib-hezbollah".
    /// Non-Latin text gives an empty slug; callers then fall back to `hash`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for u in text.lowercased().unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(u)
                dash = false
            } else if u == "'" || u == "’" {
                continue
            } else {
                dash = true
            }
        }
        return out
    }

    /// `prefix-slug`, or `prefix-hash` when the name has no Latin letters.
    /// Always a valid XML NMTOKEN (GraphML ids) and a valid DOT id.
    public static func make(prefix: String, name: String, disambiguator: [String] = []) -> String {
        let s = slug(name)
        if s.isEmpty { return "\(prefix)-\(hash([name] + disambiguator).prefix(12))" }
        if disambiguator.isEmpty { return "\(prefix)-\(s)" }
        return "\(prefix)-\(s)-\(hash([name] + disambiguator).prefix(8))"
    }
}

/// Ids derived from content, so the same input always gives the same ids.
///
/// Never uses `Hasher` or `hashValue`: Swift seeds those per process.
public enum StableID {
    /// 64-bit FNV-1a over the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 { fnv1a64(continuing: 0xcbf2_9ce4_8422_2325, text) }

    /// FNV-1a from the state `h` over the UTF-8 bytes of `text`, read in place (a loop over the
    /// bytes of a native string's storage, not a walk of its `UTF8View`).
    @inline(__always)
    static func fnv1a64(continuing h: UInt64, _ text: String) -> UInt64 {
        UTF8Bytes.with(text) { bytes in
            var h = h
            for b in bytes {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01b3
            }
            return h
        }
    }

    /// `fnv1a64` of the parts joined by U+001F (one UTF-8 byte, 0x1F), without joining them:
    /// the same bytes are hashed in the same order, with no joined string made.
    public static func fnv1a64(joining parts: [String]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in parts.indices {
            if i > 0 {
                h ^= 0x1F
                h = h &* 0x0000_0100_0000_01b3
            }
            h = fnv1a64(continuing: h, parts[i])
        }
        return h
    }

    /// `prefix` followed by the 16 lowercase hex digits of `h`, zero-padded (what `hash` gives
    /// for a hash value), written into one new string.
    public static func hexDigits(_ h: UInt64, prefix: String = "") -> String {
        UTF8Bytes.with(prefix) { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 16) { out in
                for i in prefix.indices { out[i] = prefix[i] }
                for i in 0..<16 {
                    let digit = UInt8(truncatingIfNeeded: h >> UInt64(60 - 4 * i)) & 0xF
                    out[prefix.count + i] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                }
                return prefix.count + 16
            }
        }
    }

    /// 16 lowercase hex digits of `fnv1a64` of the parts joined by U+001F.
    ///
    /// Hashed over the parts' bytes as they lie (`fnv1a64(joining:)`) and written digit by digit
    /// (`hexDigits`): joining the parts, walking the joined string's `UTF8View`, `String(radix:)`
    /// and padding came to some 5,500 instructions per id, once per edge of a merged graph.
    /// Debug builds check the result against that definition (`referenceHash`).
    public static func hash(_ parts: [String]) -> String {
        let digits = hexDigits(fnv1a64(joining: parts))
        assert(digits == referenceHash(parts), "hash differs from its definition")
        return digits
    }

    /// `hash` as defined: FNV-1a over the joined parts, in base 16, padded with zeros to 16 digits.
    static func referenceHash(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in parts.joined(separator: "\u{1F}").utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
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

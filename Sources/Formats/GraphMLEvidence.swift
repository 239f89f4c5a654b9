import GraphModel

/// Evidence records written straight into XML element content, as UTF-8 bytes.
///
/// Gives the bytes of `XMLText.content(GraphFields.formatEvidence(evidence))` without
/// building the joined list and scanning it a second time; evidence is most of the bytes of
/// an extracted graph. Exact because `formatEvidence` escapes each item on its own, the
/// separator ` | ` holds nothing XML escapes, and `XMLText.content` works scalar by scalar:
/// the content of the joined list is the join of each item's content. An item whose strings
/// hold nothing to escape (a byte test) is copied as it is, its numbers formatted in place;
/// any other goes through the general functions. O(bytes written).
enum GraphMLEvidence {
    static func appendContent(_ evidence: [Evidence], to out: inout ByteBuffer) {
        withUnsafePointer(to: evidence) { appendContent($0, to: &out) }
    }

    /// `appendContent` of the list stored at `list` (an element's, read in place: the list is
    /// not retained).
    static func appendContent(_ list: UnsafePointer<[Evidence]>, to out: inout ByteBuffer) {
        // Records are read in place through a pointer: `evidence[i]` handed to a function
        // copied the record, a retain and a release of each of its three strings.
        let inPlace = BorrowedUTF8.layoutIsKnown
        list.pointee.withUnsafeBufferPointer { evidence in
            var document = Recent(), rule = Recent()
            for i in evidence.indices {
                if inPlace, i % touchBatch == 0 {
                    touchTexts(UnsafeBufferPointer(rebasing: evidence[i..<Swift.min(i + touchBatch, evidence.count)]), out: &out)
                }
                if i > 0 { out.appendASCII(" | ") }
                let e = evidence.baseAddress! + i
                let start = out.count
                if !appendPlainItem(e, document: &document, rule: &rule, inPlace: inPlace, to: &out) {
                    // The partial record is taken back, and with it what `Recent` may point to.
                    out.removeLast(out.count - start)
                    document = Recent()
                    rule = Recent()
                    out.appendUTF8(XMLText.content(GraphFields.joinList([GraphFields.evidenceItem(e.pointee)])))
                }
            }
        }
    }

    /// Records whose texts are touched together before they are written (`touchTexts`).
    static let touchBatch = 16

    /// Reads the first byte of each record's text, all of them before any is written.
    ///
    /// Why: the texts of an element's records were made by different articles and lie far
    /// apart on the heap, so the first read of each is a cache miss (half of the evidence
    /// writer's samples sat on that one load, `perf annotate`). Written one record after the
    /// other, each miss waited for the record before it to be tested and copied, a few hundred
    /// instructions, more than the processor looks ahead; here the batch's loads are
    /// independent and a handful of instructions apart, so their misses overlap. The bytes
    /// read change nothing: they are folded into one byte stored past the end of the output,
    /// in capacity that the next append overwrites (a store the compiler must keep, so the
    /// loads are kept too).
    @inline(__always)
    private static func touchTexts(_ records: UnsafeBufferPointer<Evidence>, out: inout ByteBuffer) {
        var folded: UInt8 = 0
        for e in records.indices {
            if let text = BorrowedUTF8.inPlace(storedField(records.baseAddress! + e, \.text)), let first = text.first {
                folded ^= first
            }
        }
        out.reserve(1)
        out.base[out.count] = folded
    }

    /// Where the last document name or rule written by `appendContent` is in the output, by
    /// its string's words as stored (`StringWords`).
    ///
    /// Shaped for speed: an element's records mostly repeat their neighbour's document and
    /// rule, and those strings are shared by thousands of records across the threads writing
    /// chunks; reading one out of its record retains it, an atomic increment of a counter the
    /// other core increments too. When the representation is the last one's, its bytes (already
    /// found plain) are copied from where they were written, and the string is not touched.
    private struct Recent {
        var representation: StringWords?
        var start = 0, count = 0
    }

    /// `GraphFields.evidenceItem`, escaped: `doc#sentence[start-end] rule: text`, when none of
    /// its strings needs escaping (true); otherwise false, having written part of it.
    @inline(__always)
    private static func appendPlainItem(_ e: UnsafePointer<Evidence>, document: inout Recent, rule: inout Recent,
                                        inPlace: Bool, to out: inout ByteBuffer) -> Bool {
        guard appendPlain(storedField(e, \.document), recent: &document, inPlace: inPlace, to: &out) else { return false }
        out.reserve(3 * ByteBuffer.maxDecimalLength + 6)
        out.uncheckedAppend(UInt8(ascii: "#"))
        out.uncheckedAppendDecimal(e.pointee.sentence)
        out.uncheckedAppend(UInt8(ascii: "["))
        out.uncheckedAppendDecimal(e.pointee.start)
        out.uncheckedAppend(UInt8(ascii: "-"))
        out.uncheckedAppendDecimal(e.pointee.end)
        out.uncheckedAppend(UInt8(ascii: "]"), UInt8(ascii: " "))
        guard appendPlain(storedField(e, \.rule), recent: &rule, inPlace: inPlace, to: &out) else { return false }
        out.appendASCII(": ")
        return BorrowedUTF8.with(storedField(e, \.text), inPlace: inPlace) { text in
            guard isPlain(text) else { return false }
            out.append(text)
            return true
        }
    }

    /// Appends the string at `field` when plain (true), copied from its last place in `out`
    /// when it is the string `recent` describes; false, having written nothing, when not plain.
    @inline(__always)
    private static func appendPlain(_ field: UnsafePointer<String>, recent: inout Recent, inPlace: Bool,
                                    to out: inout ByteBuffer) -> Bool {
        let representation = StringWords(at: field)
        let start = out.count
        if representation == recent.representation {
            out.appendCopy(ofBytesAt: recent.start, count: recent.count)
            assert(UTF8Bytes.with(field.pointee) { Array($0) } == Array(out.bytes[start...]), "a recent string's bytes differ")
        } else {
            let plain = BorrowedUTF8.with(field, inPlace: inPlace) { bytes in
                guard isPlain(bytes) else { return false }
                out.append(bytes)
                return true
            }
            guard plain else { return false }
            recent.representation = representation
            recent.count = out.count - start
        }
        recent.start = start
        return true
    }

    /// A list column (`sources`) written straight into element content: the bytes of
    /// `XMLText.content(GraphFields.joinList(items))`, exact for the same reason as evidence
    /// (each item is escaped on its own, `|` is not escaped by XML). A plain item is copied.
    static func appendListContent(_ items: [String], to out: inout ByteBuffer) {
        withUnsafePointer(to: items) { appendListContent($0, to: &out) }
    }

    /// `appendListContent` of the list stored at `list`, read in place.
    static func appendListContent(_ list: UnsafePointer<[String]>, to out: inout ByteBuffer) {
        let inPlace = BorrowedUTF8.layoutIsKnown
        list.pointee.withUnsafeBufferPointer { items in
            for i in items.indices {
                if i > 0 { out.append(UInt8(ascii: "|")) }
                let copied = BorrowedUTF8.with(items.baseAddress! + i, inPlace: inPlace) { bytes in
                    guard isPlain(bytes) else { return false }
                    out.append(bytes)
                    return true
                }
                if !copied { out.appendUTF8(XMLText.content(GraphFields.joinList([items[i]]))) }
            }
        }
    }

    /// Whether neither list escaping (`\`, `|`) nor XML escaping (`&`, `<`, `>`, controls,
    /// and conservatively the lead byte 0xEF of U+FFFE/U+FFFF) would change `s`.
    @inline(__always)
    static func isPlain(_ s: String) -> Bool {
        UTF8Bytes.with(s) { isPlain($0) }
    }

    /// `isPlainBytewise`, eight bytes at a time (`isPlainWordwise`); debug builds check the two agree.
    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let plain = isPlainWordwise(bytes)
        assert(plain == isPlainBytewise(bytes), "word-at-a-time plain test differs from the byte loop's")
        return plain
    }

    /// `isPlainBytewise`, eight bytes at a time (SWAR, `ByteWords`): every evidence string of
    /// the graph (150 MB of text for 10,000 articles) is tested before it is copied, and the
    /// byte loop was most of the evidence writer's own time. A word fails when one of its bytes
    /// is below 0x20 or equals one of the six bytes; each test is exact for the whole word.
    @inline(__always)
    static func isPlainWordwise(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        guard raw.count >= 8 else { return isPlainBytewise(bytes) }
        @inline(__always) func plainWord(at i: Int) -> Bool {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let below = ByteWords.below, has = ByteWords.has
            return below(x, 0x20) | has(x, 0x5C) | has(x, 0x7C) | has(x, 0x26) | has(x, 0x3C) | has(x, 0x3E) | has(x, 0xEF) == 0
        }
        var i = 0
        while i + 8 <= raw.count {
            if !plainWord(at: i) { return false }
            i += 8
        }
        // The last bytes as the word that ends the string, overlapping bytes already tested
        // (harmless for a test of "no byte is special"), instead of a byte loop: most strings
        // tested are short (document names, rules, a few words of evidence).
        return i == raw.count || plainWord(at: raw.count - 8)
    }

    /// The reference definition, a byte at a time.
    static func isPlainBytewise(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 0x00..<0x20, 0xEF:
                return false
            default: continue
            }
        }
        return true
    }
}

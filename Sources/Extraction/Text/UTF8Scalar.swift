/// The scalar of a two-byte UTF-8 sequence (lead byte `b0` in C2–DF, continuation byte `b1` in
/// 80–BF, as in valid UTF-8), computed as `(b0 << 6) + b1 - 0x3080`.
///
/// Why it is the scalar: for those ranges `b0 - 0xC0 == b0 & 0x1F` and `b1 - 0x80 == b1 & 0x3F`,
/// so `((b0 & 0x1F) << 6) | (b1 & 0x3F)` (the textbook decode, whose two parts share no bit) equals
/// `((b0 - 0xC0) << 6) + (b1 - 0x80)`, and the two constants fold into one: `0xC0 << 6 + 0x80`.
/// The date tokenizer decodes every letter of the sentences it reads this way: a shift, a load
/// and two adds, where masking both bytes and or-ing them took one instruction more. Debug builds
/// check it against the textbook decode.
///
/// Not used by the main tokenizer (`SentenceSplit.decode`): there the masked form lets the
/// compiler prove that a two-byte scalar is below the end of `ArabicFolding.scalarTable`
/// (U+2070) and drop the range test before the table load; this form loses that proof (the
/// sum's known bits reach U+3FFF) and brought the test back, one instruction more than it saved
/// (measured: `SentenceSplit.tokenize` 187.6M → 194.0M instructions). The date tokenizer tests
/// its table's end (U+0700) on every path anyway.
@inline(__always)
func utf8TwoByteValue(_ b0: UInt32, _ b1: UInt32) -> UInt32 {
    let value = (b0 &<< 6) &+ b1 &- 0x3080
    assert(value == ((b0 & 0x1F) << 6 | (b1 & 0x3F)), "not a two-byte UTF-8 sequence")
    return value
}

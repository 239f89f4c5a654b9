/// Tests on the eight bytes of a 64-bit word at once (SWAR), for the writers' scans of every
/// string they copy: "is some byte below n" and "is some byte equal to c", each exact for the
/// word as a whole (Hacker's Delight 6-1: (x − 0x01…01·n) & ~x & 0x80…80 is nonzero iff some
/// byte of x is below n, for n ≤ 128; a byte equal to c is a zero byte of x ^ 0x01…01·c). The
/// result's set bits do not say which byte matched; callers only test it for zero.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero iff some byte of `x` is below `n` (n ≤ 128).
    @inline(__always)
    static func below(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &- n &* ones) & ~x & highs }

    /// Nonzero iff some byte of `x` equals `c`.
    @inline(__always)
    static func has(_ x: UInt64, _ c: UInt64) -> UInt64 { below(x ^ (c &* ones), 1) }
}

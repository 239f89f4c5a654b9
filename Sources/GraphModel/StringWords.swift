/// A `String`'s two words as stored, read without retaining it. Equal words are equal strings:
/// a small string's words are its bytes and count; a large one's are its count, flags and the
/// address of its storage, which cannot be reused while someone holds the string. (Unequal
/// words may still be equal strings: two copies of one text.)
///
/// For code that meets the same few strings many times (a merged graph's document names, rules
/// and relations, pooled so that equal texts share one storage) and would otherwise retain and
/// release each one, or hash or compare its bytes, to learn it is the one seen before.
public struct StringWords: Equatable, Sendable {
    public var low: UInt64, high: UInt64

    @inline(__always)
    public init(_ string: String) {
        (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
    }

    /// The words of the string at `pointer`, read in place.
    @inline(__always)
    public init(at pointer: UnsafePointer<String>) {
        assert(MemoryLayout<String>.size == 16, "a String is not two words on this platform")
        let raw = UnsafeRawPointer(pointer)
        low = raw.load(as: UInt64.self)
        high = raw.load(fromByteOffset: 8, as: UInt64.self)
    }
}

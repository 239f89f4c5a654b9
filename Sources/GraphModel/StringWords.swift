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

    /// Bit 61 of the second word: set for a small string (up to 15 UTF-8 bytes held in the two
    /// words themselves, no storage object), clear for every other form (native storage, a
    /// literal, a bridged or foreign string).
    public static let smallFlag: UInt64 = 1 << 61

    /// Whether these are a small string's words (`smallFlag`); meaningful only where
    /// `smallFormIsKnown`.
    @inline(__always)
    public var isSmall: Bool { high & Self.smallFlag != 0 }

    /// Whether this process's strings have the layout `isSmall` and `smallString` assume: tried
    /// once on a string of each form (empty, small ASCII and Arabic, large native, large
    /// literal). Small ones must carry the flag and come back with their bytes from their
    /// words, the others must not carry it. That layout is the standard library's, not a
    /// promise of its ABI on Linux: code that keeps strings as words checks this first and
    /// keeps them as strings otherwise.
    public static let smallFormIsKnown: Bool = {
        #if _pointerBitWidth(_64) && _endian(little) && !_runtime(_ObjC)
        let large = String(repeating: "قاعدة عين الأسد ", count: 4)
        let smallSamples = ["", "abc", "قاعدة", "bench_00042.txt"]
        let largeSamples = [large, large + "x", "a literal longer than fifteen bytes"]
        return smallSamples.allSatisfy { sample in
            let words = StringWords(sample)
            return words.isSmall && Array(words.smallString.utf8) == Array(sample.utf8)
        } && largeSamples.allSatisfy { !StringWords($0).isSmall }
        #else
        return false
        #endif
    }()

    /// The small string whose words these are. Only for words with `isSmall`, where
    /// `smallFormIsKnown`: a small string holds no reference, so the words are the whole value
    /// and making it again needs no retain.
    @inline(__always)
    public var smallString: String {
        assert(isSmall, "not a small string's words")
        return unsafeBitCast((low, high), to: String.self)
    }

    /// Words kept earlier (from `low` and `high` of a `StringWords`).
    @inline(__always)
    public init(low: UInt64, high: UInt64) { (self.low, self.high) = (low, high) }

    /// The words of the string at `pointer`, read in place.
    @inline(__always)
    public init(at pointer: UnsafePointer<String>) {
        assert(MemoryLayout<String>.size == 16, "a String is not two words on this platform")
        let raw = UnsafeRawPointer(pointer)
        low = raw.load(as: UInt64.self)
        high = raw.load(fromByteOffset: 8, as: UInt64.self)
    }
}

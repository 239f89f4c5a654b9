import GraphModel

/// The UTF-8 bytes of a `String` stored at an address, read in place without retaining it.
///
/// Why: the GraphML writer reads every evidence string of the graph (about 1.4 million records
/// for 10,000 articles) on every core at once. Evidence texts, document names and rules are
/// pooled by the merger, so one string's storage is shared by thousands of records, and a
/// `String` read out of its record, even only to look at its bytes (`UTF8Bytes.with`), is
/// retained and released: an atomic increment and decrement of a counter on a cache line the
/// other core writes too. That retain was half of the writer's element loop (1.7% of the
/// whole `eventgraph extract` command).
///
/// How: a string whose UTF-8 is stored after its storage object's header (a native string, or a
/// large literal) is two words: the first holds the byte count (low 48 bits) and the flag
/// "tail-allocated" (bit 60); the second the object's address (low 60 bits) and four
/// discriminator bits: bits 60–62 zero for such a string (not small, not foreign, not bridged),
/// bit 63 set for an immortal literal and clear for a native string. Its bytes start 32 bytes after the address (the storage header; the
/// standard library's `_StringObject.nativeBias`). A small string (bit 61 of the second word
/// set: document names such as `bench_00042.txt`, most rules) holds its up to 15 bytes in the
/// two words themselves, in order, with the count in bits 56–59. The bytes are valid while the
/// string is alive and not mutated, which the caller guarantees for the duration of `body`
/// (the graph is not changed while it is written). Any other form (a bridged or foreign
/// string, another platform) is read through `UTF8Bytes.with`, as before.
///
/// That layout is the standard library's, not a promise of its ABI on Linux, so it is checked
/// once per process in every build (`layoutIsKnown`): with another layout every string is read
/// through `UTF8Bytes.with`. Debug builds also check that the bytes read in place are
/// `UTF8Bytes.with`'s for every string; a test compares the two on native, literal, small and
/// concatenated strings.
enum BorrowedUTF8 {
    /// Whether `inPlace` reads this process's strings right: tried once on a string of each form
    /// it reads (small ASCII and Arabic, large native, large literal). Callers read it once per
    /// element written and pass it to `with`.
    static let layoutIsKnown: Bool = {
        let large = String(repeating: "قاعدة عين الأسد ", count: 4)
        let samples = ["", "abc", "قاعدة", large, large + "x", "a literal longer than fifteen bytes"]
        return samples.allSatisfy { sample in
            withUnsafePointer(to: sample) { p in inPlace(p).map { Array($0) == Array(sample.utf8) } ?? true }
        }
    }()

    /// `body` given the string's UTF-8, read in place when `inPlace` (`layoutIsKnown`).
    @inline(__always)
    static func with<R>(_ string: UnsafePointer<String>, inPlace allowed: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if allowed, let bytes = inPlace(string) {
            assert(UTF8Bytes.with(string.pointee) { Array($0) } == Array(bytes), "a string's bytes read in place differ")
            return body(bytes)
        }
        return UTF8Bytes.with(string.pointee, body)
    }

    /// The bytes of a small or a tail-allocated large string, nil for any other form.
    @inline(__always)
    static func inPlace(_ string: UnsafePointer<String>) -> UnsafeBufferPointer<UInt8>? {
        #if _pointerBitWidth(_64) && _endian(little) && !_runtime(_ObjC)
        let raw = UnsafeRawPointer(string)
        let words = StringWords(at: string)
        let countAndFlags = words.low, object = words.high
        let isTailAllocated: UInt64 = 1 << 60
        let discriminator: UInt64 = 0xF << 60
        if words.isSmall {
            // Up to 15 bytes held in the two words themselves, in order; the count is in bits 56–59.
            return UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: Int((object >> 56) & 0xF))
        }
        // Immortal large literals set the top discriminator bit (b63) and are tail-allocated too.
        let notLargeContiguous: UInt64 = 0x7 << 60
        guard object & notLargeContiguous == 0, countAndFlags & isTailAllocated != 0 else { return nil }
        let address = UInt(object & ~discriminator) + storageHeaderBytes
        return UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: address),
                                   count: Int(countAndFlags & 0xFFFF_FFFF_FFFF))
        #else
        return nil
        #endif
    }

    /// The standard library's string storage header before the UTF-8 (`_StringObject.nativeBias`).
    private static let storageHeaderBytes: UInt = 32
}

/// The address of the stored property `path` of the value at `base`: for reading a field of an
/// element of an array in place (a `String` through `BorrowedUTF8`, a list through its buffer)
/// without copying it out, which would retain it. `path` must name a stored property.
@inline(__always)
func storedField<Root, Value>(_ base: UnsafePointer<Root>, _ path: KeyPath<Root, Value>) -> UnsafePointer<Value> {
    (UnsafeRawPointer(base) + MemoryLayout<Root>.offset(of: path)!).assumingMemoryBound(to: Value.self)
}

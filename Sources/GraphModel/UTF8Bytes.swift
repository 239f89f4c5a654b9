/// A string's UTF-8 bytes read in place: a native string's own storage, without the copy of
/// the value (a retain and a release) that the mutating `withUTF8` needs; a string without
/// contiguous UTF-8 (a bridged one) is copied once.
///
/// The merger's string pool and reference table hash and compare every text of a corpus
/// this way, and the GraphML writer reads every evidence string of the graph several times:
/// one helper for both modules, inlined where it is called.
public enum UTF8Bytes {
    @inlinable @inline(__always)
    public static func with<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
}

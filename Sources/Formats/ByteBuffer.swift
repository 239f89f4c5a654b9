import Foundation
import GraphModel

/// A growable buffer of bytes written through a pointer: the GraphML writer's chunk buffers.
///
/// Shaped for speed: an evidence record is a dozen small appends (a document name, three
/// numbers, a rule, a text, separators), about 1.4 million records for 10,000 articles.
/// `[UInt8].append(contentsOf:)` checks uniqueness and capacity and goes through a generic
/// path for each; here an append is a capacity test and a copy, and `reserve` lets a caller
/// that knows an upper bound write a whole record with no test at all (`unchecked…`).
/// Noncopyable: it owns its memory (`malloc`, grown with `realloc`, which moves a large
/// block by remapping its pages rather than copying them), freed when it goes out of scope.
/// Buffers are reused from chunk to chunk (`OrderedChunks.renderBytes`), so their pages are
/// touched once, not once per chunk.
struct ByteBuffer: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int = 0) {
        self.capacity = Swift.max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    deinit { free(base) }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { fatalError("out of memory: \(capacity) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    /// The bytes written so far.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Forgets the bytes, keeps the memory.
    mutating func removeAll() { count = 0 }

    /// Forgets the bytes and gives back the memory beyond `limit` bytes of capacity: a buffer
    /// that once held a very large chunk does not keep that much for the rest of the run.
    mutating func removeAll(keepingAtMost limit: Int) {
        count = 0
        if capacity > limit {
            free(base)
            capacity = Swift.max(limit, 16)
            base = Self.allocate(capacity)
        }
    }

    /// Forgets the last `n` bytes.
    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "removing more bytes than written")
        count -= n
    }

    /// Appends a copy of `count` bytes written earlier, from offset `start`.
    @inline(__always)
    mutating func appendCopy(ofBytesAt start: Int, count n: Int) {
        precondition(start >= 0 && start + n <= count, "copying bytes not written")
        reserve(n)
        Self.copy(from: base + start, to: base + count, count: n)
        count += n
    }

    /// Makes room for `extra` more bytes without another allocation.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = Swift.max(needed, capacity * 2)
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory: \(newCapacity) bytes") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        uncheckedAppend(bytes)
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// The UTF-8 bytes of `s`, copied in one block.
    @inline(__always)
    mutating func appendUTF8(_ s: String) {
        UTF8Bytes.with(s) { append($0) }
    }

    @inline(__always)
    mutating func appendASCII(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
    }

    /// `String(n)`'s bytes, without making the String.
    @inline(__always)
    mutating func appendDecimal(_ n: Int) {
        reserve(Self.maxDecimalLength)
        uncheckedAppendDecimal(n)
    }

    /// The most bytes `appendDecimal` writes (`Int.min`: a sign and 19 digits).
    static let maxDecimalLength = 20

    // MARK: appends within reserved room

    /// Appends without testing the capacity: the caller has reserved the room.
    @inline(__always)
    mutating func uncheckedAppend(_ bytes: UnsafeBufferPointer<UInt8>) {
        assert(count + bytes.count <= capacity, "append beyond the reserved room")
        guard let from = bytes.baseAddress else { return }
        Self.copy(from: from, to: base + count, count: bytes.count)
        count += bytes.count
    }

    /// Copies `n` bytes between regions that do not overlap. Most strings copied are short (a
    /// document name, a rule, a few words of evidence); up to 32 bytes they are copied as words,
    /// the last one overlapping the one before, instead of a call to `memmove` each.
    @inline(__always)
    static func copy(from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, count n: Int) {
        let source = UnsafeRawPointer(from), target = UnsafeMutableRawPointer(to)
        @inline(__always) func word<W: FixedWidthInteger>(_: W.Type, at offset: Int) {
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: W.self), toByteOffset: offset, as: W.self)
        }
        switch n {
        case 0: break
        case 1...3: for i in 0..<n { to[i] = from[i] }
        case 4...8:
            word(UInt32.self, at: 0)
            word(UInt32.self, at: n - 4)
        case 9...32:
            word(UInt64.self, at: 0)
            if n > 16 { word(UInt64.self, at: 8) }
            if n > 24 { word(UInt64.self, at: 16) }
            word(UInt64.self, at: n - 8)
        default:
            to.update(from: from, count: n)
        }
    }

    @inline(__always)
    mutating func uncheckedAppend(_ byte: UInt8) {
        assert(count < capacity, "append beyond the reserved room")
        base[count] = byte
        count += 1
    }

    /// Two ASCII bytes, e.g. the `] ` and `: ` of an evidence record.
    @inline(__always)
    mutating func uncheckedAppend(_ a: UInt8, _ b: UInt8) {
        assert(count + 2 <= capacity, "append beyond the reserved room")
        base[count] = a
        base[count + 1] = b
        count += 2
    }

    /// `appendDecimal` within reserved room (`maxDecimalLength` bytes).
    @inline(__always)
    mutating func uncheckedAppendDecimal(_ n: Int) {
        assert(count + Self.maxDecimalLength <= capacity, "append beyond the reserved room")
        if n < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        // The magnitude as unsigned, so Int.min has one too; digits are written from the last.
        var m = n.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 20, m >= bound {
            digits += 1
            (bound, _) = bound.multipliedReportingOverflow(by: 10)
        }
        var i = count + digits - 1
        repeat {
            base[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m % 10)
            m /= 10
            i -= 1
        } while m > 0
        count += digits
    }
}

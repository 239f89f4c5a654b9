import Dispatch
import Foundation

/// Renders `count` elements on every core and hands the pieces over in element order.
///
/// Elements are cut into chunks of a fixed size that does not depend on the core count or on
/// timing; each chunk is rendered by one thread into its own slot, and the slots are handed
/// to `write` in chunk order. The bytes written are therefore the same on 1 core or 64, in
/// any interleaving. Chunks are rendered a batch at a time (a few per core), and the next batch
/// is rendered while the calling thread writes the last one, so at most two batches of pieces
/// are held besides what `write` keeps: O(batch) memory, O(count / cores) time.
enum OrderedChunks {
    /// Elements per chunk: large enough that a chunk's work dwarfs the dispatch cost, small
    /// enough that the cores stay balanced when a few elements carry most of the text.
    static let chunkSize = 64

    /// `empty` fills a slot before its chunk is rendered and after it is written (so a written
    /// piece is released at once).
    static func render<Piece>(count: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount, empty: Piece,
                              _ renderChunk: (Range<Int>) -> Piece, write: (Piece) -> Void) {
        guard count > 0 else { return }
        let chunks = (count + chunkSize - 1) / chunkSize
        @Sendable func range(_ c: Int) -> Range<Int> { (c * chunkSize)..<min(count, (c + 1) * chunkSize) }
        if cores <= 1 || chunks == 1 {
            for c in 0..<chunks { write(renderChunk(range(c))) }
            return
        }
        let batch = cores * 8
        let batches = (chunks + batch - 1) / batch
        // Two halves: one batch is written from one half while the next is rendered into the other.
        let slots = UnsafeMutableBufferPointer<Piece>.allocate(capacity: 2 * batch)
        slots.initialize(repeating: empty)
        defer { slots.deinitialize(); slots.deallocate() }
        withoutActuallyEscaping(renderChunk) { renderChunk in
            // Each iteration writes only its own slot and reads shared, immutable input; a half
            // is written only after the group has finished rendering into it.
            nonisolated(unsafe) let render = renderChunk
            nonisolated(unsafe) let out = slots
            let rendering = DispatchGroup()
            func startRendering(_ b: Int) {
                let first = b * batch, n = min(batch, chunks - b * batch), half = (b % 2) * batch
                DispatchQueue.global().async(group: rendering) {
                    DispatchQueue.concurrentPerform(iterations: n) { i in out[half + i] = render(range(first + i)) }
                }
            }
            startRendering(0)
            rendering.wait()
            for b in 0..<batches {
                if b + 1 < batches { startRendering(b + 1) }
                let half = (b % 2) * batch
                for i in 0..<min(batch, chunks - b * batch) {
                    write(out[half + i])
                    out[half + i] = empty
                }
                rendering.wait()
            }
        }
    }

    /// `render` for pieces of bytes, each chunk rendered into a buffer that is reused for a
    /// later chunk once written, instead of a fresh allocation per chunk.
    ///
    /// Why: a chunk of an extracted graph's elements is 100 KB to several MB; a fresh buffer
    /// of that size is fresh memory from the system, every 4 KB page of it faulted in and
    /// zeroed by the kernel (about 160 MB for 10,000 articles, page faults being the largest
    /// part of the writer's system time). Reused, the `2 * batch` buffers are faulted in once.
    /// A buffer that grew past `keptCapacity` gives the excess back after its chunk is written.
    static func renderBytes(count: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount,
                            _ renderChunk: (Range<Int>, inout ByteBuffer) -> Void,
                            write: (UnsafeRawBufferPointer) -> Void) {
        guard count > 0 else { return }
        let chunks = (count + chunkSize - 1) / chunkSize
        @Sendable func range(_ c: Int) -> Range<Int> { (c * chunkSize)..<min(count, (c + 1) * chunkSize) }
        if cores <= 1 || chunks == 1 {
            var buffer = ByteBuffer(capacity: 1 << 16)
            for c in 0..<chunks {
                renderChunk(range(c), &buffer)
                write(buffer.bytes)
                buffer.removeAll(keepingAtMost: keptCapacity)
            }
            return
        }
        let batch = cores * 8
        let batches = (chunks + batch - 1) / batch
        // Two halves: one batch is written from one half while the next is rendered into the other.
        let slots = UnsafeMutablePointer<ByteBuffer>.allocate(capacity: 2 * batch)
        for i in 0..<(2 * batch) { (slots + i).initialize(to: ByteBuffer(capacity: 1 << 16)) }
        defer { slots.deinitialize(count: 2 * batch); slots.deallocate() }
        withoutActuallyEscaping(renderChunk) { renderChunk in
            // Each iteration writes only its own slot and reads shared, immutable input; a half
            // is written (and its buffers emptied) only after the group has finished rendering into it.
            nonisolated(unsafe) let render = renderChunk
            nonisolated(unsafe) let out = slots
            let rendering = DispatchGroup()
            func startRendering(_ b: Int) {
                let first = b * batch, n = min(batch, chunks - b * batch), half = (b % 2) * batch
                DispatchQueue.global().async(group: rendering) {
                    DispatchQueue.concurrentPerform(iterations: n) { i in render(range(first + i), &(out + half + i).pointee) }
                }
            }
            startRendering(0)
            rendering.wait()
            for b in 0..<batches {
                if b + 1 < batches { startRendering(b + 1) }
                let half = (b % 2) * batch
                for i in 0..<min(batch, chunks - b * batch) {
                    write((out + half + i).pointee.bytes)
                    (out + half + i).pointee.removeAll(keepingAtMost: keptCapacity)
                }
                rendering.wait()
            }
        }
    }

    /// The capacity a reused chunk buffer keeps after its chunk is written (a typical chunk is
    /// 100 KB to 1 MB; a chunk holding the few elements with the most evidence can be tens).
    static let keptCapacity = 4 << 20
}

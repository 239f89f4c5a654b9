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

    /// `render` for pieces of bytes, over chunks given as ranges (`chunks(weights:)`), each
    /// rendered into one of `buffers`, which is reused for a later chunk once written instead
    /// of a fresh allocation per chunk.
    ///
    /// Why: a chunk of an extracted graph's elements is 100 KB to several MB; a fresh buffer of
    /// that size is fresh memory from the system, every 4 KB page of it faulted in and zeroed
    /// by the kernel (about 160 MB for 10,000 articles). Reused, and shared by the passes over
    /// one document, the buffers are faulted in about once. A buffer that grew past
    /// `keptCapacity` (one element larger than that) gives the excess back once written.
    static func renderBytes(_ chunks: [Range<Int>], buffers: borrowing ChunkBuffers,
                            _ renderChunk: (Range<Int>, inout ByteBuffer) -> Void,
                            write: (UnsafeRawBufferPointer) -> Void) {
        guard !chunks.isEmpty else { return }
        let slots = buffers.slots
        if buffers.cores <= 1 || chunks.count == 1 {
            for chunk in chunks {
                renderChunk(chunk, &slots.pointee)
                write(slots.pointee.bytes)
                slots.pointee.removeAll(keepingAtMost: keptCapacity)
            }
            return
        }
        let batch = buffers.batch
        let batches = (chunks.count + batch - 1) / batch
        chunks.withUnsafeBufferPointer { chunks in
            withoutActuallyEscaping(renderChunk) { renderChunk in
                // Each iteration writes only its own slot and reads shared, immutable input; a half
                // is written (and its buffers emptied) only after the group has finished rendering into it.
                nonisolated(unsafe) let render = renderChunk
                nonisolated(unsafe) let out = slots
                nonisolated(unsafe) let ranges = chunks
                let rendering = DispatchGroup()
                func startRendering(_ b: Int) {
                    let first = b * batch, n = min(batch, ranges.count - b * batch), half = (b % 2) * batch
                    DispatchQueue.global().async(group: rendering) {
                        DispatchQueue.concurrentPerform(iterations: n) { i in render(ranges[first + i], &(out + half + i).pointee) }
                    }
                }
                startRendering(0)
                rendering.wait()
                for b in 0..<batches {
                    if b + 1 < batches { startRendering(b + 1) }
                    let half = (b % 2) * batch
                    for i in 0..<min(batch, ranges.count - b * batch) {
                        write((out + half + i).pointee.bytes)
                        (out + half + i).pointee.removeAll(keepingAtMost: keptCapacity)
                    }
                    rendering.wait()
                }
            }
        }
    }

    /// The capacity a reused chunk buffer keeps after its chunk is written: chunks are cut
    /// near `chunkBytes`, so only a chunk holding one larger element grows past it.
    static let keptCapacity = 4 << 20

    /// Consecutive ranges covering `weights.indices`, each closed once the weights of its
    /// elements (their estimated bytes) reach `target` or it holds `maxElements`: chunks of
    /// about the same work, whatever the elements' sizes. With 64 elements a chunk, the
    /// GraphML of 10,000 articles had node chunks from a few KB to 8.6 MB (a few nodes carry
    /// most of the evidence), so the buffers grew and shrank, and a core could be left with
    /// the largest chunk at the end of a batch. The cut does not change the bytes written.
    static func chunks(weights: [Int], target: Int = chunkBytes, maxElements: Int = 256) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start = 0, weight = 0
        for (i, w) in weights.enumerated() {
            weight += w
            if weight >= target || i + 1 - start >= maxElements {
                chunks.append(start..<(i + 1))
                start = i + 1
                weight = 0
            }
        }
        if start < weights.count { chunks.append(start..<weights.count) }
        return chunks
    }

    /// The estimated bytes at which `chunks(weights:)` closes a chunk.
    static let chunkBytes = 256 << 10
}

/// The buffers `OrderedChunks.renderBytes` renders chunks into: two batches of `batch`
/// (8 chunks per core), one written while the other is rendered. Made once per document and
/// used by all its passes, so that their memory is faulted in once.
struct ChunkBuffers: ~Copyable {
    let cores: Int
    let batch: Int
    let slots: UnsafeMutablePointer<ByteBuffer>
    private var slotCount: Int { cores <= 1 ? 1 : 2 * batch }

    init(cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.cores = cores
        batch = Swift.max(cores, 1) * 8
        let count = cores <= 1 ? 1 : 2 * batch
        slots = .allocate(capacity: count)
        for i in 0..<count { (slots + i).initialize(to: ByteBuffer(capacity: 1 << 16)) }
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }
}

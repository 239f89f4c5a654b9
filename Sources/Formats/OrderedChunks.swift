import Dispatch
import Foundation

/// Renders `count` elements on every core and hands the pieces over in element order.
///
/// Elements are cut into chunks of a fixed size that does not depend on the core count or on
/// timing; each chunk is rendered by one thread into its own slot, and the slots are handed
/// to `write` in chunk order. The bytes written are therefore the same on 1 core or 64, in
/// any interleaving. `render` renders chunks a batch at a time (a few per core), and the next
/// batch while the calling thread writes the last one, so at most two batches of pieces are
/// held besides what `write` keeps. `renderBytes` renders into a ring of reused buffers
/// (`ChunkBuffers`, a few per core), each written as soon as it and every chunk before it are
/// done, so at most one ring of buffers is held. O(batch or ring) memory, O(count / cores) time.
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
    /// rendered into a slot of `buffers`, a ring that is reused for later chunks once written
    /// instead of a fresh allocation per chunk.
    ///
    /// Why: a chunk of an extracted graph's elements is 100 KB to several MB; a fresh buffer of
    /// that size is fresh memory from the system, every 4 KB page of it faulted in and zeroed
    /// by the kernel (about 160 MB for 10,000 articles). Reused, and shared by the passes over
    /// one document, the buffers are faulted in about once. A buffer that grew past
    /// `keptCapacity` (one element larger than that) gives the excess back once written.
    ///
    /// How (on more than one core): `cores` rendering tasks take chunk numbers in order, chunk
    /// `c` going to slot `c % ring`; the calling thread writes the slots in chunk order as each
    /// is ready, and hands the slot back empty. `free` counts the slots that may be taken: a
    /// task waits for one before it takes a number, so when it takes chunk `c`, at least `c + 1`
    /// slots were handed out, at most `ring` more than the chunks written: chunk `c - ring`,
    /// the slot's last user, is written. `ready[s]` tells the writer that slot `s` holds its
    /// next chunk. The bytes written do not depend on the timing: each chunk is rendered whole
    /// into its own slot and written in order. Rendering goes on while earlier chunks are
    /// written, with no batch to wait for, and the ring holds a few chunks per core, not the
    /// two batches of 8 per core of the previous design (about 12 MB less memory touched for the
    /// GraphML of 10,000 articles).
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
        let ring = buffers.count
        let tasks = Swift.min(buffers.cores, chunks.count)
        chunks.withUnsafeBufferPointer { chunks in
            withoutActuallyEscaping(renderChunk) { renderChunk in
                // A task renders only into the slot of the chunk it took, which the writer does not
                // read until that slot's `ready` is signalled, and reads shared, immutable input.
                nonisolated(unsafe) let render = renderChunk
                nonisolated(unsafe) let out = slots
                nonisolated(unsafe) let ranges = chunks
                let free = DispatchSemaphore(value: ring)
                let ready = (0..<ring).map { _ in DispatchSemaphore(value: 0) }
                let numbers = ChunkNumbers()
                let rendering = DispatchGroup()
                for _ in 0..<tasks {
                    DispatchQueue.global().async(group: rendering) {
                        while true {
                            free.wait()
                            let c = numbers.take()
                            guard c < ranges.count else {
                                // None left: the slot taken is given back (for the other tasks to see the end).
                                free.signal()
                                return
                            }
                            render(ranges[c], &(out + c % ring).pointee)
                            ready[c % ring].signal()
                        }
                    }
                }
                for c in 0..<ranges.count {
                    let slot = out + c % ring
                    ready[c % ring].wait()
                    write(slot.pointee.bytes)
                    slot.pointee.removeAll(keepingAtMost: keptCapacity)
                    free.signal()
                }
                rendering.wait()
            }
        }
    }

    /// Chunk numbers handed out in order to the rendering tasks of `renderBytes`.
    private final class ChunkNumbers: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0

        /// The next chunk number (numbers past the last chunk mean none is left).
        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            next += 1
            return next - 1
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

/// The buffers `OrderedChunks.renderBytes` renders chunks into: a ring of `slotsPerCore` per
/// core (one on a single core). Made once per document and used by all its passes, so that
/// their memory is faulted in once.
struct ChunkBuffers: ~Copyable {
    let cores: Int
    /// Slots in the ring.
    let count: Int
    let slots: UnsafeMutablePointer<ByteBuffer>

    /// Chunks in flight per core (being rendered, or rendered and waiting to be written): enough
    /// that a core finding its next slot still being written is rare, since chunks are cut to
    /// about the same size (`OrderedChunks.chunks(weights:)`).
    static let slotsPerCore = 4

    /// A slot's first capacity: twice the estimated bytes at which a chunk is closed, so that a
    /// chunk rarely grows its buffer (each `realloc` may move it to fresh memory); memory never
    /// written is not faulted in.
    static let initialCapacity = 2 * OrderedChunks.chunkBytes

    init(cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.cores = cores
        count = cores <= 1 ? 1 : cores * Self.slotsPerCore
        slots = .allocate(capacity: count)
        for i in 0..<count { (slots + i).initialize(to: ByteBuffer(capacity: Self.initialCapacity)) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}

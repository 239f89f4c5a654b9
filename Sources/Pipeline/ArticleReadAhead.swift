import Foundation

/// Starts reading the next article files from the device, many files in one system call, ahead
/// of the tasks that read and extract them (`ExtractJob`).
///
/// Why: on this kind of machine the corpus is often not in the page cache (it is paged out
/// between runs), and then each article's `read` is one block request and one virtio
/// notification (`iowrite16`, a VM exit) plus a wait and a context switch: with 10,000 articles
/// about 0.65 s of CPU in the kernel (`perf`, whole command, a paged-out corpus). Requests
/// submitted together are notified together: `io_uring` submits a batch of reads under one block
/// plug, so a batch of files costs one notification instead of one per file. Measured on a
/// paged-out copy of the 10,000-article corpus (Python prototype, `perf stat`): reading every
/// file 457 ms of task clock with plain reads, 275–281 ms with batches of 64 started this way
/// first; `iowrite16` 19–28% of the samples → under 1%.
///
/// How: for each batch, each regular file is opened as `ArticleFile.read` opens it (with
/// `O_NONBLOCK` added, which a regular file ignores), and a read of
/// its first byte is queued; one `io_uring_enter` submits them all. A read of the first page of
/// a file that is not cached makes the kernel read ahead the start of the file (16 KB at least,
/// the whole of every article of the corpora here; a longer file's rest is read by the task, as
/// before). The byte read is not used (every read goes into one scratch buffer); only the page
/// cache filled matters. The open descriptor is handed to the task that reads the file
/// (`take`), so the file is opened once, as before.
///
/// Nothing read here decides anything: the task reads the file with `ArticleFile.read(_:opened:)`
/// (the same `fstat`, `read` and decoding as `ArticleFile.read`); a file that could not be opened
/// here gets no descriptor and the task opens it itself, with the same error as before. Where
/// `io_uring` is missing or refused (not Linux, an old kernel, a sandbox), `init` gives nil and
/// files are read as before; if a submission fails, read-ahead stops and descriptors opened so
/// far are still handed over.
final class ArticleReadAhead {
    /// Files started per submission; the window kept ahead of the tasks is one to two batches.
    static let batch = 64

    private let paths: [String]
    /// The open descriptor of each file started and not yet taken (-1: none).
    private(set) var descriptors: [Int32]
    /// Files `0..<started` have been started (or had no descriptor).
    private var started = 0
    private var ring: SubmissionRing?

    /// Read-ahead for `paths`, read in this order; nil where `io_uring` cannot be used.
    init?(paths: [String]) {
        guard let ring = SubmissionRing(entries: UInt32(Self.batch)) else { return nil }
        self.ring = ring
        self.paths = paths
        descriptors = Array(repeating: -1, count: paths.count)
    }

    deinit {
        // Descriptors of files that were started but never taken (a run ended early).
        for d in descriptors where d >= 0 { close(d) }
        ring?.release()
    }

    /// Called before file `index` is handed to a task: keeps files up to `index + batch` started.
    /// Returns the file's open descriptor, which the caller takes over, or nil (open it itself).
    func take(_ index: Int) -> Int32? {
        while started < min(paths.count, index + Self.batch) {
            startBatch()
        }
        let d = descriptors[index]
        descriptors[index] = -1
        return d >= 0 ? d : nil
    }

    private func startBatch() {
        let end = min(paths.count, started + Self.batch)
        guard var ring else {
            // No ring (a failed submission): files are opened by their tasks.
            started = end
            return
        }
        ring.reapCompletions()
        var queued = 0
        for i in started..<end {
            // Regular files only. A pipe or FIFO ignores the read's offset: the byte read here
            // would be taken out of its stream, and opening a FIFO blocks until a writer comes.
            // Such a file is opened by its task, as without read-ahead.
            guard Self.isRegularFile(path: paths[i]) else { continue }
            let d = open(paths[i], O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard d >= 0 else { continue }
            // Swapped for something else between the two checks: left to the task.
            guard Self.isRegularFile(descriptor: d) else { close(d); continue }
            descriptors[i] = d
            ring.queueFirstByteRead(descriptor: d, slot: queued)
            queued += 1
        }
        started = end
        if queued > 0, !ring.submit(queued) {
            ring.release()
            self.ring = nil
        }
    }

    static func isRegularFile(path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    static func isRegularFile(descriptor: Int32) -> Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// One `io_uring` instance used to submit reads whose results are not used: the
    /// submission queue, the completion queue only emptied.
    ///
    /// Only what this needs of the interface (`<linux/io_uring.h>`, ABI-stable): `io_uring_setup`
    /// with the rings in one mapping (`IORING_FEAT_SINGLE_MMAP`, kernel 5.4 and later, required),
    /// `IORING_OP_READ` (5.6), `io_uring_enter` to submit. The queues are written by this object's
    /// owner only (one task at a time) and read by the kernel only inside `io_uring_enter`
    /// (no polling thread), so program order is the order the kernel sees.
    struct SubmissionRing {
        private let fd: Int32
        private let rings: UnsafeMutableRawPointer, ringBytes: Int
        private let sqes: UnsafeMutableRawPointer, sqeBytes: Int
        private let sqTail: UnsafeMutablePointer<UInt32>
        private let sqMask: UInt32
        private let sqArray: UnsafeMutablePointer<UInt32>
        private let cqHead: UnsafeMutablePointer<UInt32>
        private let cqTail: UnsafeMutablePointer<UInt32>
        private let cqMask: UInt32
        private let cqes: UnsafeMutableRawPointer
        private let syscall: Syscall

        /// `syscall(2)`, looked up by name: it is variadic, so not imported; every argument here
        /// is an integer or a pointer, passed in registers as for a function with fixed arguments.
        typealias Syscall = @convention(c) (Int, Int, Int, Int, Int, Int, Int) -> Int

        /// System call numbers, the same on every Linux architecture (added after the tables were unified).
        private static let ioUringSetup = 425, ioUringEnter = 426
        private static let opRead: UInt8 = 22
        private static let featSingleMmap: UInt32 = 1 << 0
        /// Submit every entry even if one fails (5.18), and run completions when the thread
        /// next enters the kernel rather than interrupting it (5.19): both only asked for,
        /// the setup is retried without them on an older kernel.
        private static let setupSubmitAll: UInt32 = 1 << 7, setupCoopTaskrun: UInt32 = 1 << 8
        private static let offSQEs = 0x1000_0000
        private static let sqeSize = 64, cqeSize = 16

        /// Where every read-ahead read puts its byte: never read, never freed (a read may still
        /// be in flight when the ring is closed). Kept as an address: only the kernel writes there.
        static let scratchAddress = UInt64(UInt(bitPattern: UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 64)))

        init?(entries: UInt32) {
            #if os(Linux)
            guard let symbol = dlsym(nil, "syscall") else { return nil }
            let syscall = unsafeBitCast(symbol, to: Syscall.self)
            // struct io_uring_params: 10 words, then sq_off and cq_off of 10 words each.
            var params = [UInt32](repeating: 0, count: 30)
            var fd = -1
            for flags in [Self.setupSubmitAll | Self.setupCoopTaskrun, 0] {
                params = [UInt32](repeating: 0, count: 30)
                params[2] = flags
                fd = params.withUnsafeMutableBytes { syscall(Self.ioUringSetup, Int(entries), Int(bitPattern: $0.baseAddress), 0, 0, 0, 0) }
                if fd >= 0 { break }
            }
            guard fd >= 0 else { return nil }
            let ringFD = Int32(fd)
            let sqEntries = Int(params[0]), cqEntries = Int(params[1]), features = params[5]
            // sq_off: head, tail, ring_mask, ring_entries, flags, dropped, array; cq_off: head, tail, ring_mask, ring_entries, overflow, cqes.
            let sqOff = Array(params[10..<20]), cqOff = Array(params[20..<30])
            guard features & Self.featSingleMmap != 0 else { close(ringFD); return nil }
            let ringBytes = max(Int(sqOff[6]) + sqEntries * 4, Int(cqOff[5]) + cqEntries * Self.cqeSize)
            let rings = mmap(nil, ringBytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ringFD, 0)
            let sqes = mmap(nil, sqEntries * Self.sqeSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ringFD, off_t(Self.offSQEs))
            let sqeBytes = sqEntries * Self.sqeSize
            guard let rings, rings != MAP_FAILED, let sqes, sqes != MAP_FAILED else {
                if let rings, rings != MAP_FAILED { munmap(rings, ringBytes) }
                if let sqes, sqes != MAP_FAILED { munmap(sqes, sqeBytes) }
                close(ringFD)
                return nil
            }
            func word(_ offset: UInt32) -> UnsafeMutablePointer<UInt32> {
                (rings + Int(offset)).assumingMemoryBound(to: UInt32.self)
            }
            self.fd = ringFD
            self.rings = rings
            self.ringBytes = ringBytes
            self.sqes = sqes
            self.sqeBytes = sqeBytes
            self.sqTail = word(sqOff[1])
            self.sqMask = word(sqOff[2]).pointee
            self.sqArray = word(sqOff[6])
            self.cqHead = word(cqOff[0])
            self.cqTail = word(cqOff[1])
            self.cqMask = word(cqOff[2]).pointee
            self.cqes = rings + Int(cqOff[5])
            self.syscall = syscall
            // The submission array maps slot i to entry i, once for all.
            for i in 0..<sqEntries { sqArray[i] = UInt32(i) }
            #else
            return nil
            #endif
        }

        /// Queues, at position `slot` after the current tail, a read of the first byte of `descriptor`.
        /// The byte goes to `buffer`, by default the scratch bytes nobody reads (tests give their own).
        func queueFirstByteRead(descriptor: Int32, slot: Int, buffer: UInt64 = scratchAddress) {
            let index = Int((sqTail.pointee &+ UInt32(slot)) & sqMask)
            let sqe = sqes + index * Self.sqeSize
            sqe.initializeMemory(as: UInt8.self, repeating: 0, count: Self.sqeSize)
            sqe.storeBytes(of: Self.opRead, toByteOffset: 0, as: UInt8.self)          // opcode
            sqe.storeBytes(of: descriptor, toByteOffset: 4, as: Int32.self)           // fd
            sqe.storeBytes(of: UInt64(0), toByteOffset: 8, as: UInt64.self)           // file offset
            sqe.storeBytes(of: buffer, toByteOffset: 16, as: UInt64.self)             // buffer
            sqe.storeBytes(of: UInt64(slot), toByteOffset: 32, as: UInt64.self)       // user_data: the slot
            sqe.storeBytes(of: UInt32(1), toByteOffset: 24, as: UInt32.self)          // length
        }

        /// Submits the `count` entries queued; false when the kernel did not take them all.
        mutating func submit(_ count: Int) -> Bool {
            sqTail.pointee &+= UInt32(count)
            let submitted = syscall(Self.ioUringEnter, Int(fd), count, 0, 0, 0, 0)
            return submitted == count
        }

        /// Unmaps the queues and closes the ring. Reads still in flight are the kernel's to finish
        /// or cancel: it holds its own references to the queues and to each file, and the only
        /// user memory they write is the scratch bytes, which is never freed.
        func release() {
            munmap(rings, ringBytes)
            munmap(sqes, sqeBytes)
            _ = close(fd)
        }

        /// Drops every completion posted so far (the results are not used), so that the
        /// completion queue never fills.
        /// The kernel may post completions while this reads the tail: a stale tail only leaves
        /// some for the next call, and their contents are never read.
        func reapCompletions() {
            cqHead.pointee = cqTail.pointee
        }

        /// For tests, which check what the kernel made of the queued requests: waits for `count`
        /// completions and returns their results (bytes read, or a negated errno) by slot.
        func waitForCompletions(_ count: Int) -> [Int: Int32] {
            // IORING_ENTER_GETEVENTS: wait until `count` completions are posted.
            _ = syscall(Self.ioUringEnter, Int(fd), 0, count, 1, 0, 0)
            var results: [Int: Int32] = [:]
            var head = cqHead.pointee
            while head != cqTail.pointee {
                let cqe = cqes + Int(head & cqMask) * Self.cqeSize
                results[Int(cqe.load(fromByteOffset: 0, as: UInt64.self))] = cqe.load(fromByteOffset: 8, as: Int32.self)
                head &+= 1
            }
            cqHead.pointee = head
            return results
        }
    }
}

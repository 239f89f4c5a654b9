import Foundation

/// Settings of the C allocator (glibc's `malloc`) for the command line, whose every command
/// does one job and exits: the heap is grown in large steps and not given back to the system
/// before exit. Made for `eventgraph extract` on a corpus.
///
/// Why: extraction runs on every core, and each worker thread allocates from its own glibc
/// arena, a heap that glibc makes accessible a few pages at a time as it grows (one `mprotect`
/// each: 3,400 for 1,000 articles, about 30 KB a step) and gives back once more than 128 KB at
/// its top is free. Per article the extractor allocates about 450 KB in 1,300 blocks (a few
/// of 64–128 KB: token and scalar tables) and frees most of it when the article is done. Each
/// `mprotect` takes the process's memory-map lock for writing, which stalls the page faults of
/// the other threads, and memory given back is faulted in and zeroed again by the kernel when
/// it is used next. With the settings below, 10,000 articles took 25% less system time and
/// 10% fewer page faults (`docs/perf.md`); the bytes written are the same.
///
/// The three settings, all `mallopt(3)` parameters (each in force from the call on; a thread
/// arena's heap is sized with the top pad in force when the arena is made):
/// - `M_TOP_PAD` 64 MB: a heap grows by at least this much at a time (a thread arena's heap is
///   at most 64 MB, so it is made accessible once), instead of by the few pages asked for;
/// - `M_TRIM_THRESHOLD` 1 GB: free memory at the top of a heap is kept for the next article
///   rather than given back (the command's peak is the merged graph, reached at the end, so
///   keeping the per-article working memory does not raise it);
/// - `M_MMAP_THRESHOLD` 32 MB: blocks below it come from the heap, reused, instead of a fresh
///   `mmap` each, whose every page is faulted in and zeroed (glibc raises its default of 128 KB
///   by itself only once such a block is freed, one size at a time).
///
/// None of them changes what a program computes, only where its memory comes from. Setting
/// one turns off glibc's own adjustment of the last two, which these values replace. Only for
/// a process that ends after its work (the `eventgraph` commands): a long-lived library caller
/// keeps glibc's defaults. Where `mallopt` does not exist (macOS, musl), nothing is done.
public enum HeapTuning {
    /// `mallopt` parameters (`<malloc.h>`, which the Glibc module does not include).
    private static let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3

    public static let topPadBytes: Int32 = 64 << 20
    public static let trimThresholdBytes: Int32 = 1 << 30
    public static let mmapThresholdBytes: Int32 = 32 << 20

    /// Applies the settings above; whether the allocator took all of them (false where there is
    /// no `mallopt`, or it refused one: the run goes on with the defaults, only slower).
    @discardableResult
    public static func forCommandLine() -> Bool {
        #if os(Linux)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        // Looked up by name (a null handle is RTLD_DEFAULT): `mallopt` is glibc's, not POSIX,
        // and is not imported into Swift; a C library without it is left as it is.
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        // mallopt returns 1 on success, 0 on a refused value.
        return mallopt(topPad, topPadBytes) == 1
            && mallopt(trimThreshold, trimThresholdBytes) == 1
            && mallopt(mmapThreshold, mmapThresholdBytes) == 1
        #else
        return false
        #endif
    }
}

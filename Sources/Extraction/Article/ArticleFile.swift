import Foundation

/// Reading one article file: its bytes with `open`, `fstat` and `read` into a buffer that is
/// used for that file only and freed once the text is decoded (`ArticleError.decode`).
///
/// Why not `FileManager.contents(atPath:)`: it builds a `Data` (an allocation of its own, a
/// slice when a byte-order mark is dropped, byte-by-byte iteration to find the mark) only for
/// the bytes to be copied into a `String`; here the bytes are read once, scanned once and copied
/// once. The text and the errors are those of `FileManager.contents` followed by `decode`:
/// a file that cannot be opened or read is `ArticleError.unreadable` with the same reason. One
/// difference: more than `largestArticle` bytes are refused rather than read.
public enum ArticleFile {
    /// No news article comes near this size; a device or pipe that never ends (`/dev/zero`, a
    /// FIFO named in a manifest) stops here with one line instead of filling the memory.
    public static let largestArticle = 256 << 20

    /// The decoded text of the article at `path`, and its size in bytes (with a byte-order mark).
    public static func read(_ path: String) throws(ArticleError) -> (text: String, size: Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path) }
        return try read(path, opened: descriptor)
    }

    /// `read(path)` of a file already opened as `read(path)` opens it (`O_RDONLY | O_CLOEXEC`;
    /// `O_NONBLOCK` as well is the same for a regular file), by whoever started reading it ahead
    /// (`Pipeline.ArticleReadAhead`): the same text, size and errors. `descriptor` is taken over: it is closed on return, whatever the outcome.
    public static func read(_ path: String, opened descriptor: Int32) throws(ArticleError) -> (text: String, size: Int) {
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { throw unreadable(path) }
        guard status.st_size <= largestArticle else { throw tooLarge(path) }
        // One byte more than the size, so that a file that grew since `fstat` is noticed (the
        // read does not stop at the buffer's end) and a regular file needs one `read` and one
        // more that returns 0.
        var capacity = max(Int(status.st_size), 0) + 1
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var count = 0
        while true {
            if count == capacity {
                guard capacity <= largestArticle else { throw tooLarge(path) }
                let larger = min(capacity * 2, largestArticle + 1)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
                grown.update(from: buffer, count: count)
                buffer.deallocate()
                buffer = grown
                capacity = larger
            }
            let n = Foundation.read(descriptor, buffer + count, capacity - count)
            if n > 0 {
                count += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                throw unreadable(path)
            }
        }
        let text = try ArticleError.decode(UnsafeRawBufferPointer(UnsafeBufferPointer(start: buffer, count: count)), file: path)
        return (text, count)
    }

    private static func tooLarge(_ path: String) -> ArticleError {
        .unreadable(path, "larger than \(largestArticle >> 20) MB, not an article")
    }

    /// The error `FileManager.contents(atPath:)` returning nil was reported as.
    private static func unreadable(_ path: String) -> ArticleError {
        .unreadable(path, "permission denied or not a file")
    }
}

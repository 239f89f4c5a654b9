/// Values deliberately never freed, for a command that ends its process right after using them.
///
/// Freeing a graph of a large corpus is one `free` per evidence array, string and table: on
/// 10,000 articles a few percent of the command's CPU, spent after the output is complete.
/// At exit the operating system takes back the whole address space at once, so a value
/// kept here costs nothing more, provided nothing is allocated after it would have been
/// freed: then its memory is already counted in the peak, which keeping it does not raise.
/// Only for a process that exits next (the `eventgraph extract` command keeps its graph once
/// the file is written); a library caller or a test frees as usual.
public enum KeptUntilExit {
    private final class Box<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// Keeps `value` alive until the process ends: its references are never released.
    public static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Box(value))
    }
}

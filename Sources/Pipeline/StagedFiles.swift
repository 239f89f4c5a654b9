import Foundation

/// The temporary files this process has written beside their destinations and not yet
/// renamed into place or removed: what an interrupted run must clean up.
///
/// Creating, renaming and removing them all happen under one lock. `removeAllBeforeExit`
/// takes that lock and never gives it back, so once it has removed the files no new one
/// can appear (the writing thread blocks at its next step until the process exits).
enum StagedFiles {
    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var paths: Set<String> = []

    /// Writes `data` to the new file `path` and records it; false when it cannot be written.
    static func create(_ path: String, contents data: Data) -> Bool {
        lock.withLock {
            guard FileManager.default.createFile(atPath: path, contents: data) else { return false }
            paths.insert(path)
            return true
        }
    }

    /// Creates the new file `path` (replacing a stale one), records it and opens it for
    /// writing; nil when it cannot be created. The caller closes the descriptor.
    static func open(_ path: String) -> Int32? {
        lock.withLock {
            // Mode 0666 less the umask, as `FileManager.createFile` gives.
            let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { return nil }
            paths.insert(path)
            return descriptor
        }
    }

    /// Records a second name for an existing file (a hard link), kept while a group of
    /// files is replaced; false when the link cannot be made.
    static func link(_ existing: String, as path: String) -> Bool {
        lock.withLock {
            guard Foundation.link(existing, path) == 0 else { return false }
            paths.insert(path)
            return true
        }
    }

    /// Renames a recorded file over `destination`; nil on success, else the system's reason.
    static func rename(_ path: String, over destination: String) -> String? {
        lock.withLock {
            guard Foundation.rename(path, destination) == 0 else { return String(cString: strerror(errno)) }
            paths.remove(path)
            return nil
        }
    }

    /// Removes a recorded file.
    static func remove(_ path: String) {
        lock.withLock {
            unlink(path)
            paths.remove(path)
        }
    }

    /// Removes every recorded file and keeps the lock, for a process about to exit on a signal.
    static func removeAllBeforeExit() {
        lock.lock()
        for path in paths { unlink(path) }
        paths = []
    }
}

extension AtomicFile {
    /// Makes SIGINT and SIGTERM remove the temporary files of any write in progress before
    /// the process exits (status 128 + the signal number, as a shell reports it), so an
    /// interrupted run leaves no `.NAME.tmp-PID` file behind. Files already renamed into
    /// place stay; a destination is never left half-written either way. Call once, early.
    public static func removeTemporariesOnInterrupt() {
        for signalNumber in [SIGINT, SIGTERM] {
            // The default action would kill the process before the handler could run.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                StagedFiles.removeAllBeforeExit()
                exit(128 + signalNumber)
            }
            source.resume()
            InterruptSources.keep(source)
        }
    }
}

/// Keeps the signal sources alive for the life of the process.
private enum InterruptSources {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    static func keep(_ source: DispatchSourceSignal) { lock.withLock { sources.append(source) } }
}

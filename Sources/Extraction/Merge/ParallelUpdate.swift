import Dispatch
import Foundation

/// Updates every element of an array in place, spread over the cores.
///
/// Each element is updated by exactly one thread and the update reads nothing another
/// thread writes, so the result is the same as a sequential loop, whatever the timing.
/// Elements go in fixed chunks taken round-robin by the workers.
enum ParallelUpdate {
    static func each<T>(_ array: inout [T], cores: Int = ProcessInfo.processInfo.activeProcessorCount,
                        chunkSize: Int = 32, _ update: (inout T, Int) -> Void) {
        let count = array.count
        guard cores > 1, count > 1 else {
            for i in array.indices { update(&array[i], i) }
            return
        }
        let chunks = (count + chunkSize - 1) / chunkSize
        array.withUnsafeMutableBufferPointer { buffer in
            withoutActuallyEscaping(update) { update in
                // Disjoint slots of one buffer per iteration, which the compiler cannot see.
                nonisolated(unsafe) let update = update
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in (c * chunkSize)..<min(count, (c + 1) * chunkSize) { update(&slots[i], i) }
                }
            }
        }
    }
}

extension ParallelUpdate {
    /// Runs two independent computations at the same time and returns both results. Each
    /// writes only its own result, and neither reads what the other writes.
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let a = UnsafeMutablePointer<A?>.allocate(capacity: 1)
        let b = UnsafeMutablePointer<B?>.allocate(capacity: 1)
        a.initialize(to: nil); b.initialize(to: nil)
        defer { a.deinitialize(count: 1); a.deallocate(); b.deinitialize(count: 1); b.deallocate() }
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                nonisolated(unsafe) let first = first, second = second
                nonisolated(unsafe) let a = a, b = b
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { a.pointee = first() } else { b.pointee = second() }
                }
            }
        }
        return (a.pointee!, b.pointee!)
    }
}

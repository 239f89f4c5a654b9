import Dispatch
import Foundation

/// Updates every element of an array in place, spread over the cores.
///
/// Each element is updated by exactly one thread and the update reads nothing another
/// thread writes, so the result is the same as a sequential loop, whatever the timing.
/// Elements go in fixed chunks taken round-robin by the workers.
enum ParallelUpdate {
    static func each<T>(_ array: inout [T], cores: Int = ProcessInfo.processInfo.activeProcessorCount,
                        _ update: (inout T, Int) -> Void) {
        let count = array.count
        guard cores > 1, count > 1 else {
            for i in array.indices { update(&array[i], i) }
            return
        }
        let chunkSize = 32
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

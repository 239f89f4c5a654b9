import Foundation
import Testing
@testable import Pipeline

@Suite struct HeapTuningTests {
    /// The command line's allocator settings are found and accepted where the C library is glibc:
    /// a renamed symbol or a value out of glibc's range (the mmap threshold is capped at 32 MB)
    /// would silently leave the defaults in force.
    @Test func glibcTakesEverySetting() {
        #if os(Linux) && canImport(Glibc)
        #expect(HeapTuning.forCommandLine())
        #else
        #expect(!HeapTuning.forCommandLine())
        #endif
    }
}

import Foundation
import Testing

/// Compares `data` with the golden file `named` in the `Golden` folder beside the calling
/// test file. With `RECORD_SNAPSHOTS=1` in the environment the golden file is rewritten
/// and the test fails, so a recording run can never pass by accident.
public func assertGolden(_ data: Data, named name: String, filePath: String = #filePath,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
            Issue.record("re-recorded golden file \(url.path); run again without RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record golden file \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? Data(contentsOf: url) else {
        Issue.record("golden file \(url.path) is missing; record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    if expected != data {
        Issue.record("output differs from golden file \(url.path):\n\(firstDifference(expected, data))\nIf the change is intended, re-record with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    }
}

/// The first differing line of two texts, for a readable failure.
func firstDifference(_ expected: Data, _ actual: Data) -> String {
    let e = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
    let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? e[i] : "<end of file>"
        let al = i < a.count ? a[i] : "<end of file>"
        if el != al { return "line \(i + 1):\n  expected: \(el)\n  actual:   \(al)" }
    }
    return "(same text, different bytes)"
}

import Foundation
import GraphModel

/// Paths and helpers shared by the test targets.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()
    /// `../shared` beside the checkout (schemas, gold, seeds).
    public static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }
    public static var samples: URL { packageRoot.appendingPathComponent("samples") }
}

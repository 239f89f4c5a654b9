// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "EventGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "eventgraph", targets: ["eventgraph"]),
        .library(name: "EventGraphKit", targets: ["GraphModel", "Extraction", "Analytics", "Formats", "Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The value model: kinds, relations, dates, evidence, ids, invariants.
        .target(name: "GraphModel"),
        // Arabic articles to a dated event graph.
        .target(
            name: "Extraction",
            dependencies: ["GraphModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // Compact index, centrality, communities, projections, time slices.
        .target(name: "Analytics", dependencies: ["GraphModel"]),
        // The Graphviz C libraries; only the Graphviz target imports this.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The single Swift boundary over Graphviz: DOT in, layout, bytes and positions out.
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        // Readers and writers: DOT, GraphML, GEXF, JSON, CSV, SVG timeline.
        .target(name: "Formats", dependencies: ["GraphModel", "Graphviz"]),
        // Jobs over the library: export, extract, analyze, slices; atomic output.
        .target(name: "Pipeline", dependencies: ["GraphModel", "Extraction", "Analytics", "Formats", "Graphviz"]),
        .executableTarget(
            name: "eventgraph",
            dependencies: ["Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .target(name: "TestSupport", dependencies: ["GraphModel"], path: "Tests/TestSupport"),
        .testTarget(name: "GraphModelTests", dependencies: ["GraphModel", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "TestSupport"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "TestSupport"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

import Analytics
import ArgumentParser
import Foundation
import Pipeline

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Rank the nodes of a graph by centrality, and find its communities.",
        discussion: """
        Reads GraphML, our JSON, CSV, DOT, or a plain edge list (.txt/.edges: \
        "u v [weight]" lines). With default options each measure equals the \
        networkx function of the same name on the graph networkx.read_graphml \
        builds from the file:

          degree, in_degree, out_degree  degree_centrality, ... (--degree-counts: raw)
          betweenness                    betweenness_centrality (Brandes, all cores)
          closeness, harmonic            closeness_/harmonic_centrality (incoming)
          eigenvector                    eigenvector_centrality
          pagerank                       pagerank (--damping 0.85)
          hubs, authorities              hits
          core                           core_number (self-loops ignored)
          community                      louvain_communities (--seed) + modularity

        Parallel edges: shortest paths take the lightest; degree counts each; \
        PageRank, HITS and eigenvector add their weights. Self-loops: ignored by \
        paths and cores, counted by the others. PageRank, HITS and Louvain read \
        the edge attribute `weight` by default, as networkx does; --weight ATTR \
        makes every measure use ATTR (a distance for betweenness, closeness and \
        harmonic); --weight none turns weights off.

        Examples:
          eventgraph analyze out/graph.graphml --top 5
          eventgraph analyze out/graph.graphml --measures pagerank,betweenness \\
              --format csv -o out/measures.csv
          eventgraph analyze out/graph.graphml --projection actors \\
              --measures degree,community
          eventgraph analyze big.txt --measures betweenness --sample 1000 --seed 7
        """
    )

    @Argument(help: "The graph: .graphml, .json, .csv, .dot, or a .txt/.edges edge list ('-' reads stdin).")
    var graph: String

    @Option(name: .long, help: "Comma-separated measures, or 'all'. (default: all; any that does not converge is left out with a note)")
    var measures: String?

    @Option(name: .long, help: "How many nodes per measure the table shows.")
    var top: Int = 10

    @Option(name: .long, help: "table (ranking), csv (id + one column per measure) or json. (default: from -o's extension, else table)")
    var format: String?

    @Option(name: .shortAndLong, help: "Write here instead of standard output (written atomically).")
    var output: String?

    @Option(name: .long, help: "Edge attribute to weight every measure by, or 'none'. (default: networkx's per-measure default)")
    var weight: String?

    @Option(name: .long, help: "full (the graph), actors (actors sharing events), actor-base (actors and bases sharing events).")
    var projection: String = "full"

    @Flag(name: .long, help: "Treat every edge as undirected.")
    var undirected = false

    @Flag(name: .long, help: "Degree measures as counts (or weight sums) instead of divided by n-1.")
    var degreeCounts = false

    @Flag(name: .long, help: "Betweenness not divided by the number of node pairs.")
    var unnormalized = false

    @Flag(name: .long, help: "Betweenness counts paths' end nodes too.")
    var endpoints = false

    @Option(name: .long, help: "Estimate betweenness from K sampled sources; closeness and harmonic only for those K nodes.")
    var sample: Int?

    @Option(name: .long, help: "File with one node id per line: the sources, instead of --sample.")
    var sourcesFile: String?

    @Option(name: .long, help: "Seed for --sample and Louvain's node order.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "PageRank damping factor.")
    var damping: Double = 0.85

    @Option(name: .long, help: "PageRank teleport weights, e.g. 'id1:2,id2:1' (default: uniform).")
    var personalization: String?

    @Option(name: .long, help: "Power iterations stop when the L1 change is below n * tolerance.")
    var tolerance: Double = 1e-10

    @Option(name: .long, help: "Iterations before PageRank, eigenvector or HITS give up with an error.")
    var maxIterations: Int = 10_000

    @Option(name: .long, help: "Louvain resolution (above 1: smaller communities).")
    var resolution: Double = 1

    @Option(name: .long, help: "Threads for betweenness, closeness and harmonic (default: every core). Results do not depend on it.")
    var threads: Int?

    func run() async throws {
        var request = AnalyzeRequest(input: graph, measures: try Measure.parseList(measures ?? "all"))
        request.measuresNamed = measures != nil
        if let output, output != "-" {
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw PipelineError.io("\(output): output folder \(folder) does not exist; create it first")
            }
        }
        guard let projection = Projection(rawValue: projection) else {
            throw ValidationError("unknown projection '\(projection)'; choose full, actors or actor-base")
        }
        request.projection = projection
        if let format {
            guard let f = AnalyzeFormat(rawValue: format) else { throw ValidationError("unknown format '\(format)'; choose table, csv or json") }
            request.format = f
        } else if let output {
            request.format = AnalyzeFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .table
        }
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        request.top = top
        request.undirected = undirected
        var options = MeasureOptions()
        switch weight {
        case nil: options.weight = .networkxDefault
        case "none"?: options.weight = .none
        case let name?: options.weight = .attribute(name)
        }
        options.degreeCounts = degreeCounts
        options.normalized = !unnormalized
        options.endpoints = endpoints
        options.sampleSize = sample
        if let sourcesFile {
            guard let text = try? String(contentsOfFile: sourcesFile, encoding: .utf8) else {
                throw ValidationError("\(sourcesFile): cannot read the sources file")
            }
            options.sources = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        options.seed = seed
        guard damping > 0, damping < 1 else { throw ValidationError("--damping must be between 0 and 1 (exclusive)") }
        options.damping = damping
        if let personalization {
            var map: [String: Double] = [:]
            for item in personalization.split(separator: ",") {
                guard let colon = item.lastIndex(of: ":"), let w = Double(item[item.index(after: colon)...]), w >= 0 else {
                    throw ValidationError("--personalization takes id:weight pairs separated by commas, e.g. a:2,b:1")
                }
                map[String(item[..<colon]), default: 0] += w
            }
            options.personalization = map
        }
        guard tolerance > 0 else { throw ValidationError("--tolerance must be positive") }
        options.tolerance = tolerance
        guard maxIterations > 0 else { throw ValidationError("--max-iterations must be at least 1") }
        options.maxIterations = maxIterations
        options.resolution = resolution
        options.threads = threads
        request.options = options
        let data = try await AnalyzeJob.run(request)
        if let output, output != "-" {
            try AtomicFile.write(data, to: output)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

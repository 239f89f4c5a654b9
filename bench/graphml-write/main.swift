// Writes one graph as GraphML several times and prints the CPU and wall time of each write:
// the writer measured alone, without extraction. Built and run by bench/graphml-write.sh.
import Foundation
import GraphModel
import Pipeline

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: graphml-write GRAPH.json OUT.graphml [RUNS]\n".utf8))
    exit(2)
}
let graph = try GraphJSON.decode(Data(contentsOf: URL(fileURLWithPath: arguments[1])))
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3

func cpu() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
}

for run in 1...runs {
    let start = Date(), before = cpu()
    try await GraphIO.write(graph, to: arguments[2], format: .graphml)
    let after = cpu(), wall = Date().timeIntervalSince(start)
    let user = after.user - before.user, system = after.system - before.system
    print(String(format: "write %d: %.2f s wall, %.2f s user, %.2f s sys, %.2f s cpu", run, wall, user, system, user + system))
}

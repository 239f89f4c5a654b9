import ArgumentParser
import Foundation
import Pipeline

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the evidence for a node or an edge: the Arabic text, the English names, where it was found and which rule fired.",
        discussion: """
        ID is a node id, an edge id, or a name (English or Arabic, any case) of a node. For an \
        event, the roles and the date's trace are shown too.

        Examples:
          eventgraph explain out/graph.graphml actor-kataib-hezbollah
          eventgraph explain out/graph.graphml "Camp Taji"
        """
    )

    @Argument(help: ArgumentHelp("The graph (any readable format).", valueName: "graph"))
    var graph: String

    @Argument(help: ArgumentHelp("Node id, edge id, or node name.", valueName: "id"))
    var id: String

    func run() async throws {
        let text = try await ExplainJob.run(graph: graph, id: id)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

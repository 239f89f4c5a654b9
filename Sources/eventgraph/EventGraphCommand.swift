import ArgumentParser
import Pipeline

@main
struct EventGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventgraph",
        abstract: "Turn news articles into a dated graph of actors, bases, attacks and withdrawals; analyse it; export it.",
        discussion: """
        Typical session:
          eventgraph extract samples -o out/graph.graphml      # articles → graph
          eventgraph analyze out/graph.graphml --top 10         # who is central
          eventgraph export out/graph.graphml -o out/graph.svg  # diagram for a report
          eventgraph slices out/graph.graphml --by week -o out/slices
        """,
        version: EventGraphVersion.string,
        subcommands: [ExportCommand.self, ExtractCommand.self, ExplainCommand.self, AnalyzeCommand.self, SlicesCommand.self]
    )
}

import ArgumentParser
import Pipeline

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("analyze is not available yet") }
}

import ArgumentParser
import Pipeline

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("explain is not available yet") }
}

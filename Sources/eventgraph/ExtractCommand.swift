import ArgumentParser
import Pipeline

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("extract is not available yet") }
}

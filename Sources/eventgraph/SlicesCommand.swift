import ArgumentParser
import Pipeline

struct SlicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "slices", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("slices is not available yet") }
}

import ArgumentParser
import Pipeline

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("export is not available yet") }
}

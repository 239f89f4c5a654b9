/// A graph file that cannot be read. `description` is the one line the user sees:
/// `FILE: line N: problem` (no line when the problem is not tied to one).
public struct ReadError: Error, Equatable, CustomStringConvertible {
    public var document: String
    public var line: Int?
    public var problem: String

    public init(document: String, line: Int? = nil, _ problem: String) {
        self.document = document; self.line = line; self.problem = problem
    }

    public var description: String {
        if let line { return "\(document): line \(line): \(problem)" }
        return "\(document): \(problem)"
    }
}

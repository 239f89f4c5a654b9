/// The version `eventgraph --version` prints (semantic versioning).
public enum EventGraphVersion {
    public static let string = "0.1.0"
}

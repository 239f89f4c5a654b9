public enum EventGraphVersion {
    public static let string = "0.1.0"
}

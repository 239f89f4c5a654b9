import GraphModel

/// The date rules of `DateResolver`, seen through `DateFinding`.
public struct ResolverDateFinding: DateFinding {
    public let resolver: DateResolver
    public init(publication: Day?) { resolver = DateResolver(publication: publication) }

    public func dates(in sentence: String) -> [(range: Range<Int>, date: EventDate?)] {
        resolver.mentions(in: sentence).map { ($0.range, $0.date) }
    }
    public func hasFutureCue(_ text: String) -> Bool { resolver.hasFutureCue(text) }
}

extension Extractor {
    /// An extractor using the project's date rules.
    public init(gazetteer: Gazetteer, options: ExtractionOptions = .init()) {
        self.init(gazetteer: gazetteer, options: options, dateFinder: { ResolverDateFinding(publication: $0) })
    }
}

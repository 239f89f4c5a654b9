import Testing
import Foundation
import GraphModel
@testable import Extraction

/// A lexicon base alias of the shape "X في Y" ("قاعدة سبايكر في تكريت") keeps the base and
/// leaves the town to be read as a place, located as the text says. Sentences written for the test.
@Suite struct BaseAliasTownTests: FindingQueries {

    @Test func theTownAfterFiInABaseAliasIsAPlace() {
        let f = Fixture.extract("وسلم التحالف قاعدة سبايكر في تكريت إلى القوات العراقية.")
        let base = f.entities.first { $0.kind == .base }
        #expect(base?.ref.hasPrefix("k:") == true)
        let town = f.entities.first { $0.kind == .place && $0.surfaces.contains("تكريت") }
        #expect(town != nil)
        if let base, let town { #expect(relations(f, .locatedIn).contains("\(base.ref) \(town.ref)")) }
    }

    @Test func aNameWithoutFiIsLeftWhole() {
        let f = Fixture.extract("وسلم التحالف قاعدة سبايكر إلى القوات العراقية.")
        #expect(f.entities.contains { $0.kind == .base && $0.ref.hasPrefix("k:") })
        #expect(!f.entities.contains { $0.kind == .place })
    }
}

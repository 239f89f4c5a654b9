import Testing
import Foundation
import GraphModel
@testable import Extraction

/// A killing told with "في عملية" + who carried it out is an attack on the person killed; an
/// operation with no killing, or "العملية" referring back, is none. Sentences written for the test.
@Suite struct KillingOperationTests: FindingQueries {

    @Test func aKillingInAnOperationCarriedOutByAForceIsAnAttack() {
        let f = Fixture.extract("""
            وجاء ذلك بعد مقتل القيادي في كتائب حزب الله أبو مهدي المهندس في عملية نفذتها القوات الأمريكية قرب مطار بغداد فجر الجمعة.
            """, published: "2020-01-05")
        let a = f.events.first { $0.kind == .attack && roles($0, .target).contains("k:abu-mahdi-al-muhandis") }
        #expect(a != nil)
        #expect(a.map { roles($0, .attacker) } == ["k:us-forces"])
        #expect(a?.date?.iso == "2020-01-03")
    }

    @Test func theNisbaOfTheForceNamesTheAttacker() {
        // No state is named but by the nisba of the force that carried the operation out.
        let f = Fixture.extract("""
            وأكدت مصادر محلية مقتل زعيم تنظيم داعش أبو إبراهيم الهاشمي القرشي في عملية نفذتها قوة خاصة أمريكية في شمال غربي سوريا فجر الخميس 3 شباط 2022.
            """, published: "2022-02-04")
        let a = f.events.first { $0.kind == .attack }
        #expect(a.map { roles($0, .target) } == ["k:abu-ibrahim-al-hashimi"])
        #expect(a.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(a?.date?.iso == "2022-02-03")
    }

    @Test func anOperationWithoutAKillingOrReferringBackIsNoAttack() {
        let f = Fixture.extract("""
            وشاركت القوات العراقية في عملية عسكرية لاستعادة الموصل، وأكد قائد العملية أن مقتل المدنيين في العملية التي نفذتها القوات لم يثبت.
            """, published: "2017-07-01")
        #expect(!f.events.contains { $0.kind == .attack })
    }
}

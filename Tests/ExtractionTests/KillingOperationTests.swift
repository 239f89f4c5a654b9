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
        let f = Fixture.extract("""
            أعلنت واشنطن مقتل أبو بكر البغدادي في عملية نفذتها قوة خاصة أمريكية في محافظة إدلب السورية يوم 27 تشرين الأول 2019.
            """, published: "2019-10-28")
        let a = f.events.first { $0.kind == .attack }
        #expect(a.map { roles($0, .target) } == ["k:abu-bakr-al-baghdadi"])
        #expect(a.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(a.map { roles($0, .location).contains("k:idlib") } == true)
        #expect(a?.date?.iso == "2019-10-27")
    }

    @Test func anOperationWithoutAKillingOrReferringBackIsNoAttack() {
        let f = Fixture.extract("""
            وشاركت القوات العراقية في عملية عسكرية لاستعادة الموصل، وأكد قائد العملية أن مقتل المدنيين في العملية التي نفذتها القوات لم يثبت.
            """, published: "2017-07-01")
        #expect(!f.events.contains { $0.kind == .attack })
    }
}

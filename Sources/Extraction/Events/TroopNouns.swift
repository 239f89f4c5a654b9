/// The nouns for troops the withdrawal rules read, in one table: each form once, with the rules
/// that take it.
///
/// Three rules read troop nouns, each a different use of them, so each takes a different part
/// of the table:
/// - `cutObject`: the object of a troop cut, "ستخفض عدد قواتها", "تقليص الجنود" (`Cues.troopWord`,
///   Events/EventDrawdowns.swift). Plural forces and soldiers, with the pronouns of a state or
///   of a speaking government ("قواتنا"); a single soldier is never cut.
/// - `counted`: a number of soldiers, "40 عسكرياً هولندياً", "ثلاثين جندياً", "35 عنصراً"
///   (`Cues.troopNoun`, Events/EventReturnsHome.swift, Events/EventArrivals.swift and the
///   relative clause of Events/EventReferences.swift). Singular (after a number from eleven up)
///   and plural, with and without the accusative alef, and the words for members ("عنصر", "فرد").
/// - `possessed`: troops with the pronoun of their owner, "انسحاب قواته القتالية", "سحب مستشاريه"
///   (`Cues.ownTroops`, `possessorOfTroops` in Events/EventReturnsHome.swift): third person only,
///   the owner named before the trigger.
///
/// The lists were three separate `WordSet`s before; this table keeps each one's words exactly
/// (a test pins them), so a form whose roles differ from its neighbours' (قواتهم possessed but
/// no cut object, عسكرييه counted and possessed but no cut object) differs on purpose of the
/// rules' own evidence or has not been met in a cut yet; adding a role is a change of the rule.
/// A `WordSet` drops the article when it is built ("القوات" and "قوات" are one form), so the
/// forms are written without it.
enum TroopNouns {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8
        /// The object of a troop cut (`Cues.troopWord`).
        static let cutObject = Roles(rawValue: 1)
        /// Soldiers counted (`Cues.troopNoun`).
        static let counted = Roles(rawValue: 2)
        /// Troops with the pronoun of their owner (`Cues.ownTroops`).
        static let possessed = Roles(rawValue: 4)
    }

    static let forms: [(word: String, roles: Roles)] = [
        // Forces.
        ("قوات", [.cutObject, .counted]),
        ("قواتها", [.cutObject, .counted, .possessed]), ("قواته", [.cutObject, .counted, .possessed]),
        ("قواتهم", [.possessed]), ("قواتهما", [.cutObject]), ("قواتنا", [.cutObject]),
        // Soldiers.
        ("جندي", [.counted]), ("جنديا", [.counted]),
        ("جنود", [.cutObject, .counted]),
        ("جنودها", [.cutObject, .counted, .possessed]), ("جنوده", [.cutObject, .counted, .possessed]), ("جنودنا", [.cutObject]),
        // Military personnel.
        ("عسكري", [.counted]), ("عسكريا", [.counted]), ("عسكريون", [.counted]),
        ("عسكريين", [.cutObject, .counted]),
        ("عسكرييها", [.cutObject, .counted, .possessed]), ("عسكرييه", [.counted, .possessed]), ("عسكرييهم", [.counted]),
        // Trainers and advisers.
        ("مدرب", [.counted]), ("مدربا", [.counted]), ("مدربين", [.counted]), ("مدربون", [.counted]),
        ("مدربيها", [.cutObject, .counted, .possessed]), ("مدربيه", [.cutObject, .counted, .possessed]),
        ("مستشار", [.counted]), ("مستشارا", [.counted]), ("مستشارين", [.counted]), ("مستشارون", [.counted]),
        ("مستشاريها", [.cutObject, .counted, .possessed]), ("مستشاريه", [.cutObject, .counted, .possessed]),
        // Members.
        ("عنصر", [.counted]), ("عنصرا", [.counted]), ("عناصر", [.counted]),
        ("عناصره", [.possessed]), ("عناصرها", [.possessed]),
        ("فرد", [.counted]), ("فردا", [.counted]), ("أفراد", [.counted]),
    ]

    /// The forms that take `role`.
    static func words(_ role: Roles) -> [String] { forms.filter { $0.roles.contains(role) }.map(\.word) }
}

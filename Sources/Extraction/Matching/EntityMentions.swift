import GraphModel

/// An entity named (or referred back to) at a place in the text.
///
/// A plain value of integers and enums: no field is a `String` or holds a reference, so a copy
/// is a copy of its bytes and nothing is retained or released (`_isPOD(Mention.self)`, which a
/// test checks). The rules copy mentions about a million times per 1,000 articles (out of the
/// run's arrays, into closures and filtered lists); when the reference, the sub-type, the
/// clitic letters and the rule were four `String`s, each copy retained four strings and each
/// destroy released them: a tenth of extraction, and in the two-worker command the counts of
/// the lexicon's reference strings were written by both threads. The strings are read back only
/// where findings are written (`DocumentRun.refName(_:)`, `MentionRule.rawValue`).
struct Mention: Sendable {
    var ref: EntityRef
    var kind: NodeKind
    var actorType: ActorType?
    /// Lexicon sub-type (`country`, `city`, `airbase`, ...) or the pattern's.
    var type: EntitySubtype
    /// Set on a few mentions: fills padding after the enums.
    /// A back-reference ("القاعدة", "الجماعة"): used for roles, never a new node.
    var anaphoric: Bool = false
    var rule: MentionRule
    var sentence: Int
    /// Token range of the name (without a class word or title before it).
    var tokens: Range<Int>
    /// Original scalar span, clitics in front of the first word left out.
    var start: Int
    var end: Int
    /// Folded clitic letters read off the first word ("و", "ل", "وب"...).
    var clitic: CliticLetters

    init(ref: EntityRef, kind: NodeKind, actorType: ActorType?, type: EntitySubtype, sentence: Int, tokens: Range<Int>,
         start: Int, end: Int, clitic: CliticLetters, rule: MentionRule, anaphoric: Bool = false) {
        self.ref = ref; self.kind = kind; self.actorType = actorType; self.type = type; self.sentence = sentence
        self.tokens = tokens; self.start = start; self.end = end; self.clitic = clitic; self.rule = rule
        self.anaphoric = anaphoric
    }

    var isCountry: Bool { kind == .place && type == .country }
    var isPerformer: Bool {
        guard kind == .actor, let t = actorType else { return false }
        return t == .state || t == .coalition || t == .militaryForce || t == .armedGroup || t == .governmentBody
    }
    /// Carries a preposition clitic meaning "to/for" (ل) or "with/by" (ب).
    var hasToClitic: Bool { clitic.hasSuffix("ل") }
}

/// The entity a mention names, within one article: a lexicon entity by its index in the
/// gazetteer, or a pattern entity of the article by its index in `DocumentRun.patternEntities`.
///
/// Equal references are equal integers: a lexicon entity is named by the index `Gazetteer.index`
/// gives its key (the last entity of a key, as the `k:KEY` strings made them one), and a pattern
/// reference (`p:KIND:WORDS`) is entered once per article (`DocumentRun.patternRef`). Comparing
/// two references is one integer test, where comparing the strings walked the bytes of
/// references that were not the same object. The string is `DocumentRun.refName(_:)`.
struct EntityRef: Hashable, Sendable {
    /// ≥ 0: a lexicon entity's index; < 0: `-1 - i` for pattern entity `i`.
    private let raw: Int32

    private init(raw: Int32) { self.raw = raw }
    /// Lexicon entity `entity`, which must be the one its key names (`Extractor.lexiconRefs`).
    static func lexicon(_ entity: Int) -> EntityRef { EntityRef(raw: Int32(entity)) }
    static func pattern(_ index: Int) -> EntityRef { EntityRef(raw: -1 - Int32(index)) }

    /// The reference is `k:KEY`.
    var isLexicon: Bool { raw >= 0 }
    /// The lexicon entity's index (for `k:KEY`, the entity `Gazetteer.index[KEY]`).
    var lexiconEntity: Int? { raw >= 0 ? Int(raw) : nil }
    /// The pattern entity's index in the article's run.
    var patternEntity: Int? { raw < 0 ? Int(-1 - raw) : nil }
}

/// A mention's sub-type: the closed list of the lexicon's types (`LexiconEntry.types(of:)`),
/// the pattern rules' own, and the settlement types `DocumentRun.settlementTypes` names. A
/// one-byte value where the `String` was retained with every copy of a mention; the lexicon's
/// strings are read once per entity when the extractor is built (`Extractor.subtypes`).
enum EntitySubtype: String, Sendable, CaseIterable {
    // ActorType's raw values.
    case state, coalition, militaryForce = "military_force", armedGroup = "armed_group"
    case governmentBody = "government_body", person, media
    // LexiconEntry.baseTypes.
    case base, airbase, camp, airport
    // LexiconEntry.placeTypes.
    case country, province, city, district, region, river, mountain, site
    // Patterns and settlement types.
    case oilField = "oil_field", town, village, neighbourhood
    /// A type none of the rules names (a gazetteer built in code may use any string): it
    /// equals only itself, and no rule asks for it.
    case unlisted

    /// The sub-type named by `type`, `.unlisted` for a name not listed here.
    init(_ type: String) { self = EntitySubtype(rawValue: type) ?? .unlisted }
}

/// The rule that found a mention: one byte in the mention, its name (`rawValue`, a string
/// literal, never allocated) in the findings' evidence.
enum MentionRule: String, Sendable, CaseIterable {
    case lexicon
    case nisba
    case nisbaAgent = "nisba.agent"
    case nisbaAircraft = "nisba.aircraft"
    case nisbaOperationAgent = "nisba.operation-agent"
    case nisbaSoil = "nisba.soil"
    case nameCountry = "name.country"
    case office
    case patternBase = "pattern.base"
    case patternBaseTown = "pattern.base.town"
    case patternBaseLexiconIn = "pattern.base+lexicon.in"
    case patternBaseListLexiconIn = "pattern.base-list+lexicon.in"
    case patternSite = "pattern.site"
    case patternSiteLexiconIn = "pattern.site+lexicon.in"
    case patternDiplomaticSite = "pattern.diplomatic-site"
    case patternOilField = "pattern.oil-field"
    case patternDivision = "pattern.division"
    case patternArmedGroup = "pattern.armed_group"
    case patternForcesNisba = "pattern.forces.nisba"
    case patternMinistryNisba = "pattern.ministry.nisba"
    case patternGovernmentNisba = "pattern.government.nisba"
    case patternCompanyNisba = "pattern.company.nisba"
    case patternPersonTitle = "pattern.person.title"
    case patternPersonOffice = "pattern.person.office"
    case patternPersonOfficeInName = "pattern.person.office-in-name"
    case patternPersonRole = "pattern.person.role"
    case patternPersonKunya = "pattern.person.kunya"
    case patternPersonSpokesperson = "pattern.person.spokesperson"
    case patternProvinceSeat = "pattern.province-seat"
    case coreferenceSurname = "coreference.surname"
    case coreferenceBaseTown = "coreference.base-town"
    case anaphoraBase = "anaphora.base"
    case anaphoraGroup = "anaphora.group"
    case anaphoraCountry = "anaphora.country"
    case anaphoraCountryNisba = "anaphora.country.nisba"
    case anaphoraMinistry = "anaphora.ministry"
    case anaphoraSpokespersonPronoun = "anaphora.spokesperson-pronoun"
    case drawdownStateOfBody = "drawdown.state-of-body"
}

/// The folded clitic letters in front of a name ("و", "ل", "وب", "ولل"): at most
/// `capacity` letters, kept as scalar values. The rules ask only for the first and the last
/// letter; `string` gives the letters back.
struct CliticLetters: Sendable, Equatable {
    static let capacity = 4
    private var letters: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    private(set) var count: UInt8 = 0

    /// No clitic.
    init() {}

    /// The first `n` scalars of `word` (a clitic reading's prefix: three letters at most).
    init(_ word: FoldedWord, _ n: Int) {
        guard n > 0 else { return }
        precondition(n <= Self.capacity, "a clitic of more than \(Self.capacity) letters")
        // Decoded from the word's bytes in place (no String built).
        var decoded: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        let k = word.withUTF8 { bytes -> Int in
            var it = bytes.makeIterator()
            var decoder = UTF8()
            var k = 0
            while k < n, case .scalarValue(let scalar) = decoder.decode(&it) {
                switch k {
                case 0: decoded.0 = scalar.value
                case 1: decoded.1 = scalar.value
                case 2: decoded.2 = scalar.value
                default: decoded.3 = scalar.value
                }
                k += 1
            }
            return k
        }
        letters = decoded
        count = UInt8(k)
    }

    private func letter(_ i: Int) -> UInt32 {
        switch i {
        case 0: letters.0
        case 1: letters.1
        case 2: letters.2
        default: letters.3
        }
    }

    var isEmpty: Bool { count == 0 }
    /// `string.hasPrefix(String(letter))`: folded letters carry no combining marks, so a
    /// character is one scalar.
    func hasPrefix(_ letter: Unicode.Scalar) -> Bool { count > 0 && self.letter(0) == letter.value }
    func hasSuffix(_ letter: Unicode.Scalar) -> Bool { count > 0 && self.letter(Int(count) - 1) == letter.value }

    var string: String {
        var s = String.UnicodeScalarView()
        for i in 0..<Int(count) { s.append(Unicode.Scalar(letter(i))!) }
        return String(s)
    }

    static func == (a: CliticLetters, b: CliticLetters) -> Bool {
        a.count == b.count && a.letters == b.letters
    }
}

/// A pattern entity found in one article (what no lexicon lists).
struct PatternEntity: Sendable {
    var ref: String
    var kind: NodeKind
    var actorType: ActorType?
    var type: EntitySubtype
    var surfaces: SurfaceCounts
    var titles: Set<String>
    var organisations: Set<String>
    /// Folded words of the name without article, for surname coreference.
    var words: [Substring]
}

/// The scalar offset in `tokens[i]` after `letters` folded letters (marks in between skipped).
func offsetAfterLetters(_ text: TokenizedText, token: Token, letters: Int) -> Int {
    guard letters > 0 else { return token.start }
    var seen = 0
    var i = token.start
    while i < token.end {
        if ArabicFolding.classify(text.scalars[i]) != .mark {
            if seen == letters { return i }
            seen += 1
        }
        i += 1
    }
    return i
}

/// Searches over mention arrays that read each mention in place.
///
/// The standard `first(where:)`, `last(where:)` and `contains(where:)` copy each element they
/// pass over before handing it to the predicate; when a `Mention` held four strings those
/// copies were some 5% of extraction. A mention is now plain bytes, but the predicate still
/// reads each element from the array's buffer without the copy. Same results.
extension Array where Element == Mention {
    @inline(__always)
    func firstInPlace(where ok: (Mention) throws -> Bool) rethrows -> Mention? {
        try withUnsafeBufferPointer { b in
            for i in b.indices where try ok(b[i]) { return b[i] }
            return nil
        }
    }

    @inline(__always)
    func lastInPlace(where ok: (Mention) throws -> Bool) rethrows -> Mention? {
        try withUnsafeBufferPointer { b in
            for i in b.indices.reversed() where try ok(b[i]) { return b[i] }
            return nil
        }
    }

    @inline(__always)
    func containsInPlace(where ok: (Mention) throws -> Bool) rethrows -> Bool {
        try withUnsafeBufferPointer { b in
            for i in b.indices where try ok(b[i]) { return true }
            return false
        }
    }
}

/// What a word means to the date grammar.
enum DateWord: Hashable, Sendable {
    enum Unit: Hashable, Sendable { case day, week, month, year }
    enum Relation: Hashable, Sendable { case past, next, current }
    enum Part: Hashable, Sendable { case start, middle, end }
    enum Preposition: Hashable, Sendable {
        case inside      // في
        case since       // منذ
        case before      // قبل
        case after       // بعد
        case during      // خلال
        case until       // حتى، إلى، لغاية
        case by          // بحلول
        case about       // نحو، حوالي، قرابة: an approximate count follows
    }

    /// A one-word month name (either system), 1...12.
    case month(Int)
    /// كانون / تشرين: a two-word Levantine month completed by الأول / الثاني.
    case monthHead(first: Int, second: Int)
    /// الأول ... العاشر, الحادي; `article` tells "أول" (as in أول أمس, كانون أول) from "الأول".
    case ordinal(Int, article: Bool)
    /// العشرين, الثلاثين (the tens of an ordinal day).
    case ordinalTens(Int)
    /// ثلاثة، أربع ... عشرة: a count before a unit ("قبل ثلاثة أيام"). عشر also completes teens.
    case cardinal(Int)
    /// Weekday, ISO numbering (1 = Monday ... 7 = Sunday).
    case weekday(Int)
    case today                          // اليوم
    case dayWord                        // يوم
    case yesterday                      // أمس، الأمس، البارحة
    case tomorrow                       // غداً، الغد
    case tomorrowStem                   // غد (بعد غد)
    /// A counted unit: يومين (2), أيام (nil = plural, count elsewhere), أسبوع (1) ...
    case unit(Unit, count: Int?)
    /// الأسبوع، الشهر، العام، السنة: a period that a relation word makes relative.
    case period(Unit)
    case yearWord                       // عام، سنة، عامي
    case monthWord                      // شهر
    case relation(Relation)             // الماضي / المقبل / الحالي ...
    case this                           // هذا، هذه
    case preposition(Preposition)
    case from                           // من
    case ofThatMonth                    // منه ("في 26 منه": of the month named just before)
    case part(Part)                     // مطلع، منتصف، نهاية ...
    case timeOfDay                      // صباح، مساء، فجر، ليلة ...
    // Future cues.
    case future                         // سوف، لن
    case plannedAdjective(needsMin: Bool) // (من) المقرر، المزمع، المتوقع ...
    case intentVerb                     // يعتزم، يخطط، ينوي ...
    case later                          // لاحق
    case time                           // وقت
    // Words that decide the traps.
    case complementizer                 // أن، إن، أنه، بأن: a new clause starts
    case prayer                         // صلاة، خطبة (صلاة الجمعة is not a date)
    case both                           // كلا (كلا الاثنين: "both")
    case yesterdayIdiom                 // بأمس الحاجة ("in dire need"), بالأمس القريب ("recently")
    case demonstrativeBefore            // تلك، طوال، طيلة ... (طوال اليوم is not today)
    case outletPlace                    // بغداد، روسيا ... (بغداد اليوم is an outlet)
    case dayAdjective                   // الأخير، الوطني، الذي ... (اليوم الأخير is a noun)
    case followingDay                   // التالي، الموالي (اليوم التالي: the day after the story's)
    case sameDay                        // نفسه، ذاته، عينه (اليوم نفسه: the story's day)
    case sameBefore                     // ذلك، نفس، ذات (ذلك اليوم، نفس اليوم: the story's day)
    case corresponding                  // الموافق ("الخميس الموافق 19 آذار")
    case tonight                        // الليلة (الليلة الماضية: last night)
    /// A known word that starts like a future verb (سيارة، سياسة، سيطر ...).
    case notAVerb
}

extension DateWord {
    /// A date rule can start at a word of this meaning: the cases `DateGrammar.longest(at:)`
    /// dispatches on. The other two rules tried at a token (`dayOfToldMonth`,
    /// `daysAfterToldDay`) start at a number, an ordinal or بعد, which are among them.
    var startsRule: Bool {
        switch self {
        case .month, .monthHead, .monthWord, .ordinal(_, article: true), .ordinalTens, .ordinal(1, article: false),
             .yearWord, .period, .this, .preposition(.during), .preposition(.since), .preposition(.before),
             .preposition(.after), .part, .timeOfDay, .dayWord, .today, .yesterday, .tomorrow, .weekday, .tonight, .sameBefore:
            return true
        default:
            return false
        }
    }

    /// A word of this meaning may be a future cue (`DateGrammar.isFutureCueWord`; whether it is
    /// one depends on its neighbours).
    var mayBeCue: Bool {
        switch self {
        case .future, .intentVerb, .relation(.next), .plannedAdjective, .later, .tomorrow: return true
        default: return false
        }
    }
}

/// The date vocabulary, folded, with an allocation-free lookup.
///
/// A word is looked up by the FNV-1a (64-bit) hash of its folded letters, which the tokenizer
/// computes while reading them; a 16,384-bit filter is probed first, so the common case — a
/// word with no date meaning — costs one bit test, and a filter hit is confirmed against the
/// stored key, so a hash collision can never give a word a wrong meaning. The filter is 2 KB,
/// not larger, because the extractor runs the date layer between other work that evicts it:
/// every word of a sentence reads a random line of it, and with about 400 entries a 2 KB filter
/// still rejects some 97% of the words without a meaning.
///
/// Filter hits are frequent (في، من، قبل، بعد are date words), so the entries sit in one
/// open-addressing table with linear probing and Fibonacci hashing over the FNV hash, their
/// keys in one flat array: a hit costs one or two slot reads and a comparison of a few
/// letters, instead of a `Dictionary` probe that runs SipHash on a hash already computed.
struct DateLexicon: Sendable {
    static let shared = DateLexicon()

    /// One entry: the FNV hash of its key, where the key sits in `keys`, and its index in
    /// `meanings` (0 marks an empty slot).
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var keyStart: UInt32 = 0
        var keyCount: UInt16 = 0
        var index: UInt16 = 0
    }

    private var slots: [Slot]
    /// 64 − log2(slots.count): the top bits of the Fibonacci product pick the home slot.
    private let shift: UInt64
    /// Every entry's folded key, one after the other.
    private var keys: [UInt32] = []
    private var filter = [UInt64](repeating: 0, count: DateLexicon.filterWords)
    /// 256 words of 64 bits; the bit of a hash is picked by its low 14 bits.
    private static var filterWords: Int { 256 }

    /// Meanings by index; tokens store the index (0 = no meaning) to stay small.
    static let meanings: [DateWord] = [.notAVerb] + table.map(\.1)

    /// What a token may do in the grammar, as bits: whether a date rule can start at it, and
    /// whether it may be a future cue. A sentence none of whose tokens has a bit gives the
    /// grammar nothing to do, which is most sentences for the cues and many for the rules.
    enum Role {
        /// A date rule can start here: `DateGrammar.longest(at:)` dispatches on the token (a
        /// number, a numeric date, or a word of the meanings of `startsRule`).
        static let starts: UInt8 = 1
        /// The token may be a future cue (`DateGrammar.isFutureCueWord`): a سـ-verb or a word of
        /// the meanings of `mayBeCue`.
        static let cue: UInt8 = 2
        static let all: UInt8 = starts | cue
    }

    /// `Role` bits by meaning index (0, no meaning, has none).
    static let roles: [UInt8] = [0] + table.map { _, w in (w.startsRule ? Role.starts : 0) | (w.mayBeCue ? Role.cue : 0) }

    /// The union of the roles of `tokens`, read from each token (the reference for the bits the
    /// tokenizer collects while it reads the words).
    static func roles(of tokens: [DateToken]) -> UInt8 {
        var found: UInt8 = 0
        for t in tokens {
            if t.kind == .number || t.kind == .numericDate { found |= Role.starts }
            if t.isFutureVerb { found |= Role.cue }
            if let w = t.word { found |= (w.startsRule ? Role.starts : 0) | (w.mayBeCue ? Role.cue : 0) }
        }
        return found
    }

    private init() {
        var entries: [UInt64: (key: [UInt32], index: UInt16)] = [:]
        for (position, (text, word)) in DateLexicon.table.enumerated() {
            let key = DateScalars.key(of: text)
            let h = DateLexicon.hash(prefix: nil, key)
            if let existing = entries[h] {
                // Two spellings that fold alike are fine; a different meaning is a table bug.
                assert(existing.key == key && DateLexicon.meanings[Int(existing.index)] == word,
                       "date lexicon: conflicting entry for \(text)")
                continue
            }
            entries[h] = (key, UInt16(position + 1))
        }
        // Weekday names with two adjacent letters of the stem swapped ("الخيمس" for "الخميس")
        // are a common typing slip. Added after the table, so a real entry always wins; the
        // slips that are real words ("الحاد": sharp, "الخمسي": five-year, "الأرباع": quarters)
        // are left out.
        let realWords = Set(["الحاد", "الخمسي", "الأرباع"].map(DateScalars.key(of:)))
        for (position, (text, word)) in DateLexicon.table.enumerated() {
            guard case .weekday = word else { continue }
            let key = DateScalars.key(of: text)
            for i in 2..<(key.count - 1) where key[i] != key[i + 1] {
                var slip = key
                slip.swapAt(i, i + 1)
                let h = DateLexicon.hash(prefix: nil, slip)
                guard entries[h] == nil, !realWords.contains(slip) else { continue }
                entries[h] = (slip, UInt16(position + 1))
            }
        }
        // At most half full, so a probe ends after one or two slots.
        var capacity = 8
        while capacity < 2 * entries.count { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        // In hash order, so the table's layout does not depend on the dictionary's iteration order.
        for (h, e) in entries.sorted(by: { $0.key < $1.key }) {
            var i = home(h)
            while slots[i].index != 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = Slot(hash: h, keyStart: UInt32(keys.count), keyCount: UInt16(e.key.count), index: e.index)
            keys += e.key
            filter[DateLexicon.filterWord(h)] |= 1 << (h & 63)
        }
    }

    @inline(__always)
    private static func filterWord(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 6) & (filterWords - 1) }

    @inline(__always)
    private func home(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    static let hashBasis: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100000001b3 }

    /// FNV-1a over the folded letters (after an optional virtual first letter).
    @inline(__always)
    static func hash<Key: Collection<UInt32>>(prefix: UInt32?, _ key: Key) -> UInt64 {
        var h = hashBasis
        if let p = prefix { h = step(h, p) }
        for v in key { h = step(h, v) }
        return h
    }

    /// Whether a key of this hash may be in the lexicon: the filter's bit alone. False proves
    /// `index(hash: h, key) == 0`.
    @inline(__always)
    func mayHold(hash h: UInt64) -> Bool { filter[DateLexicon.filterWord(h)] & (1 << (h & 63)) != 0 }

    /// The index in `meanings` of exactly `key` (optionally preceded by a virtual letter), or 0.
    @inline(__always)
    func index<Key: Collection<UInt32>>(prefix: UInt32? = nil, _ key: Key) -> UInt16 {
        index(hash: DateLexicon.hash(prefix: prefix, key), prefix: prefix, key)
    }

    /// As `index(prefix:_:)`, with the hash of the (prefixed) key already computed.
    @inline(__always)
    func index<Key: Collection<UInt32>>(hash h: UInt64, prefix: UInt32? = nil, _ key: Key) -> UInt16 {
        guard mayHold(hash: h) else { return 0 }
        return slots.withUnsafeBufferPointer { s in
            var i = home(h)
            while s[i].hash != h {
                if s[i].index == 0 { return 0 }
                i = (i + 1) & (s.count - 1)
            }
            let e = s[i]
            guard e.index != 0 else { return 0 }
            return keys.withUnsafeBufferPointer { all in
                var k = Int(e.keyStart)
                let end = k + Int(e.keyCount)
                if let p = prefix {
                    guard Int(e.keyCount) == key.count + 1, all[k] == p else { return 0 }
                    k += 1
                } else {
                    guard Int(e.keyCount) == key.count else { return 0 }
                }
                for v in key {
                    guard all[k] == v else { return 0 }
                    k += 1
                }
                assert(k == end)
                return e.index
            }
        }
    }

    /// The meaning of exactly `key`, or nil.
    func word<Key: Collection<UInt32>>(prefix: UInt32? = nil, _ key: Key) -> DateWord? {
        let i = index(prefix: prefix, key)
        return i == 0 ? nil : DateLexicon.meanings[Int(i)]
    }

    // MARK: - The table (written in ordinary spelling; folded when loaded)

    private static let table: [(String, DateWord)] = {
        var t: [(String, DateWord)] = []
        func add(_ words: [String], _ w: DateWord) { for s in words { t.append((s, w)) } }

        // Egyptian/Gulf transliterations and Levantine/Iraqi names.
        add(["يناير", "ينايِر"], .month(1))
        add(["فبراير", "فبرير", "شباط"], .month(2))
        add(["مارس", "آذار", "اذار"], .month(3))
        add(["أبريل", "ابريل", "إبريل", "نيسان"], .month(4))
        add(["مايو", "أيار", "ايار", "مايس"], .month(5))
        add(["يونيو", "يونيه", "حزيران"], .month(6))
        add(["يوليو", "يوليه", "تموز"], .month(7))
        add(["أغسطس", "اغسطس", "آب", "أغسطوس"], .month(8))
        add(["سبتمبر", "أيلول", "ايلول"], .month(9))
        add(["أكتوبر", "اكتوبر"], .month(10))
        add(["نوفمبر"], .month(11))
        add(["ديسمبر"], .month(12))
        // Maghrebi names (ماي is left out: it is also a common word in loans).
        add(["جانفي"], .month(1)); add(["فيفري"], .month(2)); add(["أفريل"], .month(4))
        add(["جوان"], .month(6)); add(["جويلية"], .month(7)); add(["أوت"], .month(8))
        // English names, for captions and quoted datelines ("18 December 2011").
        for (k, name) in ["january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"].enumerated() {
            add([name], .month(k + 1))
        }
        for (k, abbreviation) in ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].enumerated()
        where !abbreviation.isEmpty {
            add([abbreviation], .month(k + 1))
        }
        add(["sept"], .month(9))
        add(["كانون"], .monthHead(first: 12, second: 1))
        add(["تشرين"], .monthHead(first: 10, second: 11))

        // Ordinals: days of the month and the second word of كانون/تشرين.
        let ordinals = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
        for (k, s) in ordinals.enumerated() { add([s], .ordinal(k + 1, article: true)) }
        add(["الحادي"], .ordinal(1, article: true))
        add(["أول", "اول"], .ordinal(1, article: false))
        add(["ثاني", "ثانى"], .ordinal(2, article: false))
        add(["العشرين"], .ordinalTens(20))
        add(["الثلاثين"], .ordinalTens(30))

        // Counts before a unit.
        add(["واحد"], .cardinal(1))
        add(["ثلاثة", "ثلاث"], .cardinal(3))
        add(["أربعة", "أربع"], .cardinal(4))
        add(["خمسة", "خمس"], .cardinal(5))
        add(["ستة"], .cardinal(6))
        add(["سبعة", "سبع"], .cardinal(7))
        add(["ثمانية", "ثماني"], .cardinal(8))
        add(["تسعة", "تسع"], .cardinal(9))
        add(["عشرة", "عشر"], .cardinal(10))

        add(["الأحد"], .weekday(7))
        add(["الاثنين", "الإثنين"], .weekday(1))
        add(["الثلاثاء", "الثلاثا"], .weekday(2))
        add(["الأربعاء", "الاربعاء", "الأربعا"], .weekday(3))
        add(["الخميس"], .weekday(4))
        add(["الجمعة"], .weekday(5))
        add(["السبت"], .weekday(6))

        add(["اليوم"], .today)
        add(["يوم"], .dayWord)
        add(["أمس", "امس", "الأمس", "الامس", "البارحة"], .yesterday)
        add(["غدا", "غداً", "الغد"], .tomorrow)
        add(["غد"], .tomorrowStem)

        add(["يومين", "يومان"], .unit(.day, count: 2))
        add(["أيام", "ايام"], .unit(.day, count: nil))
        add(["أسبوع", "اسبوع"], .unit(.week, count: 1))
        add(["أسبوعين", "أسبوعان"], .unit(.week, count: 2))
        add(["أسابيع"], .unit(.week, count: nil))
        add(["شهرين", "شهران"], .unit(.month, count: 2))
        add(["أشهر", "شهور"], .unit(.month, count: nil))
        add(["عامين", "عامان", "سنتين", "سنتان"], .unit(.year, count: 2))
        add(["أعوام", "سنوات", "سنين"], .unit(.year, count: nil))

        add(["الأسبوع"], .period(.week))
        add(["الشهر"], .period(.month))
        add(["العام", "السنة"], .period(.year))
        add(["عام", "سنة", "عامي"], .yearWord)
        add(["شهر"], .monthWord)

        add(["الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "المنقضي", "السابق", "السابقة"], .relation(.past))
        add(["المقبل", "المقبلة", "القادم", "القادمة"], .relation(.next))
        add(["الحالي", "الحالية", "الجاري", "الجارية"], .relation(.current))
        add(["هذا", "هذه"], .this)

        add(["في"], .preposition(.inside))
        add(["منذ", "مذ"], .preposition(.since))
        add(["قبل"], .preposition(.before))
        add(["بعد"], .preposition(.after))
        add(["خلال"], .preposition(.during))
        add(["حتى", "إلى", "الى", "لغاية"], .preposition(.until))
        add(["بحلول"], .preposition(.by))
        add(["نحو", "حوالي", "حوالى", "قرابة", "زهاء"], .preposition(.about))
        add(["من"], .from)
        add(["منه"], .ofThatMonth)

        add(["مطلع", "أوائل", "بداية", "مستهل", "بدايات"], .part(.start))
        add(["منتصف", "أواسط"], .part(.middle))
        add(["نهاية", "أواخر", "اواخر", "ختام", "نهايات"], .part(.end))

        add(["صباح", "مساء", "فجر", "ليل", "ليلة", "ظهر", "ظهيرة", "عصر", "صبيحة", "ضحى", "نهار"], .timeOfDay)
        add(["الموافق", "الموافقة"], .corresponding)
        add(["الليلة"], .tonight)

        add(["سوف", "لن"], .future)
        add(["المقرر", "المنتظر", "المتوقع", "المرتقب", "المفترض"], .plannedAdjective(needsMin: true))
        add(["المزمع", "المزمعة"], .plannedAdjective(needsMin: false))
        add(["يعتزم", "تعتزم", "نعتزم", "يعتزمون", "يخطط", "تخطط", "نخطط", "يخططون", "ينوي", "تنوي", "ننوي", "ينوون"], .intentVerb)
        add(["لاحق", "لاحقا", "لاحقاً"], .later)
        add(["وقت"], .time)

        add(["أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "بأن", "بأنه", "بأنها", "لأن"], .complementizer)
        add(["صلاة", "صلاه", "خطبة", "خطيب", "صلوات"], .prayer)
        add(["كلا"], .both)
        add(["الحاجة", "القريب"], .yesterdayIdiom)
        add(["تلك", "طوال", "مدار", "طيلة", "لذلك"], .demonstrativeBefore)
        add(["ذلك", "نفس", "ذات"], .sameBefore)
        add(["نفسه", "ذاته", "عينه"], .sameDay)
        add(["التالي", "الموالي", "اللاحق"], .followingDay)
        add(["الأخير", "الوطني", "العالمي", "الموعود", "المحدد", "الدامي", "الأسود",
             "الذي", "المشهود", "الحاسم", "الختامي", "الافتتاحي"], .dayAdjective)
        add(["بغداد", "روسيا", "مصر", "العراق", "سوريا", "لبنان", "الكويت", "فلسطين", "السودان", "اليمن",
             "الخليج", "الشرق", "كردستان", "الموصل", "البصرة", "ليبيا", "تونس", "الجزائر", "المغرب", "الأردن",
             "السعودية", "قطر", "الإمارات", "البحرين", "إيران", "تركيا", "أمريكا", "العالم", "أوروبا", "فرنسا",
             "الأنبار", "أربيل", "النجف", "كربلاء", "بابل", "ديالى", "نينوى", "كركوك"], .outletPlace)

        // Nouns and names that begin like سـ + imperfect verb.
        add(["سيارة", "سيارات", "سياسة", "سياسات", "سياسي", "سياسية", "سياسيين", "سياسيون", "سياسيا",
             "سيادة", "سيادي", "سيادية", "سيطرة", "سيد", "سيدة", "سيدات", "سيدي", "سيناريو", "سيناريوهات",
             "سينما", "سيناء", "سيول", "سيف", "سيوف", "سير", "سيرة", "سيرا", "سيبيريا", "سيئول", "سيستاني",
             "سيسي", "سيناتور", "سيناتورات", "سيرك", "سيريلانكا", "سيراليون", "ستين", "ستون", "ستار",
             "ستالين", "ستوكهولم", "ستراتفور", "ستيفن", "ستيف", "ستيوارت", "سنجار", "سنتيمتر", "سنتات",
             "سنودن", "سني", "سنية", "سنوي", "سنوية", "سنويا", "سيمون", "سيجار",
             "سيرغي", "سيرجي", "سيدني", "سيولة", "سنتر", "سينودس", "سيلين", "سيتي", "سيمنس", "سيغما", "ستاربكس", "سنان", "سيروان", "سيزار", "سيبان",
             // Past verbs of roots that begin with سي/ست/سن (سيطر: controlled; سيّر: ran; سنحت: arose).
             "سيطر", "سيطرت", "سيطروا", "سيطرنا", "سيرت", "سيروا", "سنحت",
             "ستوديو", "ستوديوهات", "سينمائي", "سياحي", "سيبراني", "سيرين", "ستيني",
             // Function words and common nouns: لا سيما (especially), في سياق (in the context of).
             "سيما", "سيان", "سياق", "سياقات", "سنابل", "ستائر", "سيناريوات",
             // Names in the domain: سنتكوم (CENTCOM), ستولتنبرغ (NATO), وول ستريت.
             "سنتكوم", "سينتكوم", "ستولتنبرغ", "ستريت"], .notAVerb)
        return t
    }()
}

/// The closed word lists the rules read: event triggers, role prepositions, class words,
/// titles, relation cues. Written as in the press; folded when the lists load, so hamza,
/// ta marbuta and alef maqsura variants need no separate entries.
///
/// Verb lists carry the person and tense prefixes explicitly (ي ت ن س), because the
/// matcher strips only clitics (و ف ب ل ك and the article), never inflection.
enum Cues {
    static let pronounSuffixes = ["ه", "ها", "هم", "هما", "ت", "وا", "ون", "ين", "ان", "تا", "تها", "ته", "تهم", "نا", "ي", "ا", "تان", "تين", "ات", "ك"]

    // MARK: events

    /// Attack triggers (nouns and verbs).
    static let attack = WordSet(
        ["هجوم", "هجوما", "هجومان", "هجومين", "هجمات", "هجمة", "هجمتين", "هاجم", "هاجموا", "هاجمت", "يهاجم", "تهاجم",
         "قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "قصفها", "قصفه",
         "استهداف", "استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "استهدافها", "استهدافه",
         "غارة", "غارات", "غارتين", "ضربة", "ضربات", "اغتيال", "اغتال", "اغتالت",
         "صاروخ", "صاروخا", "صاروخان", "صاروخين", "صواريخ", "صاروخي", "صاروخية", "كاتيوشا",
         "قذيفة", "قذائف", "قذيفتين", "قذيفتا", "هاون", "عبوة", "عبوات", "تفجير", "طائرة مسيرة", "مسيرة مفخخة", "مسيرات", "درون"],
        stems: ["مهاجمه", "هجوم", "استهداف"], suffixes: pronounSuffixes)
    /// Words that only make an attack with another trigger word nearby (a drone is "طائرة ... من دون طيار").
    static let aircraft = WordSet(["طائرة", "طائرات", "طائرتان", "طائرتين"])
    static let aircraftPlural = WordSet(["طائرات"])
    static let droneQualifier = WordSet(["مسيرة", "مسيرات", "طيار", "مفخخة", "مسيرتان", "مسيرتين", "مفخختان", "مفخختين", "مفخخات"])
    /// "Rockets fell": سقوط/سقط + a rocket word makes an attack.
    static let fall = WordSet(["سقوط", "سقط", "سقطت", "تسقط", "يسقط"])

    /// Withdrawal triggers. Handover verbs (تسليم) put the recipient after إلى/ل; receiving
    /// verbs (تسلم) make the subject the recipient.
    static let withdraw = WordSet(
        ["انسحاب", "انسحب", "انسحبت", "انسحبوا", "ينسحب", "تنسحب", "سينسحب", "ستنسحب", "سننسحب", "ننسحب", "الانسحاب",
         "سحب", "سحبت", "يسحب", "تسحب", "سيسحب", "ستسحب", "سنسحب", "نسحب",
         "مغادرة", "غادر", "غادرت", "غادروا", "يغادر", "تغادر", "يغادرون", "سيغادر", "ستغادر", "سيغادرون", "المغادرة",
         "إخلاء", "إخلاؤها", "إخلائها", "أخلى", "أخلت", "يخلي", "تخلي", "نخلي", "سنخلي", "سيخلي", "ستخلي",
         "رحيل", "تموضع", "تمركز", "انتشار"],
        stems: ["انسحاب", "سحب", "اخلاء", "مغادره"], suffixes: pronounSuffixes)
    static let handOver = WordSet(
        ["تسليم", "سلم", "سلمت", "سلموا", "يسلم", "تسلم", "ستسلم", "سيسلم", "سنسلم", "نسلم",
         "يسلمه", "يسلمها", "سلمه", "سلمها", "سلمته", "سلمتها", "يسلمون", "سلمتهم"],
        stems: ["تسليم"], suffixes: pronounSuffixes)
    static let receive = WordSet(["تسلمت", "تسلموا", "يتسلم", "تتسلم", "استلم", "استلمت", "استلام", "تسلم"],
                                 stems: ["استلام"], suffixes: pronounSuffixes)
    /// Redeployment words that need a preceding إعادة: "إعادة تموضع/تمركز/انتشار".
    static let redeployNeedsRestart = WordSet(["تموضع", "تمركز", "انتشار"])
    static let restart = WordSet(["إعادة"])

    /// Before a trigger, these make it something other than an event that happened.
    static let notAnEvent = WordSet(["تصويت", "صوت", "يصوت", "قرار", "القاضي", "مقترح", "مشروع", "قانون", "طرد", "مطالبة", "دعوة", "يطالب", "تطالب",
                                     "لن", "لم", "عدم", "منع", "احتمال", "لا", "يعني", "تعني"])
    static let demonstrative = WordSet(["هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان"])
    static let since = WordSet(["منذ"])

    /// Modality cues.
    static let future = WordSet(["سوف", "سيتم", "قرر", "قررت", "تقرر", "يقرر", "قرروا", "يعتزم", "تعتزم", "يخطط", "تخطط", "يخططون", "عزم", "تعتزم", "المقرر", "مقرر", "خطة", "ينوي", "تنوي", "المقبلة", "المقبل", "القادمة", "القادم", "لاحقا", "سيقام"])
    static let announce = WordSet(["أعلن", "أعلنت", "يعلن", "تعلن", "إعلان", "أكد", "أكدت", "كشف", "كشفت"])
    /// Claims, also with the attack as an attached object pronoun ("وتبنته جماعة ...").
    static let claim = WordSet(["تبنى", "تبنت", "تبنيها", "تبنيه", "يتبنى", "تتبنى", "تبني", "مسؤوليتها", "مسؤوليته",
                                "تبنته", "تبنتها", "تبناه", "تبناها", "تبنوه", "تبنوها", "يتبناه", "تتبناه", "تبنتهما", "تبناهما"])
    static let deny = WordSet(["نفى", "نفت", "نفاه", "نفته", "ينفي", "تنفي", "نفي"])

    // MARK: roles

    static let from = WordSet(["من", "عن"])
    static let to = WordSet(["إلى", "الى", "الي"])
    static let on = WordSet(["على", "ضد", "علي"])
    /// Rockets falling near or inside a site hit it: "سقطت صواريخ قرب السفارة", "بالقرب من قاعدة".
    static let near = WordSet(["قرب", "بالقرب", "محيط", "داخل", "قربها"])
    static let killed = WordSet(["مقتل", "قتل", "مصرع", "قتلى", "قتيل", "وفاة", "استشهاد", "اغتيال"])
    static let wounded = WordSet(["إصابة", "جرح", "جرحى", "إصابات", "مصابين", "جريح"])
    static let launched = WordSet(["شن", "شنت", "شنته", "شنتها", "شنوا", "يشن", "تشن", "نفذ", "نفذت", "نفذته", "نفذتها"])

    // MARK: entities

    /// "قاعدة X" names a base.
    static let baseClass = WordSet(["قاعدة", "معسكر", "مطار"])
    static let baseClassPlural = WordSet(["قواعد", "معسكرات", "مطارات"])
    /// Class words of places: a shared name right after them is the place, not the base.
    static let placeClass = WordSet(["مدينة", "محافظة", "بلدة", "قضاء", "ناحية", "منطقة"])
    /// "كتائب X" names an armed group.
    static let groupClass = WordSet(["كتائب", "سرايا", "عصائب", "ألوية", "حركة", "عصبة", "لواء", "جماعة", "فصيل", "تنظيم"])
    /// Titles before a person's name.
    static let title = WordSet(["اللواء", "العميد", "العقيد", "الكولونيل", "الجنرال", "الرئيس", "الفريق", "المقدم", "الرائد",
                                "النقيب", "الأدميرال", "الكابتن", "الشيخ", "السيد", "السيناتور", "الأمين", "المشير", "الرقيب",
                                "الخبير", "المحلل", "الباحث", "الأكاديمي", "الميجر", "البريغادير", "البريجادير", "اللفتنانت",
                                "الليفتنانت", "الوزير", "الوزيرة"])
    /// The field of an expert or analyst, between the title and the name: "الخبير الأمني X".
    static let fieldQualifier = WordSet(["الأمني", "السياسي", "العسكري", "الاستراتيجي", "الاقتصادي", "القانوني", "الكردي", "العراقي"])
    /// Military and police ranks before a name (the titles without the civil and expert ones).
    static let militaryRank = WordSet(["اللواء", "العميد", "العقيد", "الكولونيل", "الجنرال", "الفريق", "المقدم", "الرائد",
                                       "النقيب", "الأدميرال", "الكابتن", "المشير", "الرقيب", "الميجر", "البريغادير", "البريجادير",
                                       "اللفتنانت", "الليفتنانت"])
    /// Qualifiers that follow a military rank before the name: "اللواء الركن X" (staff), "العميد الطيار X" (pilot),
    /// "النقيب البحري X" (navy), "اللواء الجوي X" (air force); the second word of the English ranks
    /// written out: "الميجر جنرال X", "البريغادير جنرال X", "اللفتنانت كولونيل X".
    static let rankQualifier = WordSet(["الركن", "الطيار", "البحري", "الجوي", "جنرال", "كولونيل"])
    /// Office nouns that take an organisation then a name: "وزير الدفاع X", "قائد فيلق القدس X";
    /// a governor takes his province: "محافظ الأنبار X", "محافظ نينوى X".
    static let office = WordSet(["وزير", "وزيرة", "رئيس", "رئيسة", "قائد", "زعيم", "نائب", "مستشار", "سفير", "أمين", "محافظ"])
    /// Words that end a name (function words, role nouns, verbs of saying).
    /// The complementizer with its pronoun ("إنه", "أنها", "بأنهم") ends a name as the bare one does:
    /// "وقال المتحدث X إنه ...".
    static let nameStop = WordSet(["في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "إنه", "إنها", "إنهم", "أنه",
                                   "أنها", "أنهم", "بأن", "بأنه", "بأنها", "بأنهم", "قد", "قال", "وقال", "أكد", "أضاف", "أعلن",
                                   "الذي", "التي", "الذين", "خلال", "بعد", "قبل", "عبر", "حول", "لدى", "بين", "أو", "ثم", "كما", "كان", "كانت",
                                   "نائب", "رئيس", "قائد", "زعيم", "المتحدث", "الناطق", "وزير", "القيادي", "مسؤول", "المسؤول", "عضو",
                                   "اليوم", "أمس", "يوم", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                                   "بالقرب", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
                                   "العسكرية", "الجوية", "الدولي", "الدولية", "الأمريكية", "الأميركية", "الأمريكي", "الأميركي", "العراقية", "العراقي",
                                   "الإيراني", "الإيرانية", "البريطاني", "البريطانية", "الفرنسي", "الفرنسية", "السوري", "السورية", "التركي", "التركية",
                                   "الكبرى", "الكبير", "الجديدة", "الجديد", "المحاذي", "المحاذية", "المجاور", "المجاورة", "القريب", "القريبة", "الرسمي", "الرسمية", "السابق", "السابقة", "الحالي", "الحالية", "نفسه",
                                   "هذا", "هذه", "ذلك", "تلك", "وهو", "وهي", "هو", "هي", "حيث", "كل", "جميع", "بعض", "أي", "غير", "عدة", "عدد",
                                   "عقب", "إثر", "اثر", "أثناء",
                                   // Prepositions and adverbs that open a phrase after a name ("مكتب رئيس الوزراء (دون
                                   // توضيح أسباب)"). Not "كي", which is also the K of "قاعدة كي 1".
                                   "دون", "بدون", "نحو", "ضمن", "حسب", "بحسب", "وفق", "وفقا", "عند", "منذ", "حتى", "تجاه", "إزاء",
                                   "ضد", "بسبب", "رغم", "فوق", "تحت", "داخل", "خارج", "لصالح", "باتجاه",
                                   // Particles that open a verb phrase ("العقيد X Y لم يؤكد"): negation, the future,
                                   // "but". Short, so the later-word ل rule of `readName` does not catch them.
                                   "لم", "لن", "لا", "ولم", "ولن", "ولا", "ليس", "ليست", "سوف", "لكن", "لكنه", "لكنها",
                                   // What a base does ("قاعدة تضم مقاتلات", "قاعدة تستضيف قوات"): a verb is no name.
                                   "تضم", "يضم", "تستضيف", "يستضيف", "تقع", "يقع", "توجد", "يوجد", "تتمركز", "يتمركز", "تحتضن"])
    /// Generic words that cannot be a base, group or person name by themselves.
    static let notAName = WordSet(["تدريب", "التدريب", "عسكرية", "جوية", "أمريكية", "أميركية", "تابعة", "كبيرة", "رئيسية", "أخرى", "أخرتين", "أخريين", "مهمة",
                                   "تحالف", "قوات", "جيش", "البلاد", "المنطقة", "الحدود", "عمليات", "مدفعيتها", "لها", "له", "فيها",
                                   "الإرهابيين", "الإرهاب", "المسلحة", "مسلحة", "الأمن", "الدفاع", "الداخلية", "الخارجية", "الوزراء", "الجمهورية",
                                   "الحكومة", "البرلمان", "المجلس", "الشعب", "الشعبي", "الوطني", "الوطنية", "المشتركة", "المقاومة", "الإسلامية",
                                   "الاحتلال", "العدو", "الأمريكيين", "الأجنبية", "النخبة", "الحماية", "الطوارئ", "الأمم", "المتحدة", "الصحة",
                                   "الاستخبارات", "المخابرات", "السلام", "النصر", "الحرب", "الثورة", "العمل", "الإعلام", "الأخبار", "المسؤولية",
                                   "مدني", "مدنية", "المدني", "المدنية", "بينهم", "بينها", "بينهما", "منهم",
                                   // Indefinite adjectives of nearness: "قاعدة ملاصقة لمطار أربيل", "معسكر قريب من الحدود".
                                   "ملاصقة", "ملاصق", "مجاورة", "مجاور", "قريبة", "قريب", "محاذية", "محاذي", "متاخمة", "متاخم"]
                                  + ["القاعدة", "قاعدة", "معسكر", "مطار", "كتائب", "سرايا", "فصائل", "مليشيات", "ميليشيات", "الفصائل"])

    static let kunya = WordSet(["أبو", "ابو", "أبي", "أبا", "أم"])
    static let spokesperson = WordSet(["المتحدث", "الناطق", "متحدث", "ناطق", "المتحدثة", "الناطقة"])
    static let inNameOf = WordSet(["باسم"])
    static let official = WordSet(["الرسمي", "الرسمية", "العسكري", "الإعلامي"])

    // MARK: anaphora

    static let theBase = WordSet(["القاعدة", "المعسكر", "المطار", "القاعدتين", "القاعدتان"])
    static let theGroup = WordSet(["الجماعة", "الكتائب", "الفصيل", "الحركة", "العصبة", "المجموعة"])
    static let theCountry = WordSet(["البلاد"])
    static let theMinistry = WordSet(["الوزارة"])

    // MARK: relations

    static let ledBy = WordSet(["بقيادة", "تقوده", "يقوده", "تقودها", "يقودها", "بزعامة", "برئاسة",
                                "يتولاها", "تتولاها", "يتولاه", "تتولاه", "يترأسها", "تترأسها", "يترأسه", "تترأسه", "يرأسها", "ترأسها", "يرأسه", "ترأسه"])
    /// Folded stems of attack triggers that take their target as a direct object ("استهداف
    /// القاعدة", "قصف المطار"), built once rather than on every trigger group.
    static let objectTriggerStems = ["استهداف", "استهدف", "قصف", "مهاجمه", "هاجم", "اغتيال", "اغتال"]
    static let leaderNoun = WordSet(["قائد", "زعيم", "رئيس", "أمين"])
    static let deputyNoun = WordSet(["نائب", "القيادي", "قيادي", "عضو", "مسؤول", "المسؤول", "أحد", "آمر", "عناصر", "عنصر", "مقاتلي"])
    static let partOfCue = WordSet(["التابعة", "التابع", "التابعين", "المنضوية", "المنضوي", "المنضوين", "فصائل", "فصيل", "أحد", "إحدى", "العاملة", "العامل", "ضمن", "جزء", "جزءا"])
    static let memberOfCue = WordSet(["العضو", "عضو", "الأعضاء", "أعضاء"])
    static let backedCue = WordSet(["المدعومة", "المدعوم", "المدعومين", "مدعومة", "مدعوم", "المقربة", "المقرب", "المقربين", "مقربة", "الموالية", "الموالي", "الموالين", "موالية", "موالي",
                                      "المرتبطة", "مرتبطة", "المرتبط", "مرتبط", "المرتبطين"])
    static let alliedCue = WordSet(["صلة", "تحالف", "حليف", "حليفة", "الحليفة", "متحالفة"])
    static let accuseCue = WordSet(["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "الاتهام", "اتهام", "حمل", "حملت", "حملوا",
                                    "يحمل", "تحمل", "يحملون", "حمّل", "لامت", "يلوم"],
                                   stems: ["اتهم", "تتهم", "يتهم"], suffixes: ["ه", "ها", "هم", "ته", "تها", "تهم"])
    /// The accusing verb comes first: "اتهمت X Y".
    static let accuseVerb = WordSet(["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون"],
                                    stems: ["اتهم", "تتهم", "يتهم"], suffixes: ["ه", "ها", "هم", "ته", "تها", "تهم"])
    /// "حمّل X مسؤولية": blaming needs the word responsibility after it (حمل alone is "carry").
    static let blameVerb = WordSet(["حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون", "حمّل"])
    /// Officials standing for their state through a nisba: "مسؤولون أمريكيون".
    static let officials = WordSet(["مسؤول", "مسؤولون", "مسؤولين", "المسؤولون", "المسؤولين", "مصادر", "مصدر", "دبلوماسيون",
                                    "دبلوماسيين", "قادة", "ضباط", "السلطات"])
    static let periodPlural = WordSet(["الأشهر", "الأسابيع", "السنوات", "الأعوام", "الأيام", "أشهر", "أسابيع", "سنوات"])
    static let pluralAttack = WordSet(["هجمات", "غارات", "ضربات", "صواريخ", "قذائف", "هجوما"])
    /// "هجوماً" is the singular in the accusative ("تبنت الجماعة هجوماً"); it counts attacks only
    /// after a number, as the noun counted by 11–99 ("25 هجوما").
    static let attackAccusative = WordSet(["هجوما"])
    /// "سلسلة" (a series): the plural after it sums up attacks rather than telling one.
    static let series = WordSet(["سلسلة"])
    /// "الفرقة" (the division) and the feminine ordinals that number divisions ("الفرقة السادسة").
    static let division = WordSet(["الفرقة"])
    /// "شركة" (a company), before a foreign company's name ("شركة X الأميركية").
    static let company = WordSet(["شركة"])
    static let ordinalFeminine = WordSet(["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                                          "التاسعة", "العاشرة"])
    static let negation = WordSet(["لم", "لا", "لن", "أي", "عدم", "دون"])
    static let hostileCue = WordSet(["تهديد", "تهديدها", "تهديده", "هدد", "هددت", "يهدد", "تهدد", "لمهاجمة", "مهاجمة", "محاربة", "لمحاربة", "قتال", "ضد", "معاداة", "عداء", "المتعاديين"])
    static let inPlace = WordSet(["في", "بمحافظة", "بوسط", "وسط", "داخل", "بمدينة"])
    static let responsibility = WordSet(["المسؤولية", "مسؤولية"])
    /// Words of a report that lay an attack at someone's door: "يحمل بصمات Y" (bears Y's fingerprints),
    /// "الهجمات التي شنتها Y" (carried out by Y), "متهما Y" (accusing Y, of the main clause's subject),
    /// "Y كان مسؤولا عن" (was responsible for). The accusative "مسؤولا" is the predicate, never the
    /// noun "official" ("مسؤول", "مسؤولون"), and it needs "عن" after it.
    static let fingerprints = WordSet(["بصمات", "بصمة"])
    static let carriedOutBy = WordSet(["شنتها", "شنها", "نفذتها", "نفذها", "تشنها", "يشنها", "تنفذها", "ينفذها"])
    static let accusingParticiple = WordSet(["متهما", "متهمة", "متهمًا"])
    static let heldResponsible = WordSet(["مسؤولا", "مسؤولًا", "مسئولا"])
    static let about = WordSet(["عن"])
    /// "تنضوي تحت(ها)": groups gathering under an umbrella name.
    static let gatherUnder = WordSet(["تنضوي", "ينضوي", "تنضويان", "ينضوون", "انضوت", "انضوى"])
    static let underIt = WordSet(["تحتها", "تحته"])
    static let under = WordSet(["تحت"])
}

extension Cues {
    static let sayVerb = WordSet(["قال", "أضاف", "أكد", "تابع", "شدد", "كشف", "أوضح", "أشار", "بين", "ذكر", "لفت", "اعتبر", "رأى", "أعلن", "نفى",
                                  "يقول", "يضيف", "يؤكد", "وأضاف", "واكد", "قالت", "أفاد", "صرح", "دعا", "طالب", "حذر"])
}

extension Cues {
    /// Common words that some place or outlet is also called: alone, without a class word or
    /// quotes, they are read as the word ("بلد" a country, "عنه" about him, "تقدم" progress).
    static let commonWords = WordSet(["بلد", "عنه", "تقدم", "الدورة", "البلديات", "الميادين", "ناس", "الحرة", "العربية", "السومرية", "الشرق", "الغد",
                                      "الصباح", "المدى", "الزمان", "النهار", "الحياة", "الدولة", "القاعدة", "النصر", "السلام",
                                      "الحشد", "الكتائب", "التحالف", "الجيش", "الحكومة", "البرلمان", "الرئاسة", "المنطقة", "الحدود",
                                      "هيت", "حديثة", "الرمادي", "بيجي", "سامراء", "بلدروز", "الخالص", "الصقور", "الأسد", "النور",
                                      "الفتح", "الإمام", "العهد", "الوعد", "البدر", "الأمل", "الفجر", "الشهداء", "الغدير", "الرافدين",
                                      "عين", "مطار", "قاعدة", "معسكر"])
}

extension Cues {
    /// Forces "stationed/operating in" a country: "قواتها العاملة في العراق".
    static let stationed = WordSet(["العاملة", "العاملين", "العامل", "المتواجدة", "المتواجدين", "المنتشرة", "المنتشرين", "المتمركزة", "المتمركزين", "الموجودة",
                                    "المشاركين", "المشاركة", "المشارك", "المنتشر", "المنتشرون", "منتشرين", "منتشرة",
                                    // "550 عسكرياً تنشرهم في العراق": the verb of deploying, with its object pronoun.
                                    "تنشرهم", "ينشرهم", "تنشرها", "ينشرها", "نشرتهم", "نشرهم"])
    static let oneOf = WordSet(["أحد", "إحدى", "آخر", "أول", "ثاني"])
    /// One event following another: "وأعقب ذلك", "تلاه", "ردا على", "انتقاما", "الانتقامي".
    static let sequence = WordSet(["أعقب", "أعقبه", "أعقبها", "تلاه", "تلاها", "ردا", "انتقاما", "الانتقامي", "انتقامي", "انتقمت", "انتقم", "رد"])
    /// "ثم" (then): in a list, the next item comes after this one.
    static let then = WordSet(["ثم"])
}

extension Cues {
    /// "after / following": what follows happened before the event being told.
    static let after = WordSet(["بعد", "عقب", "إثر", "منذ", "على"])
}

extension Cues {
    /// Plurals that count attacks (not projectiles): with only a back-reference they summarise.
    static let pluralAttackEvents = WordSet(["هجمات", "غارات", "ضربات"])
}

extension Cues {
    static let until = WordSet(["حتى", "لغاية", "ولغاية"])
}

extension Cues {
    static let relativePronoun = WordSet(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"])
}

extension Cues {
    /// "من الشهر ذاته": the month named just before.
    static let theMonth = WordSet(["الشهر"])
    static let same = WordSet(["ذاته", "نفسه", "عينه"])
}

extension Cues {
    /// Spans of days after an event: "بعد يومين", "بعد يوم واحد", "بعد خمسة أيام", "بعد أسبوع".
    static let oneDay = WordSet(["يوم", "يوما"])
    static let dualDays = WordSet(["يومين"])
    static let oneWeek = WordSet(["أسبوع", "اسبوع"])
    static let dualWeeks = WordSet(["أسبوعين"])
    static let daysUnit = WordSet(["أيام", "يوما", "يوم"])
    static let weeksUnit = WordSet(["أسابيع", "أسبوعا"])
}

extension Cues {
    /// "الحكومة" + a nisba: the state.
    static let government = WordSet(["الحكومة"])
    /// "وزارة الدفاع" + a nisba: a ministry the lexicon may not list.
    static let ministry = WordSet(["وزارة"])
    static let portfolio = WordSet(["الدفاع", "الخارجية", "الداخلية"])
    /// "الجنود/القوات" + a nisba: a national contingent.
    /// Plural nouns for a state's military personnel, before its nisba ("المستشارون الفرنسيون"):
    /// the press names a member's forces by their role as often as by "القوات".
    static let troops = WordSet(["الجنود", "القوات", "الجيش", "العسكريين", "العسكريون", "المدربين", "المدربون",
                                 "المستشارين", "المستشارون"])
}

extension Cues {
    /// Transfer verbs: a withdrawal or a handover only with what follows (see `transferReading`).
    static let transfer = WordSet(["نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "سينقل", "ستنقل", "سينقلون", "نقلهم", "ونقلهم"],
                                  stems: ["نقل"], suffixes: ["هم", "ها", "ه"])
    static let outside = WordSet(["خارج"])
    /// Directions of a move: what follows is the destination.
    static let towards = WordSet(["باتجاه", "نحو", "صوب", "الى", "إلى"])
    /// "في مهمة/بعثة X": X is the mission served in, not the subject.
    static let mission = WordSet(["مهمة", "بعثة", "مهام"])
}

extension Cues {
    /// "انطلقت من X" / "أطلقت من X": X is where the rockets were fired from.
    static let launchVerb = WordSet(["انطلقت", "انطلق", "أطلقت", "أطلق", "اطلقت", "أطلقوا", "تنطلق", "يطلق", "تطلق"])
}

extension Cues {
    /// A site of a force inside a town or a command: "موقعه في الموصل", "منشآت في الموصل".
    static let site = WordSet(["موقع", "مقر", "مواقع", "مقرات", "منشآت", "منشأة", "موقعا", "مقرا", "موقعه", "موقعها", "مقره", "مقرها",
                               "مواقعه", "مواقعها", "مقراته", "مقراتها"])
    /// "موقع X" with X a town: a site named after the town.
    static let siteClass = WordSet(["موقع"])
}

extension Cues {
    /// Words between a plural base word and its list: "قواعد عدة، بينها X وY".
    static let listFiller = WordSet(["عدة", "بينها", "منها", "أبرزها", "مثل", "هي", "وهي", "كل", "من"])
}

extension Cues {
    /// Adjectives of an attack word between it and the nisba of its author: "غارة جوية أمريكية".
    static let attackQualifier = WordSet(["جوية", "جوي", "باليستية", "باليستي", "صاروخية", "صاروخي", "مسيرة", "مفخخة", "دقيقة",
                                          "انتقامية", "جديدة", "عنيفة", "مكثفة", "محدودة", "متزامنة", "كاتيوشا", "بعيدة", "المدى"])
}

extension Cues {
    /// "سبقته قواعد X وY": the items after it were handed over before this one, in events of their own.
    static let precededBy = WordSet(["سبقته", "سبقتها", "سبقه", "سبقها", "سبقتهما", "سبقهما"])
}

extension Cues {
    /// "تعرضت X لهجوم": X was hit.
    static let subjected = WordSet(["تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضا", "تعرضتا"])
}

extension Cues {
    /// Convoys and supply trucks, hit on the roads: their owner is the target.
    static let convoy = WordSet(["رتل", "رتلا", "أرتال", "رتلين", "قافلة", "قوافل", "شاحنات", "شاحنة", "عجلات", "عجلة"])
}

extension Cues {
    /// Projectiles that fall somewhere: rockets, shells, mortar rounds.
    static let projectile = WordSet(["صاروخ", "صاروخا", "صاروخان", "صاروخين", "صواريخ", "قذيفة", "قذائف", "قذيفتين", "قذيفتا", "كاتيوشا", "هاون"])
}

extension Cues {
    /// "اليوم التالي" / "غداة": the day after the event told before.
    static let theDay = WordSet(["اليوم", "صباح", "مساء", "ليل"])
    static let nextDay = WordSet(["التالي"])
    static let dayAfter = WordSet(["غداة"])
}

extension Cues {
    /// Titles of office before a name (see `extractOfficeRelations`): "الرئيس", "رئيس (مجلس) الوزراء",
    /// "وزير الدفاع"; "حكومة" + a person is that person's government.
    static let headOfState = WordSet(["الرئيس", "الرئيسة"])
    static let presidentNoun = WordSet(["رئيس", "رئيسة"])
    static let council = WordSet(["مجلس"])
    static let cabinet = WordSet(["الوزراء", "الحكومة"])
    static let ministerNoun = WordSet(["وزير", "وزيرة"])
    static let governmentConstruct = WordSet(["حكومة"])
    /// "حكومة ... برئاسة P".
    static let headedBy = WordSet(["برئاسة"])
    /// Qualifiers of an office held now: "رئيس الوزراء المستقيل" (a caretaker still leads).
    static let officeQualifier = WordSet(["المستقيل", "المستقيلة", "الحالي", "الحالية", "الجديد", "الجديدة"])
    /// A former office holder leads nothing.
    static let formerOffice = WordSet(["السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة"])
}

extension Cues {
    /// Verbs of a vow of revenge or a threat, subject after the verb: "توعدت X بالثأر من Y".
    static let vowVerb = WordSet(["توعد", "توعدت", "يتوعد", "تتوعد", "توعدوا", "هددت", "هدد"])
    /// "قاعدة X قرب مدينة Y": near a town.
    static let nearPlace = WordSet(["قرب", "بالقرب"])
    /// Verbal nouns an official announces right after his name: "أعلن الوزير X Y إرسال 500 جندي".
    static let announcedAction = WordSet(["إرسال", "نشر", "بدء", "إنهاء", "تعليق", "استئناف", "تعزيز", "إيفاد", "تمديد", "وقف", "إطلاق"])
    /// Prepositions that open a phrase after a conjunction ("ومن", "وفي").
    static let phraseHead = WordSet(["ومن", "وفي", "وعلى", "وإلى", "والى", "وعن", "وقرب", "وبين", "من", "في", "على", "إلى", "الى", "عن", "قرب", "بين"])
}

extension Cues {
    /// "صواريخ تضرب التاجي": the verb of a strike, read only before a town that names a base.
    static let strikeVerb = WordSet(["ضرب", "ضربت", "تضرب", "يضرب", "ضربوا"])
}

extension Cues {
    /// Ordinals and superlatives in construct before a noun ("ثالث قاعدة", "أكبر قاعدة"): the noun is
    /// a common one, never the class word of a name.
    static let rankBeforeNoun = WordSet(["أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
                                         "آخر", "أكبر", "أهم", "أقدم", "أحدث", "كل", "أي", "أية"])
}

extension Cues {
    /// Verbs that open the clause after a name, which a name read word by word never takes in:
    /// "إدارة الرئيس X تبحث اتخاذ خطوات", "قاعدة يستخدمها التحالف", "المتحدث باسم الوزارة X Y
    /// يؤكد". The verbs of saying, reporting, deciding, planning and acting of news prose: the
    /// perfect in the third person, the imperfect with its prefixes ي ت ن, each also with the
    /// plural ending and an object pronoun (`clauseVerbPerfectEndings`, `clauseVerbImperfectEndings`).
    /// Read only on the word itself or behind the conjunction و/ف ("وتبحث"), never behind a
    /// preposition (`DocumentRun.opensPhrase`).
    ///
    /// A list, not a shape: the imperfect prefixes and the perfect's patterns begin many given
    /// names too (تحسين, يحيى, نوري, يوسف, أحمد, أكرم). So no form here is a name: verbs whose
    /// forms are also given or family names are left out (أشرف, أكرم, أحمد, أسعد, حسن, سعد, نصر,
    /// يزيد, يعرب, طالب, واصل, وعد, بدر; تقدم, also the party "تقدم"), and forms of three letters
    /// that a clitic would make of a name (يصل in فيصل) are not listed. A test checks the list
    /// against every Arabic name of the lexicon.
    ///
    /// Probed only for the words of a name being read (`contains(form:)`), so the lists take no
    /// bit in the tokens' masks (`WordSet(inTokenMasks:)`): their 1,600 forms would grow the
    /// table every reading of every word is looked up in.
    static let clauseVerbs: [WordSet] = [
        WordSet([], stems: clauseVerbPerfectStems, suffixes: clauseVerbPerfectEndings, inTokenMasks: false),
        WordSet([], stems: clauseVerbImperfectStems.flatMap { stem in ["ي", "ت", "ن"].map { $0 + stem } },
                suffixes: clauseVerbImperfectEndings, inTokenMasks: false),
    ]

    /// Perfect verbs, third person masculine and feminine singular. None begins with "ال" (التقى):
    /// the article is stripped from every reading, and "تقي" is a given name.
    static let clauseVerbPerfectStems = [
        "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "أشار", "أشارت",
        "صرح", "صرحت", "أفاد", "أفادت", "نقل", "نقلت", "كشف", "كشفت", "ناقش", "ناقشت", "قرر", "قررت",
        "رفض", "رفضت", "هدد", "هددت", "دعا", "دعت", "طلب", "طلبت", "وافق", "وافقت", "أبلغ", "أبلغت",
        "أجرى", "أجرت", "استقبل", "استقبلت", "غادر", "غادرت", "انسحب", "انسحبت",
        "بدأ", "بدأت", "أنهى", "أنهت", "استخدم", "استخدمت", "تولى", "تولت", "ترأس", "ترأست",
        "أعرب", "أعربت", "شدد", "شددت", "لفت", "لفتت", "حذر", "حذرت", "توعد", "توعدت", "نفى", "نفت",
        "اتهم", "اتهمت", "أصدر", "أصدرت", "أرسل", "أرسلت", "أطلق", "أطلقت", "نفذ", "نفذت",
        "استهدف", "استهدفت", "قصف", "قصفت", "هاجم", "هاجمت", "اعتبر", "اعتبرت", "اعتزم", "اعتزمت",
        "حاول", "حاولت",
    ]
    /// The endings of a perfect verb: the plural, and an object pronoun. Not the pronoun ه, which
    /// folds like ة: "طلبه" would be "الطلبة" (the students) too.
    static let clauseVerbPerfectEndings = ["وا", "ها", "هم", "هما"]
    /// Imperfect stems, without the person prefix ("بحث" of يبحث, تبحث, نبحث).
    static let clauseVerbImperfectStems = [
        "بحث", "درس", "سعى", "عتزم", "حاول", "واصل", "ستعد", "عمل", "نظر", "خطط", "تجه", "عتبر", "طالب",
        "رفض", "قول", "ؤكد", "ضيف", "وضح", "شير", "صرح", "نقل", "كشف", "هدد", "دعو", "طلب", "وافق",
        "بلغ", "جري", "لتقي", "ستقبل", "غادر", "نسحب", "بدأ", "نهي", "ستخدم", "تولى", "ترأس", "قود",
        "شدد", "حذر", "توعد", "تبنى", "نفي", "تهم", "رسل", "طلق", "نفذ", "ستهدف", "قصف", "هاجم",
        "ريد", "مكن", "جب", "بدو", "عتقد", "رى", "خشى", "أمل", "رغب", "ستطيع", "تابع", "شارك",
        "سيطر", "ملك", "متلك", "شغل",
    ]
    /// The endings of an imperfect verb: the plural and the dual, and an object pronoun (not ه,
    /// as for the perfect).
    static let clauseVerbImperfectEndings = ["ون", "ان", "ها", "هم", "هما"]

    /// Class and office nouns behind a preposition ("لحركة", "بقاعدة", "لرئيس"): the start of a
    /// phrase of its own after a name ("رئيس المكتب السياسي لحركة حماس X"), never a word of it.
    static let phraseNounsAfterPreposition: [WordSet] = [groupClass, baseClass, placeClass, office, ministry]
}

import GraphModel

/// The lists `extractEvents` refills for every trigger (the clause's mentions, those before and
/// after the trigger, and the trigger's roles) and for every sentence (the event each trigger
/// group made), kept by the run from sentence to sentence.
///
/// Kept per sentence, each list was allocated empty and grown by doubling at the sentence's
/// first trigger (some 61,000 growths of the clause lists and 15,000 of the roles for 1,000
/// articles, each a heap block, a copy and a free). Kept per article, a list grows to the
/// largest clause of the article once. `extractEvents` takes the lists out of the run when it
/// starts (so each is uniquely referenced, and `removeAll(keepingCapacity:)` keeps its block)
/// and hands them back when it ends; nothing else holds them, so what a list held before is never
/// read: every use empties it first. (The events of the groups were a block allocated and freed
/// for every sentence that made an event.)
struct EventScratchLists {
    var clause: [Mention] = []
    var before: [Mention] = []
    var after: [Mention] = []
    var roles: [(Relation, Mention)] = []
    var groupEvents: [(group: Int, event: Int)] = []
    /// The trigger groups of the sentence at hand (`findTriggers` empties it and fills it;
    /// `extractEvents` hands it back when the sentence is done): allocated once per article, not
    /// once per sentence with a trigger.
    var triggerGroups: [DocumentRun.TriggerGroup] = []
}

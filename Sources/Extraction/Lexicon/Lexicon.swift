import Foundation
import GraphModel

/// The domain lexicon: the actors, bases and places the extractor knows by name, checked when loaded.
///
/// The embedded default (`Resources/lexicon/*.yaml`, read in file-name order) covers the
/// states and coalition, Iraqi and Kurdish institutions, the armed factions, the bases that
/// hosted coalition forces since 2014, the provinces and main cities, persons and media.
/// Users add files with `--lexicon`; see docs/lexicon.md for the schema.
///
/// Loading checks every rule of the schema and fails with the first error in load order
/// (`file:line: problem; what to do`); `check(files:base:)` returns all of them.
public struct Lexicon: Sendable {
    /// Every entry in load order: the base's entries first, then each file's new entries in
    /// file order. An extended entry keeps its original position.
    public private(set) var entries: [LexiconEntry]
    /// Names shared by two entities of one kind without a `shared_aliases` declaration.
    public private(set) var warnings: [LexiconWarning]

    private var indexByKey: [String: Int]
    /// Every Arabic name with its line, for ambiguity checks across later loads.
    private var nameRecords: [[LocatedName]]

    /// An empty lexicon (no entities).
    public init() {
        entries = []; warnings = []; indexByKey = [:]; nameRecords = []
    }

    public func entry(key: String) -> LexiconEntry? { indexByKey[key].map { entries[$0] } }

    public var count: Int { entries.count }

    /// Entries of one kind, in load order.
    public func entries(of kind: NodeKind) -> [LexiconEntry] { entries.filter { $0.kind == kind } }

    // MARK: - Loading

    /// The embedded default lexicon. Parsed once per process; later calls return the same value.
    public static func loadDefault() throws -> Lexicon {
        try defaultLexicon.get()
    }

    private static let defaultLexicon: Result<Lexicon, LexiconError> = loadDefaultUncached()

    /// The folder holding the embedded `*.yaml` files.
    public static func defaultDirectory() throws -> URL {
        // The target copies `Resources` as a folder, so the files are at Resources/lexicon/ in the bundle.
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw LexiconError(.defaultLexiconMissing("no Resources folder in the module bundle"),
                               at: LexiconLocation(file: "lexicon", line: 1))
        }
        return resources.appendingPathComponent("lexicon", isDirectory: true)
    }

    /// The default files, sorted by name.
    public static func defaultFiles() throws -> [URL] {
        let directory = try defaultDirectory()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LexiconError(.defaultLexiconMissing("cannot list \(directory.path)"), at: LexiconLocation(file: "lexicon", line: 1))
        }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    private static func loadDefaultUncached() -> Result<Lexicon, LexiconError> {
        let files: [URL]
        do { files = try defaultFiles() } catch let error as LexiconError { return .failure(error) } catch {
            return .failure(LexiconError(.defaultLexiconMissing("\(error)"), at: LexiconLocation(file: "lexicon", line: 1)))
        }
        let check = check(files: files.map { ($0, "lexicon/\($0.lastPathComponent)") }, base: nil)
        if let first = check.errors.first { return .failure(first) }
        return .success(check.lexicon)
    }

    /// Loads `files` in order on top of `base` (usually `loadDefault()`); throws the first error.
    /// A file's name in messages is its path as given.
    public static func load(files: [URL], base: Lexicon?) throws -> Lexicon {
        let check = check(files: files.map { ($0, displayName(of: $0)) }, base: base)
        if let first = check.errors.first { throw first }
        return check.lexicon
    }

    /// Loads YAML texts (name, text) in order on top of `base`; for tests and for lexicons held in memory.
    public static func load(texts: [(name: String, text: String)], base: Lexicon?) throws -> Lexicon {
        let check = check(sources: texts.map { LexiconSource(name: $0.name, read: .text($0.text)) }, base: base)
        if let first = check.errors.first { throw first }
        return check.lexicon
    }

    /// Every problem of `files`, not just the first, with the lexicon built from the valid entries.
    public static func check(files: [URL], base: Lexicon?) -> LexiconCheck {
        check(files: files.map { ($0, displayName(of: $0)) }, base: base)
    }

    static func check(files: [(URL, String)], base: Lexicon?) -> LexiconCheck {
        check(sources: files.map { LexiconSource(name: $0.1, read: .file($0.0)) }, base: base)
    }

    static func displayName(of url: URL) -> String {
        url.isFileURL ? url.relativePath : url.absoluteString
    }

    // MARK: - Assembly

    struct LexiconSource {
        enum Read { case file(URL), text(String) }
        var name: String
        var read: Read
    }

    static func check(sources: [LexiconSource], base: Lexicon?) -> LexiconCheck {
        var lexicon = base ?? Lexicon()
        var errors: [LexiconError] = []
        // Files are read and parsed independently, so in parallel; they are merged in the
        // order given, which alone decides keys, extensions and messages.
        for parsed in parseAll(sources) {
            errors += parsed.errors
            for draft in parsed.drafts {
                if let error = lexicon.add(draft) { errors.append(error) }
            }
        }
        errors += lexicon.unresolvedReferences()
        lexicon.warnings = lexicon.ambiguities()
        return LexiconCheck(lexicon: lexicon, errors: errors, warnings: lexicon.warnings)
    }

    /// Reads and parses each source; result i belongs to source i. Parsing is most of the load
    /// time and each file is independent, so the files are spread over the cores.
    private static func parseAll(_ sources: [LexiconSource]) -> [(errors: [LexiconError], drafts: [LexiconDraft])] {
        let results = UnsafeMutableBufferPointer<(errors: [LexiconError], drafts: [LexiconDraft])>.allocate(capacity: sources.count)
        results.initialize(repeating: ([], []))
        defer { results.deinitialize(); results.deallocate() }
        // Each iteration writes only its own slot, so the writes never overlap.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let source = sources[index]
            let text: String
            switch source.read {
            case .text(let t): text = t
            case .file(let url):
                switch readText(url, name: source.name) {
                case .success(let t): text = t
                case .failure(let error): slots[index] = ([error], []); return
                }
            }
            var parser = LexiconFileParser(file: source.name)
            parser.parse(text)
            slots[index] = (parser.errors, parser.drafts)
        }
        return Array(results)
    }

    private static func readText(_ url: URL, name: String) -> Result<String, LexiconError> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "unreadable" : "no such file"
            return .failure(LexiconError(.unreadable(reason: reason), at: LexiconLocation(file: name, line: 1)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(LexiconError(.notUTF8, at: LexiconLocation(file: name, line: 1)))
        }
        return .success(text)
    }

    /// Adds a new entry or merges an extending one; returns the key error, if any.
    private mutating func add(_ draft: LexiconDraft) -> LexiconError? {
        if draft.extends {
            guard let index = indexByKey[draft.key] else {
                return LexiconError(.extendsUnknownKey(draft.key), at: draft.location)
            }
            var entry = entries[index]
            entry.aliasesAr = Self.appendingNew(draft.aliasesAr.map(\.text), to: entry.aliasesAr)
            entry.aliasesEn = Self.appendingNew(draft.aliasesEn, to: entry.aliasesEn)
            entry.sharedAliases = Self.appendingNew(draft.sharedAliases.map(\.text), to: entry.sharedAliases)
            for affiliation in draft.affiliations
            where !entry.affiliations.contains(where: { $0.relation == affiliation.relation && $0.target == affiliation.target }) {
                entry.affiliations.append(affiliation)
            }
            if let notes = draft.notes { entry.notes = entry.notes.map { "\($0); \(notes)" } ?? notes }
            entry.extendedAt.append(draft.location)
            entries[index] = entry
            nameRecords[index] += draft.arabicNames
            return nil
        }
        if let index = indexByKey[draft.key] {
            return LexiconError(.duplicateKey(draft.key, firstAt: entries[index].source), at: draft.location)
        }
        indexByKey[draft.key] = entries.count
        entries.append(draft.entry())
        nameRecords.append(draft.arabicNames)
        return nil
    }

    private static func appendingNew(_ new: [String], to old: [String]) -> [String] {
        var result = old
        for name in new where !result.contains(name) { result.append(name) }
        return result
    }

    /// Affiliation targets and `in` keys that name no entry, in entry order.
    private func unresolvedReferences() -> [LexiconError] {
        var errors: [LexiconError] = []
        for entry in entries {
            if let enclosing = entry.in {
                if let target = self.entry(key: enclosing) {
                    if target.kind != .place {
                        errors.append(LexiconError(.enclosingNotAPlace(target: enclosing, kind: target.kind.rawValue), at: entry.source))
                    }
                } else {
                    errors.append(LexiconError(.missingTarget(relation: "in", target: enclosing), at: entry.source))
                }
            }
            for affiliation in entry.affiliations where indexByKey[affiliation.target] == nil {
                errors.append(LexiconError(.missingTarget(relation: affiliation.relation.rawValue, target: affiliation.target),
                                           at: affiliation.source))
            }
        }
        return errors.sorted { $0.location < $1.location }
    }

    /// Arabic names that two entries of the same kind share, unless either declares the name
    /// in `shared_aliases`. Groups names by `LexiconNameKey`: O(total names).
    private func ambiguities() -> [LexiconWarning] {
        var owners: [NameKeyBytes: [(entry: Int, name: LocatedName)]] = [:]
        for (index, names) in nameRecords.enumerated() {
            for name in names {
                let key = NameKeyBytes(bytes: name.key)
                if owners[key]?.contains(where: { $0.entry == index }) == true { continue }
                owners[key, default: []].append((index, name))
            }
        }
        var warnings: [LexiconWarning] = []
        for (_, group) in owners where group.count > 1 {
            for (position, later) in group.enumerated().dropFirst() {
                for earlier in group[..<position] where entries[earlier.entry].kind == entries[later.entry].kind {
                    if earlier.name.shared || later.name.shared { continue }
                    let other = entries[earlier.entry]
                    warnings.append(LexiconWarning(
                        location: later.name.location,
                        message: "'\(later.name.text)' of '\(entries[later.entry].key)' also names '\(other.key)' (\(earlier.name.location)); "
                            + "list it under shared_aliases if both are meant, or remove it"))
                }
            }
        }
        return warnings.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}

/// The outcome of checking lexicon files: every error and warning, and the lexicon made of
/// the entries that passed.
public struct LexiconCheck: Sendable {
    public var lexicon: Lexicon
    public var errors: [LexiconError]
    public var warnings: [LexiconWarning]
}

/// A name key as a dictionary key, hashed as one block of bytes (an `[UInt8]` hashes byte by byte).
private struct NameKeyBytes: Hashable {
    let bytes: [UInt8]
    func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
}

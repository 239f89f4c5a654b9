import Foundation
import GraphModel
import Extraction

/// What `eventgraph extract` was asked to do.
public struct ExtractRequest: Sendable {
    public var paths: [String]
    public var manifest: String?
    public var lexicons: [String]
    public var withLexiconRelations: Bool
    public var strict: Bool
    /// Show a progress counter on standard error: nil = only when it is a terminal.
    public var progress: Bool?
    public var output: String
    public var format: GraphFormat?
    public var options: ExportOptions
    /// How many articles are extracted at once (default: the number of cores).
    public var width: Int?
    /// The caller ends the process once the graph is written (the command line): the graph
    /// is then not freed (`KeptUntilExit`), since the system takes back the whole heap at exit.
    public var exitsAfter = false

    public init(paths: [String], manifest: String? = nil, lexicons: [String] = [], withLexiconRelations: Bool = false,
                strict: Bool = false, progress: Bool? = nil, output: String, format: GraphFormat? = nil,
                options: ExportOptions = ExportOptions(), width: Int? = nil) {
        self.paths = paths; self.manifest = manifest; self.lexicons = lexicons
        self.withLexiconRelations = withLexiconRelations; self.strict = strict; self.progress = progress
        self.output = output; self.format = format; self.options = options; self.width = width
    }
}

/// What a run did: counts, and one line per skipped input.
public struct ExtractReport: Sendable {
    public var articles = 0
    public var bytes = 0
    public var skipped: [String] = []
    public var nodes = 0
    public var edges = 0
}

/// Articles → one merged graph, written in the format of the output's extension.
///
/// Inputs are read lazily and extracted concurrently by at most `width` tasks, so memory
/// holds the findings (bounded by the graph), never the corpus. Findings are merged after
/// sorting by document name, so the result does not depend on completion order.
///
/// Bad input (an empty, binary or non-UTF-8 file, a manifest row naming a missing file or
/// holding a bad date) is reported as one line naming the file and skipped; the run goes on
/// and exits 0. With `strict`, any such problem fails the run (exit 1) and nothing is written.
public enum ExtractJob {
    public static func run(_ request: ExtractRequest, warn: @escaping @Sendable (String) -> Void) async throws -> ExtractReport {
        _ = try GraphFormat.resolve(request.format, path: request.output)
        let gazetteer = try loadGazetteer(request.lexicons)
        let inputs = try collectInputs(request)
        var report = ExtractReport()
        report.skipped = inputs.problems
        for p in inputs.problems { warn(p) }

        let extractor = Extractor(gazetteer: gazetteer, options: ExtractionOptions(withLexiconRelations: request.withLexiconRelations))
        var merger = CorpusMerger(gazetteer: gazetteer, options: extractor.options)
        let showProgress = request.progress ?? (isatty(2) == 1)
        let width = max(1, request.width ?? ProcessInfo.processInfo.activeProcessorCount)
        let total = inputs.files.count

        // Files are read from the device in batches ahead of the tasks (`ArticleReadAhead`);
        // each task gets its file's open descriptor, or opens the file itself.
        let readAhead = ArticleReadAhead(paths: inputs.files.map(\.path))
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var next = 0
            func submit() {
                let item = inputs.files[next]
                let opened = readAhead?.take(next)
                next += 1
                group.addTask { extractOne(item, opened: opened, extractor: extractor) }
            }
            while next < min(width, total) { submit() }
            var finished = 0
            while let outcome = try await group.next() {
                finished += 1
                // The findings are handed over, not copied: the merger rewrites their strings
                // in place (see `CorpusMerger.add`).
                switch consume outcome {
                case .done(let findings, let size):
                    merger.add(consume findings)
                    report.articles += 1
                    report.bytes += size
                case .failed(let line):
                    report.skipped.append(line)
                    warn(line)
                }
                if showProgress, finished % 50 == 0 || finished == total {
                    FileHandle.standardError.write(Data("\rextract: \(finished)/\(total) articles".utf8))
                    if finished == total { FileHandle.standardError.write(Data("\n".utf8)) }
                }
                if next < total { submit() }
            }
        }
        if request.strict, !report.skipped.isEmpty {
            throw PipelineError.input("\(report.skipped.count) input problem(s) with --strict; nothing written (first: \(report.skipped[0]))")
        }
        let graph = merger.finish()
        report.nodes = graph.nodes.count
        report.edges = graph.edges.count
        try await GraphIO.write(graph, to: request.output, format: request.format, options: request.options)
        // Freeing the graph (every evidence record of the corpus) takes a noticeable part of a
        // second on a large corpus: when the process ends next it is not done at all (kept
        // after its peak, so the peak is unchanged); otherwise it is done on another thread so
        // the caller does not wait for it.
        if request.exitsAfter {
            KeptUntilExit.keep(graph)
        } else {
            DispatchQueue.global().async { withExtendedLifetime(graph) {} }
        }
        return report
    }

    /// The default lexicon plus `--lexicon` files, compiled once.
    static func loadGazetteer(_ extra: [String]) throws -> Gazetteer {
        do {
            var lexicon = try Lexicon.loadDefault()
            if !extra.isEmpty {
                for path in extra where !FileManager.default.fileExists(atPath: path) {
                    throw PipelineError.input("\(path): lexicon file not found")
                }
                lexicon = try Lexicon.load(files: extra.map { URL(fileURLWithPath: $0) }, base: lexicon)
            }
            return Gazetteer(lexicon: lexicon)
        } catch let e as LexiconError {
            throw PipelineError.input(e.description)
        }
    }

    struct InputFile: Sendable {
        var path: String
        var document: String
        var entry: ManifestEntry?
    }

    /// Files to read, in a fixed order, with their manifest rows, and the problems found on the way.
    ///
    /// Each folder's own `manifest.json` dates that folder's articles; `--manifest` dates every
    /// article; a file named on its own takes `--manifest`, else the first folder manifest. Two
    /// articles with the same file name in different folders are told apart by their folder
    /// (`heldout/001.txt`), otherwise the document is the file name. Articles are read in
    /// document order, so naming the same inputs in another order gives the same graph.
    static func collectInputs(_ request: ExtractRequest) throws -> (files: [InputFile], problems: [String]) {
        let fm = FileManager.default
        var files: [(path: String, name: String, folderManifest: String?)] = []
        var firstFolderManifest: String?
        var seenPaths = Set<String>()
        for path in request.paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw PipelineError.input("\(path): no such file or folder")
            }
            if isDir.boolValue {
                let m = (path as NSString).appendingPathComponent("manifest.json")
                let folderManifest = fm.fileExists(atPath: m) ? m : nil
                if firstFolderManifest == nil { firstFolderManifest = folderManifest }
                let names = (try? fm.contentsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() where name.hasSuffix(".txt") && !name.hasPrefix(".") {
                    let file = (path as NSString).appendingPathComponent(name)
                    if seenPaths.insert(file).inserted { files.append((file, name, folderManifest)) }
                }
            } else if seenPaths.insert(path).inserted {
                files.append((path, (path as NSString).lastPathComponent, nil))
            }
        }
        func manifest(for file: (path: String, name: String, folderManifest: String?)) -> String? {
            request.manifest ?? file.folderManifest ?? firstFolderManifest
        }

        var problems: [String] = []
        var rowsByManifest: [String: [String: ManifestEntry]] = [:]
        for manifestPath in Set(files.compactMap(manifest(for:)) + [request.manifest].compactMap { $0 }).sorted() {
            guard let data = fm.contents(atPath: manifestPath) else {
                throw PipelineError.input("\(manifestPath): manifest not found or unreadable")
            }
            let parsed: (entries: [ManifestEntry], problems: [ManifestError])
            do { parsed = try Manifest.parseLenient(data, file: manifestPath) } catch let e as ManifestError {
                throw PipelineError.input(e.description)
            }
            problems += parsed.problems.map(\.description)
            let present = Set(files.filter { manifest(for: $0) == manifestPath }.map(\.name))
            var rows: [String: ManifestEntry] = [:]
            for e in parsed.entries {
                let name = lastPathComponent(e.file)
                rows[name] = e
                if !present.contains(name) {
                    problems.append("\(manifestPath): names '\(e.file)', which is not among the inputs (missing file?); skipped")
                }
            }
            rowsByManifest[manifestPath] = rows
        }

        let sharedNames = Dictionary(files.map { ($0.name, 1) }, uniquingKeysWith: +).filter { $0.value > 1 }
        var out: [InputFile] = files.map { f in
            var document = f.name
            if sharedNames[f.name] != nil {
                let folder = ((f.path as NSString).deletingLastPathComponent as NSString).lastPathComponent
                document = folder.isEmpty ? f.path : "\(folder)/\(f.name)"
            }
            return InputFile(path: f.path, document: document, entry: manifest(for: f).flatMap { rowsByManifest[$0]?[f.name] })
        }
        out.sort { ($0.document, $0.path) < ($1.document, $1.path) }
        return (out, problems)
    }

    /// `(path as NSString).lastPathComponent`; a path without a slash is its own last
    /// component (`NSString` has nothing to fix in it, and no slash to cut at), which is the
    /// file name of every row of a manifest as this package writes them.
    ///
    /// Why: bridging each of 10,000 manifest rows to `NSString` and back took about 10 ms
    /// of the serial start of `eventgraph extract` (perf, 10,000 articles).
    static func lastPathComponent(_ path: String) -> String {
        guard path.utf8.contains(UInt8(ascii: "/")) else {
            assert(path == (path as NSString).lastPathComponent, "a path without a slash is not its own last component")
            return path
        }
        return (path as NSString).lastPathComponent
    }

    /// Reads, decodes and extracts one article; a bad file becomes a one-line problem.
    /// `opened`: the file's descriptor, opened as `ArticleFile.read` opens it, taken over.
    static func extractOne(_ item: InputFile, opened: Int32? = nil, extractor: Extractor) -> Outcome {
        let text: String
        let size: Int
        do {
            if let opened {
                (text, size) = try ArticleFile.read(item.path, opened: opened)
            } else {
                (text, size) = try ArticleFile.read(item.path)
            }
        } catch {
            return .failed(error.description)
        }
        var published = item.entry?.published
        var from: String? = published == nil ? nil : "manifest"
        if published == nil, let d = DateResolver.dateline(in: text)?.date, d.precision == .day {
            published = d.start; from = "dateline"
        }
        let article = Article(document: item.document, text: text, published: published, publishedFrom: from,
                              outlet: item.entry?.source, title: item.entry?.title)
        return .done(extractor.extract(article), size)
    }

    enum Outcome: Sendable { case done(DocumentFindings, Int), failed(String) }
}

import Foundation
import GraphModel
import Extraction

/// CPU seconds of the process (user + system): the figure that does not depend on the load of
/// other jobs on the machine.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The articles of a corpus folder in name order, with the publication date as the extract
/// command finds it (the manifest, else a dateline), and their size in bytes.
func loadCorpus(_ corpus: String) throws -> (articles: [Article], bytes: Int) {
    let fm = FileManager.default
    let names = try fm.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
    var published: [String: Day] = [:]
    if let data = fm.contents(atPath: corpus + "/manifest.json") {
        for e in try Manifest.parse(data, file: "manifest.json") { if let d = e.published { published[e.file] = d } }
    }
    var articles: [Article] = []
    var bytes = 0
    for name in names {
        let data = try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name))
        bytes += data.count
        let text = try ArticleError.decode(data, file: name)
        var day = published[name]
        if day == nil, let d = DateResolver.dateline(in: text)?.date, d.precision == .day { day = d.start }
        articles.append(Article(document: name, text: text, published: day))
    }
    return (articles, bytes)
}

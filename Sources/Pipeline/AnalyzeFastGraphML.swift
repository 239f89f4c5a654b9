import Foundation
import Analytics
import GraphModel

/// The GraphML half of `AnalyzeFastLoad`: one pass over the bytes that understands exactly the
/// flat GraphML networkx, igraph, Gephi and this project write — `<key>` declarations (with
/// `<default>`), one `<graph>`, `<node>`, `<edge>` and `<data>` — and throws `Unsupported` for
/// anything else so that the model reader takes over.
struct GraphMLScan {
    let p: UnsafePointer<UInt8>
    let n: Int
    let path: String
    let weightAttributes: [String]

    private var i = 0
    private var interner = ByteInterner()
    private var from: [Int32] = [], to: [Int32] = []
    private var columns: [[Double]]
    /// key id → (weight column index or −1, node field: 0 none, 1 name_en, 2 name_ar, 3 label, 4 original_id)
    private var edgeKeys: [String: Int] = [:]
    private var nodeKeys: [String: Int] = [:]
    private var defaults: [Double]
    private var declared: [Bool]
    private var nameEn: [String?] = [], nameAr: [String?] = [], label: [String?] = [], originalID: [String?] = []
    private var directed = false
    private var graphs = 0
    private var closedGraphML = false

    init(_ buffer: UnsafeBufferPointer<UInt8>, path: String, weightAttributes: [String]) {
        p = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        n = buffer.count
        self.path = path
        self.weightAttributes = weightAttributes
        columns = weightAttributes.map { _ in [] }
        defaults = weightAttributes.map { _ in 1 }
        declared = weightAttributes.map { _ in false }
    }

    mutating func run() throws -> AnalyzeFastLoad.Loaded {
        from.reserveCapacity(n / 60); to.reserveCapacity(n / 60)
        var current: (isEdge: Bool, index: Int)? = nil
        var sawGraphML = false
        while let open = nextLessThan() {
            i = open + 1
            guard i < n else { throw AnalyzeFastLoad.Unsupported() }
            switch p[i] {
            case UInt8(ascii: "?"): try skip(past: "?>")
            case UInt8(ascii: "!"):
                if starts(with: "!--") { try skip(past: "-->") } else { try skip(past: ">") }
            case UInt8(ascii: "/"):
                i += 1
                let name = readName()
                try skip(past: ">")
                switch name {
                case "node", "edge": current = nil
                case "graphml": closedGraphML = true
                default: break
                }
            default:
                let name = readName()
                var attributes: [(String, String)] = []
                let selfClosing = try readAttributes(&attributes)
                func attr(_ key: String) -> String? { attributes.first { $0.0 == key }?.1 }
                switch name {
                case "graphml": sawGraphML = true
                case "key":
                    try declareKey(id: attr("id"), domain: attr("for") ?? "all", name: attr("attr.name") ?? attr("id"), selfClosing: selfClosing)
                case "graph":
                    graphs += 1
                    if graphs > 1 || current != nil { throw AnalyzeFastLoad.Unsupported() }
                    directed = attr("edgedefault") == "directed"
                case "node":
                    guard let id = attr("id") else { throw AnalyzeFastLoad.Unsupported() }
                    let index = intern(id)
                    current = selfClosing ? nil : (false, index)
                case "edge":
                    guard let s = attr("source"), let t = attr("target") else { throw AnalyzeFastLoad.Unsupported() }
                    from.append(Int32(intern(s))); to.append(Int32(intern(t)))
                    for c in 0 ..< columns.count { columns[c].append(defaults[c]) }
                    current = selfClosing ? nil : (true, from.count - 1)
                case "data":
                    guard let key = attr("key") else { throw AnalyzeFastLoad.Unsupported() }
                    let text = selfClosing ? "" : try readText(until: "data")
                    if let current { try store(text, key: key, in: current) }
                case "hyperedge", "endpoint": throw AnalyzeFastLoad.Unsupported()
                default: break
                }
            }
        }
        guard sawGraphML, closedGraphML, graphs == 1 else { throw AnalyzeFastLoad.Unsupported() }
        let count = interner.count
        func padded(_ a: [String?]) -> [String?] { a + [String?](repeating: nil, count: count - a.count) }
        let renamed = originalID.contains { $0 != nil } ? padded(originalID) : nil
        if let renamed, Set(renamed.enumerated().map { $0.element ?? interner.string($0.offset) }).count != count {
            throw AnalyzeFastLoad.Unsupported()   // the model reader explains the clash
        }
        let (ids, remap) = interner.sortedIDs(renamed: renamed)
        for e in 0 ..< from.count { from[e] = remap[Int(from[e])]; to[e] = remap[Int(to[e])] }
        var weights: [String: [Double]] = [:]
        for (c, name) in weightAttributes.enumerated() where declared[c] { weights[name] = columns[c] }
        func reordered(_ a: [String?]) -> [String?] {
            var out = [String?](repeating: nil, count: count)
            for (old, value) in padded(a).enumerated() { out[Int(remap[old])] = value }
            return out
        }
        let en = reordered(nameEn), ar = reordered(nameAr), lb = reordered(label)
        return AnalyzeFastLoad.Loaded(edges: EdgeList(ids: ids, directed: directed, sources: from, targets: to, weights: weights),
                                      nameEn: zip(en, lb).map { $0 ?? $1 }, nameAr: ar)
    }

    private mutating func intern(_ id: String) -> Int {
        var id = id
        return id.withUTF8 { Int(interner.intern($0.baseAddress ?? p, $0.count)) }
    }

    private mutating func declareKey(id: String?, domain: String, name: String?, selfClosing: Bool) throws {
        guard let id, let name else { throw AnalyzeFastLoad.Unsupported() }
        var defaultText: String? = nil
        if !selfClosing {
            // <key ...><default>v</default></key>, possibly with <desc>.
            while let open = nextLessThan() {
                i = open + 1
                if starts(with: "/key") { try skip(past: ">"); break }
                if starts(with: "default") {
                    i += 7
                    var ignored: [(String, String)] = []
                    if try !readAttributes(&ignored) { defaultText = try readText(until: "default") }
                } else { try skip(past: ">") }
            }
        }
        if domain == "edge" || domain == "all", let c = weightAttributes.firstIndex(of: name) {
            edgeKeys[id] = c
            declared[c] = true
            if let defaultText {
                guard let v = Double(defaultText.trimmingCharacters(in: .whitespaces)), v.isFinite else {
                    throw PipelineError.input("\(path): the default of weight key '\(name)' is '\(defaultText)', not a number")
                }
                defaults[c] = v
                for k in 0 ..< columns[c].count { columns[c][k] = v }
            }
        }
        if domain == "node" || domain == "all" {
            switch name {
            case "name_en": nodeKeys[id] = 1
            case "name_ar": nodeKeys[id] = 2
            case "label": nodeKeys[id] = 3
            case "original_id": nodeKeys[id] = 4
            default: break
            }
        }
    }

    private mutating func store(_ text: String, key: String, in element: (isEdge: Bool, index: Int)) throws {
        if element.isEdge {
            guard let c = edgeKeys[key] else { return }
            guard let v = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), v.isFinite else {
                throw PipelineError.input("\(path): edge \(element.index + 1): weight '\(weightAttributes[c])' is '\(text)', not a number; fix it or pick another --weight")
            }
            columns[c][element.index] = v
        } else {
            guard let field = nodeKeys[key] else { return }
            func put(_ a: inout [String?]) {
                if a.count <= element.index { a += [String?](repeating: nil, count: element.index + 1 - a.count) }
                a[element.index] = text
            }
            switch field {
            case 1: put(&nameEn)
            case 2: put(&nameAr)
            case 3: put(&label)
            default: put(&originalID)
            }
        }
    }

    // MARK: Bytes

    private func nextLessThan() -> Int? {
        guard i < n else { return nil }
        guard let hit = memchr(p + i, 0x3C, n - i) else { return nil }
        return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        return i + count <= n && memcmp(p + i, text.utf8Start, count) == 0
    }

    private mutating func skip(past text: StaticString) throws {
        let count = text.utf8CodeUnitCount
        while i + count <= n {
            if memcmp(p + i, text.utf8Start, count) == 0 { i += count; return }
            i += 1
        }
        throw AnalyzeFastLoad.Unsupported()
    }

    private mutating func readName() -> String {
        let start = i
        while i < n, !isSpace(p[i]), p[i] != 0x3E, p[i] != 0x2F { i += 1 }
        var name = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
        if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
        return name
    }

    @inline(__always) private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Reads `name="value"` pairs up to `>`; true when the element closes itself (`/>`).
    private mutating func readAttributes(_ out: inout [(String, String)]) throws -> Bool {
        while i < n {
            while i < n, isSpace(p[i]) { i += 1 }
            guard i < n else { break }
            if p[i] == 0x3E { i += 1; return false }
            if p[i] == 0x2F, i + 1 < n, p[i + 1] == 0x3E { i += 2; return true }
            let start = i
            while i < n, p[i] != 0x3D, !isSpace(p[i]), p[i] != 0x3E { i += 1 }
            let name = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
            while i < n, isSpace(p[i]) { i += 1 }
            guard i < n, p[i] == 0x3D else { throw AnalyzeFastLoad.Unsupported() }
            i += 1
            while i < n, isSpace(p[i]) { i += 1 }
            guard i < n, p[i] == 0x22 || p[i] == 0x27 else { throw AnalyzeFastLoad.Unsupported() }
            let quote = p[i]; i += 1
            let valueStart = i
            while i < n, p[i] != quote { if p[i] == 0x3C { throw AnalyzeFastLoad.Unsupported() }; i += 1 }
            guard i < n else { throw AnalyzeFastLoad.Unsupported() }
            let value = try decodeEntities(valueStart, i)
            i += 1
            out.append((name, value))
        }
        throw AnalyzeFastLoad.Unsupported()
    }

    /// Text content up to `</name>`, with entities and CDATA sections decoded; any other
    /// element inside makes the scan step aside.
    private mutating func readText(until name: StaticString) throws -> String {
        var text = ""
        while true {
            guard let open = nextLessThan() else { throw AnalyzeFastLoad.Unsupported() }
            text += try decodeEntities(i, open)
            i = open + 1
            if starts(with: "![CDATA[") {
                let start = i + 8
                i = start
                try skip(past: "]]>")
                text += String(decoding: UnsafeBufferPointer(start: p + start, count: i - 3 - start), as: UTF8.self)
                continue
            }
            if starts(with: "!--") { try skip(past: "-->"); continue }
            guard p[i] == 0x2F else { throw AnalyzeFastLoad.Unsupported() }
            i += 1
            guard starts(with: name) else { throw AnalyzeFastLoad.Unsupported() }
            try skip(past: ">")
            return text
        }
    }

    private func decodeEntities(_ start: Int, _ end: Int) throws -> String {
        let raw = UnsafeBufferPointer(start: p + start, count: end - start)
        guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
        var bytes: [UInt8] = []
        var k = start
        while k < end {
            if p[k] != 0x26 { bytes.append(p[k]); k += 1; continue }
            var semi = k + 1
            while semi < end, p[semi] != 0x3B { semi += 1 }
            guard semi < end else { throw AnalyzeFastLoad.Unsupported() }
            let entity = String(decoding: UnsafeBufferPointer(start: p + k + 1, count: semi - k - 1), as: UTF8.self)
            switch entity {
            case "amp": bytes.append(0x26)
            case "lt": bytes.append(0x3C)
            case "gt": bytes.append(0x3E)
            case "quot": bytes.append(0x22)
            case "apos": bytes.append(0x27)
            default:
                let code: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") { code = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst()) }
                else { code = nil }
                guard let code, let scalar = Unicode.Scalar(code) else { throw AnalyzeFastLoad.Unsupported() }
                bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            k = semi + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

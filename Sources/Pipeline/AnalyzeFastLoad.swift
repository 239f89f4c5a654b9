import Foundation
import Analytics
import GraphModel

/// Streaming readers that load a GraphML file or an edge list straight into an `EdgeList`,
/// for `eventgraph analyze` on graphs of millions of edges.
///
/// Why a second reader: the model readers build an `EventGraph` (a `Node`/`Edge` value with
/// attribute dictionaries per element), which is right for export but costs gigabytes and
/// seconds on a 5-million-edge graph whose measures need only the topology and one weight
/// column. These readers scan the bytes once, intern node ids as byte strings in an
/// open-addressing table, keep only the requested weight columns and the names the table
/// report shows, and never build a `Node` or an `Edge`.
///
/// They agree with the model path: node ids sorted as `EventGraph` sorts them, weights from the
/// same `weight`/attribute names, missing weights = 1, implicit nodes created as networkx does,
/// parallel edges and self-loops kept. Anything they do not handle (nested graphs, hyperedges,
/// odd XML) makes them step aside (`nil`), and the caller falls back to the model reader, which
/// also produces the precise error message for a malformed file.
public enum AnalyzeFastLoad {
    /// What the readers give back: the edge list, and node names when the file has them.
    public struct Loaded: Sendable {
        public var edges: EdgeList
        public var nameEn: [String?]
        public var nameAr: [String?]
    }

    struct Unsupported: Error {}

    // MARK: Edge lists

    /// Reads `source,target[,...]` CSV (a header row naming the columns; `Type` = Undirected on
    /// every row makes the graph undirected) or a whitespace-separated list `u v [weight]`
    /// (`#`/`%` comment lines; the third column is the `weight` attribute).
    public static func readEdgeList(path: String, bytes: Data, weightAttributes: [String], csv: Bool) throws -> Loaded {
        try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Loaded in
            let base = raw.bindMemory(to: UInt8.self)
            var scanner = LineFields(base)
            var interner = ByteInterner()
            var from: [Int32] = [], to: [Int32] = []
            let estimate = max(16, bytes.count / 12)
            from.reserveCapacity(estimate); to.reserveCapacity(estimate)
            var columns: [String: [Double]] = [:]
            var sourceColumn = 0, targetColumn = 1
            var weightColumns: [(name: String, column: Int)] = []
            var typeColumn: Int? = nil
            var allUndirected = true
            var line = 0
            var fields: [(UnsafePointer<UInt8>, Int)] = []
            var scratch: [[UInt8]] = []
            if csv {
                guard scanner.nextCSV(&fields, &scratch) else { throw PipelineError.input("\(path): the file is empty; expected a header such as source,target") }
                line = 1
                let header = fields.map { String(decoding: UnsafeBufferPointer(start: $0.0, count: $0.1), as: UTF8.self).trimmingCharacters(in: .whitespaces) }
                let lower = header.map { $0.lowercased() }
                guard let s = lower.firstIndex(of: "source"), let t = lower.firstIndex(of: "target") else {
                    throw PipelineError.input("\(path): line 1: the header has no 'source' and 'target' columns (found: \(header.joined(separator: ",")))")
                }
                sourceColumn = s; targetColumn = t
                typeColumn = lower.firstIndex(of: "type")
                for name in weightAttributes {
                    if let c = header.firstIndex(of: name) ?? lower.firstIndex(of: name.lowercased()) { weightColumns.append((name, c)) }
                }
            } else if weightAttributes.contains("weight") {
                weightColumns = [("weight", 2)]
            }
            for w in weightColumns { columns[w.name] = []; columns[w.name]!.reserveCapacity(estimate) }
            var sawThirdColumn = false
            while csv ? scanner.nextCSV(&fields, &scratch) : scanner.nextWhitespace(&fields) {
                line += 1
                if fields.isEmpty || (fields.count == 1 && fields[0].1 == 0) { continue }
                guard fields.count > max(sourceColumn, targetColumn) else {
                    throw PipelineError.input("\(path): line \(scanner.lineNumber): expected a source and a target, found \(fields.count) field(s)")
                }
                from.append(interner.intern(fields[sourceColumn].0, fields[sourceColumn].1))
                to.append(interner.intern(fields[targetColumn].0, fields[targetColumn].1))
                for w in weightColumns {
                    var value = 1.0
                    if w.column < fields.count, fields[w.column].1 > 0 {
                        sawThirdColumn = true
                        guard let v = parseDouble(fields[w.column].0, fields[w.column].1) else {
                            let text = String(decoding: UnsafeBufferPointer(start: fields[w.column].0, count: fields[w.column].1), as: UTF8.self)
                            throw PipelineError.input("\(path): line \(scanner.lineNumber): weight '\(w.name)' is '\(text)', not a number; fix it or pick another --weight")
                        }
                        value = v
                    }
                    columns[w.name]!.append(value)
                }
                if let tc = typeColumn, allUndirected {
                    let f = fields.count > tc ? fields[tc] : (base.baseAddress!, 0)
                    allUndirected = f.1 == 10 && String(decoding: UnsafeBufferPointer(start: f.0, count: f.1), as: UTF8.self).lowercased() == "undirected"
                }
            }
            if !csv && !sawThirdColumn { columns["weight"] = nil }
            let directed = !(typeColumn != nil && allUndirected && !from.isEmpty)
            let (ids, remap) = interner.sortedIDs()
            for e in 0 ..< from.count { from[e] = remap[Int(from[e])]; to[e] = remap[Int(to[e])] }
            let edges = EdgeList(ids: ids, directed: directed, sources: from, targets: to, weights: columns)
            return Loaded(edges: edges, nameEn: [], nameAr: [])
        }
    }

    // MARK: GraphML

    /// Reads a flat GraphML file (one `<graph>`, nodes and edges with `<data>`), or returns nil
    /// when the file needs the full reader.
    public static func readGraphML(path: String, bytes: Data, weightAttributes: [String]) throws -> Loaded? {
        do {
            return try bytes.withUnsafeBytes { raw in
                var scan = GraphMLScan(raw.bindMemory(to: UInt8.self), path: path, weightAttributes: weightAttributes)
                return try scan.run()
            }
        } catch is Unsupported {
            return nil
        }
    }

    /// Shortest-path parse of a decimal number in bytes (strtod on a small copy).
    static func parseDouble(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        var start = 0, end = count
        while start < end, p[start] == 0x20 || p[start] == 0x09 { start += 1 }
        while end > start, p[end - 1] == 0x20 || p[end - 1] == 0x09 || p[end - 1] == 0x0D { end -= 1 }
        if start == end || end - start > 63 { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> Double? in
            for i in start ..< end { buffer[i - start] = CChar(bitPattern: p[i]) }
            buffer[end - start] = 0
            var tail: UnsafeMutablePointer<CChar>? = nil
            let v = strtod(buffer.baseAddress!, &tail)
            guard let tail, tail == buffer.baseAddress! + (end - start), v.isFinite else { return nil }
            return v
        }
    }
}

/// Splits a byte buffer into lines and fields without copying (CSV fields with quotes are
/// unescaped into scratch buffers).
struct LineFields {
    let base: UnsafeBufferPointer<UInt8>
    var position = 0
    var lineNumber = 0
    init(_ base: UnsafeBufferPointer<UInt8>) { self.base = base }

    /// Whitespace-separated fields of the next non-comment line; false at the end.
    mutating func nextWhitespace(_ fields: inout [(UnsafePointer<UInt8>, Int)]) -> Bool {
        let p = base.baseAddress!, n = base.count
        while position < n {
            fields.removeAll(keepingCapacity: true)
            lineNumber += 1
            var i = position
            while i < n, p[i] != 0x0A {
                while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D { i += 1 }
                if i >= n || p[i] == 0x0A { break }
                let start = i
                while i < n, p[i] != 0x20, p[i] != 0x09, p[i] != 0x0D, p[i] != 0x0A { i += 1 }
                fields.append((p + start, i - start))
            }
            position = i + 1
            if let first = fields.first, first.0.pointee == UInt8(ascii: "#") || first.0.pointee == UInt8(ascii: "%") { continue }
            if fields.isEmpty { continue }
            return true
        }
        return false
    }

    /// Comma-separated fields of the next line (RFC 4180 quotes); false at the end.
    mutating func nextCSV(_ fields: inout [(UnsafePointer<UInt8>, Int)], _ scratch: inout [[UInt8]]) -> Bool {
        let p = base.baseAddress!, n = base.count
        guard position < n else { return false }
        fields.removeAll(keepingCapacity: true)
        var scratchUsed = 0
        lineNumber += 1
        var i = position
        while true {
            if i < n, p[i] == 0x22 {
                // Quoted field: copy with "" → ".
                if scratchUsed == scratch.count { scratch.append([]) }
                scratch[scratchUsed].removeAll(keepingCapacity: true)
                i += 1
                while i < n {
                    if p[i] == 0x22 {
                        if i + 1 < n, p[i + 1] == 0x22 { scratch[scratchUsed].append(0x22); i += 2; continue }
                        i += 1; break
                    }
                    if p[i] == 0x0A { lineNumber += 1 }
                    scratch[scratchUsed].append(p[i]); i += 1
                }
                let count = scratch[scratchUsed].count
                // Stable storage: the scratch array is not touched again until the next line.
                let pointer = scratch[scratchUsed].withUnsafeBufferPointer { $0.baseAddress ?? p }
                fields.append((pointer, count))
                scratchUsed += 1
                while i < n, p[i] != 0x2C, p[i] != 0x0A { i += 1 }
            } else {
                let start = i
                while i < n, p[i] != 0x2C, p[i] != 0x0A { i += 1 }
                var end = i
                if end > start, p[end - 1] == 0x0D { end -= 1 }
                fields.append((p + start, end - start))
            }
            if i < n, p[i] == 0x2C { i += 1; continue }
            break
        }
        position = i + 1
        return true
    }
}

/// Interns node ids given as bytes: open addressing with linear probing over FNV-1a hashes,
/// the id bytes kept in one arena. Index = order of first appearance.
struct ByteInterner {
    private var slots = [Int32](repeating: -1, count: 1 << 16)
    /// Ids that are plain decimal numbers (most edge lists) skip hashing after their first
    /// appearance: value → index, −1 = not seen. Kept only while the values stay dense.
    private var byNumber = [Int32](repeating: -1, count: 1 << 16)
    private var hashes: [UInt64] = []
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int] = [0]
    var count: Int { starts.count - 1 }

    mutating func intern(_ p: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        if length >= 1, length <= 9, p[0] != UInt8(ascii: "0") || length == 1 {
            var value = 0
            var digits = true
            for i in 0 ..< length {
                let d = Int(p[i]) &- 48
                if d < 0 || d > 9 { digits = false; break }
                value = value &* 10 &+ d
            }
            if digits && value < max(1 << 22, 8 * count) {
                if value < byNumber.count {
                    let known = byNumber[value]
                    if known >= 0 { return known }
                } else {
                    var size = byNumber.count
                    while size <= value { size *= 2 }
                    byNumber += [Int32](repeating: -1, count: size - byNumber.count)
                }
                let id = hashedIntern(p, length)
                byNumber[value] = id
                return id
            }
        }
        return hashedIntern(p, length)
    }

    private mutating func hashedIntern(_ p: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0 ..< length { h = (h ^ UInt64(p[i])) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h {
                let s = starts[Int(id)], e = starts[Int(id) + 1]
                if e - s == length && arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + s, p, length) == 0 }) { return id }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        slots[slot] = id
        hashes.append(h)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: length))
        starts.append(arena.count)
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0 ..< count {
            let h = hashes[id]
            var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        slots = bigger
    }

    func string(_ id: Int) -> String {
        arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[id] ..< starts[id + 1]]), as: UTF8.self) }
    }

    /// The ids sorted as `EventGraph` sorts them (String order; for ASCII, byte order, which is
    /// the same and much faster), and the map from interned index to sorted position.
    func sortedIDs(renamed: [String?]? = nil) -> (ids: [String], remap: [Int32]) {
        var strings = (0 ..< count).map { renamed?[$0] ?? string($0) }
        var order = Array(0 ..< count)
        let ascii = renamed == nil && !arena.contains { $0 >= 0x80 }
        let shortDecimal = ascii && count < Int(UInt32.max) && (0 ..< count).allSatisfy { starts[$0 + 1] - starts[$0] <= 8 }
            && !arena.contains { $0 < 48 || $0 > 57 }
        if shortDecimal {
            // Up to 8 digits, one nibble each (digit + 1; 0 pads), left-aligned: comparing the
            // packed words compares the strings byte by byte, shorter first on a tie.
            var keys = [UInt64](repeating: 0, count: count)
            for id in 0 ..< count {
                var packed: UInt64 = 0
                var shift: UInt64 = 60
                for k in starts[id] ..< starts[id + 1] { packed |= UInt64(arena[k] - 47) << shift; shift -= 4 }
                keys[id] = packed | UInt64(id)
            }
            keys.sort()
            for (rank, key) in keys.enumerated() { order[rank] = Int(key & 0xFFFF_FFFF) }
        } else if ascii {
            arena.withUnsafeBufferPointer { a in
                let b = a.baseAddress!
                order.sort { x, y in
                    let lx = starts[x + 1] - starts[x], ly = starts[y + 1] - starts[y]
                    let c = memcmp(b + starts[x], b + starts[y], min(lx, ly))
                    return c != 0 ? c < 0 : lx < ly
                }
            }
        } else {
            order.sort { strings[$0] < strings[$1] }
        }
        var remap = [Int32](repeating: 0, count: count)
        for (rank, id) in order.enumerated() { remap[id] = Int32(rank) }
        let sorted = order.map { strings[$0] }
        strings = []
        return (sorted, remap)
    }
}

import Foundation
import GraphModel

/// Options for GraphML output.
public struct GraphMLOptions: Sendable {
    /// Language of the `label` column (the one Gephi, yEd and igraph show).
    public var labels: LabelLanguage
    /// A numeric node attribute that sets Gephi's `size` column, scaled as in drawings.
    public var sizeBy: String?
    /// A node attribute that sets Gephi's `r`, `g`, `b` columns, with the drawing's colours.
    public var colorBy: String?
    public init(labels: LabelLanguage = .en, sizeBy: String? = nil, colorBy: String? = nil) {
        self.labels = labels; self.sizeBy = sizeBy; self.colorBy = colorBy
    }
}

/// Writes a graph as GraphML that validates against the GraphML 1.0 schema and reads in
/// networkx, igraph, Gephi and yEd.
///
/// Layout of the output, fixed so that the same graph always gives the same bytes:
/// - every `<key>` first: node keys, edge keys, graph keys; within each, the known columns
///   in `GraphFields` order (only those some element uses; `label`, `relation` and `weight`
///   always), then the free attributes sorted by name;
/// - key ids are `n_`/`e_`/`g_` + the column name, so node and edge columns never clash;
///   `attr.name` is the column name (Gephi matches `label`, `weight`, `x`, `y`, `size`,
///   `r`, `g`, `b` by name);
/// - a free attribute's type is the narrowest GraphML type holding all its values
///   (boolean, int, long, double, otherwise string);
/// - nodes and edges in id order, every edge with an id;
/// - ids and attribute names that are not NMTOKENs (spaces, Arabic, punctuation) are
///   rewritten deterministically; the original id is kept in `original_id`, the original
///   attribute name in the key's `<desc>`, and the reader restores both.
public enum GraphMLWriter {
    /// The graph as a GraphML document (UTF-8).
    public static func write(_ graph: EventGraph, options: GraphMLOptions = GraphMLOptions()) -> Data {
        var data = Data()
        emit(graph, options: options) { data.append($0.assumingMemoryBound(to: UInt8.self)) }
        return data
    }

    /// The document handed to `write` piece by piece, in order (the same bytes as `write(_:options:)`),
    /// so that it can go to a file without ever being held whole.
    public static func write(_ graph: EventGraph, options: GraphMLOptions = GraphMLOptions(),
                             pieces write: (UnsafeRawBufferPointer) -> Void) {
        emit(graph, options: options, write)
    }

    /// The document as one string (`write` gives the same bytes).
    public static func render(_ input: EventGraph, options: GraphMLOptions = GraphMLOptions()) -> String {
        var out: [UInt8] = []
        emit(input, options: options) { out.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Produces the document piece by piece, in order. The key declarations need every
    /// element's columns first, but not their evidence text, which is the bulk of an extracted
    /// graph: the first pass marks the evidence column as used without formatting it, and each
    /// element's full row is made only when it is written, so at most one ring of chunk buffers
    /// (`OrderedChunks.renderBytes`) is held at a time. Pieces are UTF-8 bytes, formatted into
    /// buffers reused from chunk to chunk.
    static func emit(_ input: EventGraph, options: GraphMLOptions, _ write: (UnsafeRawBufferPointer) -> Void) {
        let graph = withGephiStyle(input, options: options)
        let nodeIDs = GraphMLIDs.XMLIDs(graph.nodes, prefix: "n")
        let edgeIDs = GraphMLIDs.XMLIDs(graph.edges, prefix: "e")

        // Every element's row (without its evidence text) is made once, on every core, and
        // serves both the key declarations and the element's own lines.
        var nodeRows: [Row] = []
        nodeRows.reserveCapacity(graph.nodes.count)
        // Elements are read in place through their arrays' buffers here and below: an element
        // read out of the array (even for its id) was copied, retaining all its strings.
        OrderedChunks.render(count: graph.nodes.count, empty: [Row](), { range in
            graph.nodes.withUnsafeBufferPointer { nodes in
                range.map { nodeRow(at: nodes.baseAddress! + $0, options: options, rewrittenID: nodeIDs.rewritten(nodes.baseAddress! + $0),
                                    deferred: true) }
            }
        }, write: { nodeRows.append(contentsOf: $0) })
        var edgeRows: [Row] = []
        edgeRows.reserveCapacity(graph.edges.count)
        OrderedChunks.render(count: graph.edges.count, empty: [Row](), { range in
            graph.edges.withUnsafeBufferPointer { edges in
                range.map { edgeRow(at: edges.baseAddress! + $0, rewrittenID: edgeIDs.rewritten(edges.baseAddress! + $0), deferred: true) }
            }
        }, write: { edgeRows.append(contentsOf: $0) })
        let nodeKeys = KeyTable(domain: .node, known: GraphFields.nodeColumns, alwaysDeclared: [GraphFields.label],
                                knownTypes: [GraphFields.lat: .double, GraphFields.lon: .double], rows: nodeRows)
        nodeRows = []
        let edgeKeys = KeyTable(domain: .edge, known: GraphFields.edgeColumns,
                                alwaysDeclared: [GraphFields.relation, GraphFields.weight],
                                knownTypes: [GraphFields.weight: .double], rows: edgeRows)
        edgeRows = []
        let graphKeys = KeyTable(domain: .graph, known: [], alwaysDeclared: [], knownTypes: [:],
                                 rows: [Row(known: KnownValues(columns: []), free: graph.attributes)])

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for table in [nodeKeys, edgeKeys, graphKeys] {
            for key in table.keys { out += key.declaration }
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.directed ? "directed" : "undirected")\">\n"
        out += graphKeys.dataLines(row: 0, indent: "    ")
        out.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        // Elements are formatted on every core, a chunk at a time, and written in id order.
        let buffers = ChunkBuffers()
        // Ids are written from where they are stored (`XMLIDs.append`): an edge's source and
        // target are node ids whose storage every edge naming the node shares, and reading one
        // out of its edge retained it, an atomic increment on a line both cores write.
        let inPlace = BorrowedUTF8.layoutIsKnown
        renderElements(graph.nodes, keys: nodeKeys, buffers: buffers, closeTag: "    </node>\n", openTag: { node, piece in
            piece.appendASCII("    <node id=\"")
            nodeIDs.append(storedField(node, \.id), inPlace: inPlace, to: &piece)
            piece.appendASCII("\">\n")
        }, write: write)
        renderElements(graph.edges, keys: edgeKeys, buffers: buffers, closeTag: "    </edge>\n", openTag: { edge, piece in
            piece.appendASCII("    <edge id=\"")
            edgeIDs.append(storedField(edge, \.id), inPlace: inPlace, to: &piece)
            piece.appendASCII("\" source=\"")
            nodeIDs.append(storedField(edge, \.source), inPlace: inPlace, to: &piece)
            piece.appendASCII("\" target=\"")
            nodeIDs.append(storedField(edge, \.target), inPlace: inPlace, to: &piece)
            piece.appendASCII("\">\n")
        }, write: write)
        var end = "  </graph>\n</graphml>\n"
        end.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes the elements of one kind (`<node>` or `<edge>`), formatted a chunk at a time on
    /// every core and written in order: `openTag` writes an element's opening tag, then come its
    /// data lines (`keys`' row `n`, with its evidence and sources) and `closeTag`. Elements are
    /// read in place through the array's buffer: one read out of the array (even for its id)
    /// would be copied, retaining all its strings; its evidence and sources lists are read where
    /// they are stored too (`GraphMLElement`), not retained and released once per element.
    private static func renderElements<Element: GraphMLElement>(
        _ elements: [Element], keys: KeyTable, buffers: borrowing ChunkBuffers, closeTag: StaticString,
        openTag: (UnsafePointer<Element>, inout ByteBuffer) -> Void,
        write: (UnsafeRawBufferPointer) -> Void
    ) {
        let chunks = OrderedChunks.chunks(weights: keys.rows.map(\.size))
        let evidenceOffset = Element.evidenceOffset, sourcesOffset = Element.sourcesOffset
        OrderedChunks.renderBytes(chunks, buffers: buffers, { range, piece in
            elements.withUnsafeBufferPointer { elements in
                keys.withDataLines { lines in
                    for n in range {
                        let element = UnsafeRawPointer(elements.baseAddress! + n)
                        openTag(element.assumingMemoryBound(to: Element.self), &piece)
                        lines.append(row: n, evidence: (element + evidenceOffset).assumingMemoryBound(to: [Evidence].self),
                                     sources: (element + sourcesOffset).assumingMemoryBound(to: [String].self),
                                     indent: "      ", to: &piece)
                        piece.appendASCII(closeTag)
                    }
                }
            }
        }, write: write)
    }

    /// Adds Gephi's `size` (points: the drawing's width in inches × 20) and `r`, `g`, `b`
    /// (the drawing's fill colour) to each node, from `sizeBy` and `colorBy`.
    static func withGephiStyle(_ graph: EventGraph, options: GraphMLOptions) -> EventGraph {
        guard options.sizeBy != nil || options.colorBy != nil else { return graph }
        var g = graph
        for (id, width) in DOTWriter.nodeSizes(graph, attribute: options.sizeBy) {
            g.updateNode(id) { $0.attributes["size"] = .double((width * 20 * 100).rounded() / 100) }
        }
        for (id, hex) in DOTWriter.nodeFills(graph, attribute: options.colorBy, theme: .standard) {
            guard hex.count == 7, let rgb = Int(hex.dropFirst(), radix: 16) else { continue }
            g.updateNode(id) {
                $0.attributes["r"] = .int(rgb >> 16)
                $0.attributes["g"] = .int((rgb >> 8) & 0xFF)
                $0.attributes["b"] = .int(rgb & 0xFF)
            }
        }
        return g
    }

    // MARK: rows

    /// One element's values: known columns as text, free attributes typed.
    struct Row {
        var known: KnownValues
        var free: [String: AttributeValue]
        /// Roughly the bytes of the element's deferred columns (evidence, sources), which are
        /// nearly all of an element's bytes: chunks are cut by it (`OrderedChunks.chunks`).
        /// Only sizes work; never decides output.
        var size = 0
    }

    /// The known columns' values of one element, by position in its domain's column list
    /// (`GraphFields.nodeColumns`, `edgeColumns`; `NodeColumn`, `EdgeColumn`). Shaped for speed:
    /// a row was a `[String: String]`, so every element of the graph (60,000 in a 10,000-article
    /// corpus) built a dictionary, hashed each of its column names once to fill it, once more to
    /// declare the keys and once per declared column when written; by position, a column is an
    /// array index. Reading by name (`subscript(name)`, `keys`) is kept for the CSV writer.
    struct KnownValues {
        /// The domain's columns; `values[i]` belongs to `columns[i]`.
        let columns: [String]
        var values: [String?]

        init(columns: [String]) {
            self.columns = columns
            values = Array(repeating: nil, count: columns.count)
        }

        /// The value of the column named `name` (nil when unset or not a column of the domain).
        subscript(name: String) -> String? {
            columns.firstIndex(of: name).flatMap { values[$0] }
        }

        /// The names of the columns that have a value, in column order.
        var keys: [String] { columns.indices.filter { values[$0] != nil }.map { columns[$0] } }
    }

    /// Positions of the node columns in `GraphFields.nodeColumns` (a test checks them).
    enum NodeColumn {
        static let label = 0, kind = 1, actorType = 2, nameAr = 3, nameEn = 4, aliases = 5, date = 6, datePrecision = 7,
                   dateRule = 8, dateAnchor = 9, modality = 10, lat = 11, lon = 12, sources = 13, evidence = 14, originalID = 15
    }

    /// Positions of the edge columns in `GraphFields.edgeColumns` (a test checks them).
    enum EdgeColumn {
        static let relation = 0, weight = 1, date = 2, datePrecision = 3, dateRule = 4, dateAnchor = 5, sources = 6,
                   evidence = 7, originalID = 8
    }

    /// Where the date columns are in a domain's list.
    private struct DateColumns { var date: Int, precision: Int, rule: Int, anchor: Int }

    /// `deferred`: the evidence and sources columns hold "" when the element has evidence or
    /// sources, enough to declare them; the writer formats them straight into its buffer
    /// (`KeyTable.DataLines`). They are most of an extracted graph's bytes, and every
    /// row is held until the key table is made.
    static func nodeRow(_ n: Node, options: GraphMLOptions, xmlID: String, deferred: Bool = false) -> Row {
        withUnsafePointer(to: n) { nodeRow(at: $0, options: options, rewrittenID: xmlID, deferred: deferred) }
    }

    /// The node read in place: handed over by value from its array, the whole node was copied
    /// (every string and array of it retained) to make a row of a few of its fields.
    /// `rewrittenID`: the node's XML id, nil when it is the node's id (nothing is compared then).
    static func nodeRow(at n: UnsafePointer<Node>, options: GraphMLOptions, rewrittenID: String?, deferred: Bool = false) -> Row {
        var k = KnownValues(columns: GraphFields.nodeColumns)
        k.values[NodeColumn.label] = n.pointee.label(options.labels)
        k.values[NodeColumn.kind] = n.pointee.kind?.rawValue
        k.values[NodeColumn.actorType] = n.pointee.actorType?.rawValue
        k.values[NodeColumn.nameAr] = n.pointee.nameAr
        k.values[NodeColumn.nameEn] = n.pointee.nameEn
        if !n.pointee.aliases.isEmpty { k.values[NodeColumn.aliases] = GraphFields.joinList(n.pointee.aliases) }
        addDate(n.pointee.date, to: &k, DateColumns(date: NodeColumn.date, precision: NodeColumn.datePrecision,
                                                   rule: NodeColumn.dateRule, anchor: NodeColumn.dateAnchor))
        k.values[NodeColumn.modality] = n.pointee.modality?.rawValue
        if let c = n.pointee.coordinates {
            k.values[NodeColumn.lat] = AttributeValue.format(c.lat)
            k.values[NodeColumn.lon] = AttributeValue.format(c.lon)
        }
        let evidence = n.pointee.evidence.count, sources = n.pointee.sources.count
        if sources > 0 { k.values[NodeColumn.sources] = deferred ? "" : GraphFields.joinList(n.pointee.sources) }
        if evidence > 0 { k.values[NodeColumn.evidence] = deferred ? "" : GraphFields.formatEvidence(n.pointee.evidence) }
        if let xmlID = rewrittenID, xmlID != n.pointee.id { k.values[NodeColumn.originalID] = n.pointee.id }
        return Row(known: k, free: n.pointee.attributes, size: deferredSize(evidence: evidence, sources: sources))
    }

    static func edgeRow(_ e: Edge, xmlID: String, deferred: Bool = false) -> Row {
        withUnsafePointer(to: e) { edgeRow(at: $0, rewrittenID: xmlID, deferred: deferred) }
    }

    /// The edge read in place (see `nodeRow(at:)`).
    static func edgeRow(at e: UnsafePointer<Edge>, rewrittenID: String?, deferred: Bool = false) -> Row {
        var k = KnownValues(columns: GraphFields.edgeColumns)
        k.values[EdgeColumn.relation] = e.pointee.relation.rawValue
        k.values[EdgeColumn.weight] = AttributeValue.format(e.pointee.weight)
        addDate(e.pointee.date, to: &k, DateColumns(date: EdgeColumn.date, precision: EdgeColumn.datePrecision,
                                                   rule: EdgeColumn.dateRule, anchor: EdgeColumn.dateAnchor))
        let evidence = e.pointee.evidence.count, sources = e.pointee.sources.count
        if sources > 0 { k.values[EdgeColumn.sources] = deferred ? "" : GraphFields.joinList(e.pointee.sources) }
        if evidence > 0 { k.values[EdgeColumn.evidence] = deferred ? "" : GraphFields.formatEvidence(e.pointee.evidence) }
        if let xmlID = rewrittenID, xmlID != e.pointee.id { k.values[EdgeColumn.originalID] = e.pointee.id }
        return Row(known: k, free: e.pointee.attributes, size: deferredSize(evidence: evidence, sources: sources))
    }

    /// `Row.size`: counts only, no string is read (an evidence record is about 90 bytes in an
    /// extracted graph, a source name about 16).
    private static func deferredSize(evidence: Int, sources: Int) -> Int {
        256 + 96 * evidence + 16 * sources
    }

    private static func addDate(_ date: EventDate?, to k: inout KnownValues, _ at: DateColumns) {
        guard let d = date else { return }
        k.values[at.date] = GraphFields.dateText(d)
        k.values[at.precision] = d.precision.rawValue
        k.values[at.rule] = d.trace?.rule
        k.values[at.anchor] = d.trace?.anchor
    }

    // MARK: keys

    enum Domain: String { case node, edge, graph
        var prefix: String { String(rawValue.prefix(1)) }
    }

    /// GraphML value types, narrowest first.
    enum ValueType: String { case boolean, int, long, double, string }

    struct Key {
        var id: String
        var name: String
        /// The column name before it was made an NMTOKEN, when it differed.
        var originalName: String?
        var type: ValueType
        var domain: Domain
        /// true: a known column (values in `Row.known`); false: a free attribute.
        var isKnown: Bool
        /// A known column's position in `Row.known`.
        var column = -1
        /// A known column: whether some row has a free attribute of the column's name (written
        /// where the element has no value of its own). Without one, no row is looked up by name.
        var freeFallback = false
        /// A free attribute: its name in `Row.free`.
        var freeName = ""

        var declaration: String {
            let head = "  <key id=\"\(XMLText.attribute(id))\" for=\"\(domain.rawValue)\" attr.name=\"\(XMLText.attribute(name))\" attr.type=\"\(type.rawValue)\""
            guard let original = originalName else { return head + "/>\n" }
            return head + "><desc>\(XMLText.content(original))</desc></key>\n"
        }
    }

    /// The keys of one domain and how to write each row's data under them.
    struct KeyTable {
        var keys: [Key] = []
        var rows: [Row]
        /// `<data key="ID">` for each key, escaped once rather than once per element, one after
        /// the other; key `k`'s ends at `dataOpeningTagEnds[k]`.
        var dataOpeningTags: [UInt8] = []
        var dataOpeningTagEnds: [Int] = []
        /// The indices of the known `evidence` and `sources` keys, when declared.
        var evidenceColumn: Int?
        var sourcesColumn: Int?

        init(domain: Domain, known: [String], alwaysDeclared: Set<String>,
             knownTypes: [String: ValueType], rows: [Row]) {
            self.rows = rows
            let knownSet = Set(known)
            // Per free attribute name, the narrowest type of its values so far (`TypeFold`):
            // the same as `narrowestType` of all of them, without holding them.
            var typeByName: [String: TypeFold] = [:]
            var usedColumn = known.map(alwaysDeclared.contains)
            for r in rows {
                assert(r.known.columns == known, "a row's known columns are not the key table's")
                r.known.values.withUnsafeBufferPointer { values in
                    for i in values.indices where values[i] != nil { usedColumn[i] = true }
                }
                for (name, v) in r.free { typeByName[name, default: TypeFold()].add(v) }
            }
            // A free attribute named like a known column (an imported `kind` whose value we do
            // not know) is written in that column, as text, where the element has no value of
            // its own there; so the column is declared.
            for (i, name) in known.enumerated() where typeByName[name] != nil { usedColumn[i] = true }
            for (i, name) in known.enumerated() where usedColumn[i] {
                keys.append(Key(id: "\(domain.prefix)_\(name)", name: name, originalName: nil,
                                type: knownTypes[name] ?? .string, domain: domain, isKnown: true,
                                column: i, freeFallback: typeByName[name] != nil))
            }
            var takenNames = Set(keys.map(\.name))
            var takenIDs = Set(keys.map(\.id))
            for name in typeByName.keys.sorted() where !knownSet.contains(name) {
                let clean = GraphMLIDs.uniqueToken(GraphMLIDs.nmtoken(name, prefix: "attr"), taken: &takenNames)
                let id = GraphMLIDs.uniqueToken("\(domain.prefix)_\(clean)", taken: &takenIDs)
                keys.append(Key(id: id, name: clean, originalName: clean == name ? nil : name,
                                type: typeByName[name]!.type, domain: domain, isKnown: false, freeName: name))
            }
            for key in keys {
                dataOpeningTags += Array("<data key=\"\(XMLText.attribute(key.id))\">".utf8)
                dataOpeningTagEnds.append(dataOpeningTags.count)
            }
            evidenceColumn = keys.firstIndex { $0.isKnown && $0.name == GraphFields.evidence }
            sourcesColumn = keys.firstIndex { $0.isKnown && $0.name == GraphFields.sources }
        }

        /// The `<data>` lines of row `row`, as text (the graph's own attributes).
        func dataLines(row: Int, indent: String) -> String {
            var out = ByteBuffer()
            let noEvidence: [Evidence] = [], noSources: [String] = []
            withUnsafePointer(to: noEvidence) { evidence in
                withUnsafePointer(to: noSources) { sources in
                    withDataLines { $0.append(row: row, evidence: evidence, sources: sources, indent: indent, to: &out) }
                }
            }
            return String(decoding: out.bytes, as: UTF8.self)
        }

        /// The table read through pointers for the duration of `body` (a chunk of elements).
        /// Shaped for speed: the keys, the opening tags and the rows are shared by the threads
        /// formatting chunks, and reading them out of their arrays per element and per key
        /// retained them (an atomic increment on a cache line both cores write) and copied each
        /// row, its arrays and dictionary retained.
        func withDataLines<R>(_ body: (DataLines) -> R) -> R {
            keys.withUnsafeBufferPointer { keys in
                rows.withUnsafeBufferPointer { rows in
                    dataOpeningTags.withUnsafeBufferPointer { tags in
                        dataOpeningTagEnds.withUnsafeBufferPointer { tagEnds in
                            body(DataLines(keys: keys, rows: rows, tags: tags, tagEnds: tagEnds,
                                           evidenceColumn: evidenceColumn, sourcesColumn: sourcesColumn))
                        }
                    }
                }
            }
        }

        /// Writes rows' `<data>` lines; valid inside `withDataLines` only.
        struct DataLines {
            let keys: UnsafeBufferPointer<Key>
            let rows: UnsafeBufferPointer<Row>
            let tags: UnsafeBufferPointer<UInt8>
            let tagEnds: UnsafeBufferPointer<Int>
            let evidenceColumn: Int?
            let sourcesColumn: Int?

            @inline(__always)
            private func appendOpening(_ k: Int, indent: String, to out: inout ByteBuffer) {
                out.appendUTF8(indent)
                let start = k == 0 ? 0 : tagEnds[k - 1]
                out.append(UnsafeBufferPointer(rebasing: tags[start..<tagEnds[k]]))
            }

            /// Appends row `row`'s `<data>` lines. `evidence` and `sources` point to the element's
            /// lists when the row was made without them (`deferred`: their columns then hold ""):
            /// they are formatted straight into `out` (`GraphMLEvidence`), not built as one string
            /// and escaped as a second; read where they are stored, not retained.
            func append(row: Int, evidence: UnsafePointer<[Evidence]>, sources: UnsafePointer<[String]>, indent: String,
                        to out: inout ByteBuffer) {
                let row = rows.baseAddress! + row
                let hasFree = !row.pointee.free.isEmpty
                row.pointee.known.values.withUnsafeBufferPointer { known in
                    for k in keys.indices {
                        let text: String?
                        if keys[k].isKnown {
                            let own = known[keys[k].column]
                            if own == "" {
                                if k == evidenceColumn, !evidence.pointee.isEmpty {
                                    appendOpening(k, indent: indent, to: &out)
                                    GraphMLEvidence.appendContent(evidence, to: &out)
                                    out.appendASCII("</data>\n")
                                    continue
                                }
                                if k == sourcesColumn, !sources.pointee.isEmpty {
                                    appendOpening(k, indent: indent, to: &out)
                                    GraphMLEvidence.appendListContent(sources, to: &out)
                                    out.appendASCII("</data>\n")
                                    continue
                                }
                            }
                            text = own ?? (keys[k].freeFallback && hasFree ? row.pointee.free[keys[k].name].flatMap { v in
                                // A double column takes only numbers.
                                keys[k].type == .double && v.doubleValue == nil ? nil : KeyTable.text(v, as: keys[k].type)
                            } : nil)
                        } else {
                            text = hasFree ? row.pointee.free[keys[k].freeName].map { KeyTable.text($0, as: keys[k].type) } : nil
                        }
                        guard let t = text else { continue }
                        appendOpening(k, indent: indent, to: &out)
                        out.appendXMLContent(t)
                        out.appendASCII("</data>\n")
                    }
                }
            }
        }

        /// `narrowestType` folded one value at a time: a free attribute's values are not kept.
        /// The order of the values does not matter: the result is string if any value is a
        /// string or both booleans and numbers occur, else double if any is, else long if any
        /// int is outside Int32, else int if any number occurs, else boolean.
        struct TypeFold {
            var sawString = false, sawBool = false, sawNumber = false, sawDouble = false, sawLong = false

            mutating func add(_ v: AttributeValue) {
                switch v {
                case .string: sawString = true
                case .bool: sawBool = true
                case .int(let i):
                    sawNumber = true
                    if !(Int(Int32.min)...Int(Int32.max)).contains(i) { sawLong = true }
                case .double:
                    sawNumber = true
                    sawDouble = true
                }
            }

            var type: ValueType {
                if sawString || (sawBool && sawNumber) { return .string }
                if sawDouble { return .double }
                if sawLong { return .long }
                return sawNumber ? .int : .boolean
            }
        }

        static func narrowestType(_ values: [AttributeValue]) -> ValueType {
            var best = ValueType.boolean
            var sawBool = false, sawNumber = false
            for v in values {
                switch v {
                case .string: return .string
                case .bool: sawBool = true
                case .int(let i):
                    sawNumber = true
                    let t: ValueType = (Int(Int32.min)...Int(Int32.max)).contains(i) ? .int : .long
                    if best == .boolean || (best == .int && t == .long) { best = t }
                case .double:
                    sawNumber = true
                    best = .double
                }
                if sawBool && sawNumber { return .string }
            }
            return best
        }

        static func text(_ v: AttributeValue, as type: ValueType) -> String {
            switch (v, type) {
            case (.double(let d), _): return AttributeValue.format(d)
            default: return v.description
            }
        }
    }
}

/// Turning arbitrary ids and names into XML NMTOKENs, deterministically.
enum GraphMLIDs {
    /// Whether `s` is an NMTOKEN made of ASCII name characters (`[A-Za-z0-9._:-]+`).
    /// Non-ASCII name characters are valid XML but are rewritten too: several consumers
    /// (DOT, older Gephi builds) handle them badly.
    static func isToken(_ s: String) -> Bool {
        // On the bytes in place: every element id of the graph is tested once per document.
        UTF8Bytes.with(s, isToken)
    }

    /// `isToken` of a string's UTF-8 bytes.
    static func isToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x3A
        }
    }

    /// `s` if it is a token, otherwise `prefix-slug-hash8` (or `prefix-hash12` when `s` has
    /// no Latin letters or digits), from `StableID`.
    static func nmtoken(_ s: String, prefix: String) -> String {
        if isToken(s) { return s }
        let slug = String(StableID.slug(s).prefix(40))
        let h = StableID.hash([s])
        return slug.isEmpty ? "\(prefix)-\(h.prefix(12))" : "\(prefix)-\(slug)-\(h.prefix(8))"
    }

    /// `token`, or `token-2`, `token-3`, ... whichever is free; records the one chosen.
    static func uniqueToken(_ token: String, taken: inout Set<String>) -> String {
        var candidate = token
        var n = 2
        while taken.contains(candidate) { candidate = "\(token)-\(n)"; n += 1 }
        taken.insert(candidate)
        return candidate
    }

    /// The XML id of every element id of one kind. When every id is a token already (an
    /// extracted graph's ids are), each is its own XML id and no table is built or probed:
    /// the writer looks up three ids per edge.
    struct XMLIDs: Sendable {
        /// id → XML id; nil when every id is its own.
        private let rewritten: [String: String]?

        init(_ ids: [String], prefix: String) {
            rewritten = ids.allSatisfy(GraphMLIDs.isToken) ? nil : GraphMLIDs.assign(ids, prefix: prefix)
        }

        /// The XML ids of the elements' ids. Each id is tested where it is stored: the ids
        /// are not collected (an array of every id, each retained) unless one is rewritten.
        init<Element: GraphMLElement>(_ elements: [Element], prefix: String) {
            let inPlace = BorrowedUTF8.layoutIsKnown
            let allTokens = elements.withUnsafeBufferPointer { elements in
                elements.indices.allSatisfy { i in
                    BorrowedUTF8.with(Element.id(of: elements.baseAddress! + i), inPlace: inPlace, GraphMLIDs.isToken)
                }
            }
            rewritten = allTokens ? nil : GraphMLIDs.assign(elements.withUnsafeBufferPointer { elements in
                elements.indices.map { Element.id(of: elements.baseAddress! + $0).pointee }
            }, prefix: prefix)
        }

        /// The XML id of `id` (one of the ids given).
        subscript(id: String) -> String {
            guard let rewritten else { return id }
            return rewritten[id]!
        }

        /// The element's XML id when it differs from the element's id; nil when it is the id.
        func rewritten<Element: GraphMLElement>(_ element: UnsafePointer<Element>) -> String? {
            guard let rewritten else { return nil }
            let id = Element.id(of: element).pointee
            return rewritten[id]!
        }

        /// Appends the XML id of the id stored at `id` (one of the ids given), escaped for an
        /// attribute. When every id is its own, its bytes are copied from where they are stored
        /// (`BorrowedUTF8`), without retaining the string. Every id given was found to be a
        /// token, which holds nothing XML escapes; the bytes are still tested (a short scan of
        /// ASCII), so an id from outside the table (an edge's endpoint that names no node)
        /// could never make the document malformed.
        @inline(__always)
        func append(_ id: UnsafePointer<String>, inPlace: Bool, to out: inout ByteBuffer) {
            guard let rewritten else {
                BorrowedUTF8.with(id, inPlace: inPlace) { bytes in
                    assert(GraphMLIDs.isToken(bytes), "an id not among the ids the table was made of")
                    out.appendXMLAttribute(bytes)
                }
                return
            }
            out.appendXMLAttribute(rewritten[id.pointee]!)
        }
    }

    /// Maps each id to its XML id: valid ids are kept (they are reserved first, so a
    /// rewritten id never takes a real one), the others rewritten in the given order.
    static func assign(_ ids: [String], prefix: String) -> [String: String] {
        var taken = Set(ids.filter(isToken))
        var map: [String: String] = [:]
        map.reserveCapacity(ids.count)
        for id in ids {
            map[id] = isToken(id) ? id : uniqueToken(nmtoken(id, prefix: prefix), taken: &taken)
        }
        return map
    }
}

/// What the element loop reads of a node or an edge besides its row: its id and the lists
/// written straight into the document (`GraphMLWriter.renderElements`), found where they are
/// stored in the element so that they are read in place, without a retain and a release each.
protocol GraphMLElement {
    /// Byte offsets of the element's `evidence` and `sources` lists within it.
    static var evidenceOffset: Int { get }
    static var sourcesOffset: Int { get }
    /// Where the element's id is stored (`element` points to an element).
    static func id(of element: UnsafePointer<Self>) -> UnsafePointer<String>
}

extension Node: GraphMLElement {
    static var evidenceOffset: Int { MemoryLayout<Node>.offset(of: \.evidence)! }
    static var sourcesOffset: Int { MemoryLayout<Node>.offset(of: \.sources)! }
    static func id(of element: UnsafePointer<Node>) -> UnsafePointer<String> {
        storedField(element, \.id)
    }
}

extension Edge: GraphMLElement {
    static var evidenceOffset: Int { MemoryLayout<Edge>.offset(of: \.evidence)! }
    static var sourcesOffset: Int { MemoryLayout<Edge>.offset(of: \.sources)! }
    static func id(of element: UnsafePointer<Edge>) -> UnsafePointer<String> {
        storedField(element, \.id)
    }
}

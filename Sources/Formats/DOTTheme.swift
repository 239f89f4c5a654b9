import GraphModel

/// How the DOT writer draws a graph: shapes and fills by node kind (actors tinted by actor
/// type), line style and colour by relation, fonts, and the palettes for `colorBy`.
///
/// Colours are pale enough for black text; event roles are solid lines, entity relations
/// dashed or dotted, so the two families read apart even in greyscale.
public struct DOTTheme: Hashable, Sendable {
    /// How one kind of node is drawn.
    public struct NodeStyle: Hashable, Sendable {
        public var shape: String
        /// Graphviz `style`, e.g. "filled" or "filled,rounded".
        public var style: String
        public var fillColor: String
        public var borderColor: String
        public var fontColor: String
        public init(shape: String, style: String = "filled", fillColor: String,
                    borderColor: String = "#4d4d4d", fontColor: String = "#000000") {
            self.shape = shape; self.style = style; self.fillColor = fillColor
            self.borderColor = borderColor; self.fontColor = fontColor
        }
    }

    /// How one relation is drawn.
    public struct EdgeStyle: Hashable, Sendable {
        public var color: String
        /// "solid", "dashed", "dotted" or "bold".
        public var style: String
        /// Symmetric relations are drawn without an arrowhead.
        public var undirected: Bool
        public init(color: String, style: String, undirected: Bool = false) {
            self.color = color; self.style = style; self.undirected = undirected
        }
    }

    /// A comma-separated family list: pango takes each character from the first family
    /// that has it, so Latin comes from Noto Sans and Arabic from Noto Sans Arabic, with
    /// DejaVu Sans (which also has Arabic) as the fallback.
    public var fontName: String
    public var fontSize: Double
    public var edgeFontSize: Double
    public var titleFontSize: Double

    public var nodeStyles: [NodeKind: NodeStyle]
    /// Fill colour of actors by actor type (the actor style's fill is used for untyped actors).
    public var actorTints: [ActorType: String]
    /// Nodes with no kind (plain imported graphs).
    public var untypedNode: NodeStyle
    public var edgeStyles: [Relation: EdgeStyle]
    /// Relations the theme does not know, and `unspecified`.
    public var otherEdge: EdgeStyle
    /// Nodes listed in `DOTOptions.greyed`, and the edges touching them.
    public var greyedNode: NodeStyle
    public var greyedEdgeColor: String

    /// Categorical colours for `colorBy` on integer or text values (ColorBrewer Set3,
    /// Harrower & Brewer 2003, doi:10.1179/000870403235002042).
    public var categoricalPalette: [String]
    /// Low and high ends of the ramp for `colorBy` on fractional values (ColorBrewer Blues).
    public var sequentialLow: RGB
    public var sequentialHigh: RGB

    /// How event labels name a modality other than `completed`, per label language.
    public var modalityNames: [LabelLanguage: [Modality: String]]
    /// What an event without a name is called in its label, per label language.
    public var eventNames: [LabelLanguage: [NodeKind: String]]
    /// The legend's heading.
    public var legendTitle: String

    /// The standard theme.
    public static let standard = DOTTheme(
        fontName: "Noto Sans,Noto Sans Arabic,DejaVu Sans",
        fontSize: 11, edgeFontSize: 8, titleFontSize: 16,
        nodeStyles: [
            .actor: NodeStyle(shape: "ellipse", fillColor: "#e0e0e0"),
            .base: NodeStyle(shape: "house", fillColor: "#ccebc5"),
            .place: NodeStyle(shape: "box", style: "filled,rounded", fillColor: "#f0f0f0"),
            .attack: NodeStyle(shape: "octagon", fillColor: "#fb8072"),
            .withdrawal: NodeStyle(shape: "hexagon", fillColor: "#80b1d3"),
        ],
        actorTints: [
            .state: "#c6dbef",
            .coalition: "#9ecae1",
            .militaryForce: "#fdd0a2",
            .armedGroup: "#fcbba1",
            .governmentBody: "#d9f0d3",
            .person: "#dadaeb",
            .media: "#fff7bc",
        ],
        untypedNode: NodeStyle(shape: "ellipse", fillColor: "#ffffff"),
        edgeStyles: [
            // Event roles: solid.
            .attacker: EdgeStyle(color: "#d7301f", style: "solid"),
            .target: EdgeStyle(color: "#fc8d59", style: "solid"),
            .actor: EdgeStyle(color: "#2171b5", style: "solid"),
            .from: EdgeStyle(color: "#8c6d31", style: "solid"),
            .recipient: EdgeStyle(color: "#238b45", style: "solid"),
            .location: EdgeStyle(color: "#737373", style: "solid"),
            // Entity relations: dashed or dotted.
            .partOf: EdgeStyle(color: "#6a51a3", style: "dashed"),
            .memberOf: EdgeStyle(color: "#807dba", style: "dashed"),
            .leads: EdgeStyle(color: "#54278f", style: "dashed"),
            .spokespersonOf: EdgeStyle(color: "#9e9ac8", style: "dotted"),
            .backedBy: EdgeStyle(color: "#e7298a", style: "dashed"),
            .alliedWith: EdgeStyle(color: "#1b9e77", style: "dashed", undirected: true),
            .locatedIn: EdgeStyle(color: "#969696", style: "dotted"),
            .accuses: EdgeStyle(color: "#d95f02", style: "dotted"),
            .claimed: EdgeStyle(color: "#a50f15", style: "dashed"),
            .hostileTo: EdgeStyle(color: "#e31a1c", style: "dotted", undirected: true),
        ],
        otherEdge: EdgeStyle(color: "#525252", style: "solid"),
        greyedNode: NodeStyle(shape: "ellipse", fillColor: "#f5f5f5", borderColor: "#cccccc", fontColor: "#a0a0a0"),
        greyedEdgeColor: "#dddddd",
        categoricalPalette: ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                             "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"],
        sequentialLow: RGB(0xf7, 0xfb, 0xff), sequentialHigh: RGB(0x6b, 0xae, 0xd6),
        modalityNames: [
            .en: [.planned: "planned", .announced: "announced", .claimed: "claimed", .denied: "denied"],
            .ar: [.planned: "مخطط", .announced: "معلن", .claimed: "مزعوم", .denied: "منفي"],
        ],
        eventNames: [
            .en: [.attack: "Attack", .withdrawal: "Withdrawal"],
            .ar: [.attack: "هجوم", .withdrawal: "انسحاب"],
        ],
        legendTitle: "Legend"
    )

    public init(fontName: String, fontSize: Double, edgeFontSize: Double, titleFontSize: Double,
                nodeStyles: [NodeKind: NodeStyle], actorTints: [ActorType: String], untypedNode: NodeStyle,
                edgeStyles: [Relation: EdgeStyle], otherEdge: EdgeStyle, greyedNode: NodeStyle,
                greyedEdgeColor: String, categoricalPalette: [String], sequentialLow: RGB, sequentialHigh: RGB,
                modalityNames: [LabelLanguage: [Modality: String]],
                eventNames: [LabelLanguage: [NodeKind: String]], legendTitle: String) {
        self.fontName = fontName; self.fontSize = fontSize; self.edgeFontSize = edgeFontSize
        self.titleFontSize = titleFontSize; self.nodeStyles = nodeStyles; self.actorTints = actorTints
        self.untypedNode = untypedNode; self.edgeStyles = edgeStyles; self.otherEdge = otherEdge
        self.greyedNode = greyedNode; self.greyedEdgeColor = greyedEdgeColor
        self.categoricalPalette = categoricalPalette; self.sequentialLow = sequentialLow
        self.sequentialHigh = sequentialHigh; self.modalityNames = modalityNames
        self.eventNames = eventNames; self.legendTitle = legendTitle
    }

    /// The style of a node from its kind and actor type (before greying and `colorBy`).
    public func style(for node: Node) -> NodeStyle {
        guard let kind = node.kind, var style = nodeStyles[kind] else { return untypedNode }
        if kind == .actor, let type = node.actorType, let tint = actorTints[type] { style.fillColor = tint }
        return style
    }

    /// The relation's style; `otherEdge` for relations the theme does not know.
    public func style(for relation: Relation) -> EdgeStyle {
        edgeStyles[relation] ?? otherEdge
    }

    /// The label of an event that has no name: its kind in the label language (both
    /// languages for `both`); nil when the theme has no word for it.
    public func eventName(_ kind: NodeKind, language: LabelLanguage) -> String? {
        switch language {
        case .en, .ar: return eventNames[language]?[kind]
        case .both:
            let words = [eventNames[.en]?[kind], eventNames[.ar]?[kind]].compactMap { $0 }
            return words.isEmpty ? nil : words.joined(separator: "\n")
        }
    }

    /// The word for a modality in a label language (`both` uses English); nil for
    /// `completed`, which labels leave unsaid.
    public func modalityName(_ modality: Modality, language: LabelLanguage) -> String? {
        guard modality != .completed else { return nil }
        let names = modalityNames[language == .ar ? .ar : .en] ?? [:]
        return names[modality] ?? modality.rawValue
    }
}

/// An sRGB colour, for interpolating ramps.
public struct RGB: Hashable, Sendable {
    public var red: UInt8, green: UInt8, blue: UInt8
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) { self.red = red; self.green = green; self.blue = blue }

    /// `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { String([digits[Int($0 >> 4)], digits[Int($0 & 0xF)]]) }.joined()
    }

    /// Linear interpolation per channel, `t` clamped to [0, 1].
    public static func mix(_ a: RGB, _ b: RGB, _ t: Double) -> RGB {
        let t = min(max(t, 0), 1)
        func channel(_ x: UInt8, _ y: UInt8) -> UInt8 { UInt8((Double(x) + (Double(y) - Double(x)) * t).rounded()) }
        return RGB(channel(a.red, b.red), channel(a.green, b.green), channel(a.blue, b.blue))
    }
}

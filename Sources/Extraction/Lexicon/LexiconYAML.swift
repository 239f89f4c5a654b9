// libyaml, as built by the Yams package (its C target). The lexicon reads the parser's event
// stream directly: Yams.compose builds a tree of tagged, anchored nodes whose reference
// counting was most of the load time, while the lexicon needs only strings, lists, maps and
// line numbers. Loading happens at every run, so this is on every run's start-up path.
import CYaml

/// A YAML node as the lexicon needs it: scalars as raw text (no type resolution), lists,
/// mappings in file order, and the 1-based line where each node starts.
struct YAMLNode: Sendable {
    enum Value: Sendable {
        /// `plain` is false for quoted and block scalars: `"null"` is a string, `null` is not.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }
    var value: Value
    var line: Int

    struct Scalar { var string: String; var plain: Bool }

    var scalar: Scalar? {
        if case .scalar(let s, let plain) = value { return Scalar(string: s, plain: plain) }
        return nil
    }
    /// The text of a scalar.
    var string: String? { scalar?.string }
    var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }
    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }
    /// The value under a scalar key of a mapping.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.string == key }?.value
    }
}

/// A YAML document that libyaml rejects, or a construct the lexicon does not accept.
struct YAMLSyntaxError: Error, Sendable {
    var problem: String
    var line: Int
}

enum LexiconYAML {
    /// The first document of `text`, or nil for an empty stream.
    ///
    /// Anchors and aliases are refused (a lexicon entry is written out in full), and a key
    /// written twice in one mapping is an error, as YAML 1.2 requires.
    static func compose(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        let result: Result<YAMLNode?, YAMLSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .failure(YAMLSyntaxError(problem: "out of memory", line: 1)) }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return Result { () throws(YAMLSyntaxError) in try build(&parser) }
        }
        return try result.get()
    }

    /// A container being filled: its start line and the nodes read so far.
    private struct Open {
        var isMapping: Bool
        var line: Int
        var items: [YAMLNode] = []
    }

    private static func build(_ parser: inout yaml_parser_t) throws(YAMLSyntaxError) -> YAMLNode? {
        var stack: [Open] = []
        var root: YAMLNode?
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
                let context = parser.context.map { String(cString: $0) + ": " } ?? ""
                throw YAMLSyntaxError(problem: context + problem, line: Int(parser.problem_mark.line) + 1)
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            var finished: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_END_EVENT:
                // Only the first document counts.
                if root != nil { return root }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                finished = YAMLNode(value: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), line: line)
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Open(isMapping: false, line: line))
            case YAML_MAPPING_START_EVENT:
                stack.append(Open(isMapping: true, line: line))
            case YAML_SEQUENCE_END_EVENT:
                let open = stack.removeLast()
                finished = YAMLNode(value: .sequence(open.items), line: open.line)
            case YAML_MAPPING_END_EVENT:
                let open = stack.removeLast()
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                pairs.reserveCapacity(open.items.count / 2)
                var index = 0
                while index + 1 < open.items.count {
                    let key = open.items[index], value = open.items[index + 1]
                    if let name = key.scalar?.string, let first = pairs.first(where: { $0.key.scalar?.string == name }) {
                        throw YAMLSyntaxError(problem: "'\(name)' written twice in one mapping (first on line \(first.key.line))",
                                              line: key.line)
                    }
                    pairs.append((key, value))
                    index += 2
                }
                finished = YAMLNode(value: .mapping(pairs), line: open.line)
            case YAML_ALIAS_EVENT:
                throw YAMLSyntaxError(problem: "anchors and aliases (*name) are not supported; write the value out", line: line)
            default:
                break   // stream and document starts, no-ops
            }
            if let node = finished {
                if stack.isEmpty { root = node } else { stack[stack.count - 1].items.append(node) }
            }
        }
    }
}

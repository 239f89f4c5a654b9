import Foundation

/// Text rules shared by the DOT writer and reader: quoting, Graphviz's escape strings,
/// label entities and bidi isolation. Each encoder here has its exact inverse, so text we
/// write reads back unchanged.
enum DOTText {
    // MARK: - Quoted strings

    /// A DOT quoted string (`"..."`) holding `text` as a Graphviz escString.
    ///
    /// Inside DOT quotes the lexer only knows `\"`; Graphviz then reads `\\`, `\n`, `\l`,
    /// `\r` (and `\N`, `\G`, ...) when it uses the value. So a backslash is doubled (or a
    /// trailing one would swallow the closing quote, and `\N` in user text would turn into
    /// the node name), a quote is `\"`, a line break is `\n`. Carriage returns become line
    /// breaks, other C0 control characters (which DOT cannot carry) are dropped; any other
    /// Unicode passes through as UTF-8.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\r": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// The inverse of `quoted` for a value Graphviz's parser returned (the lexer has already
    /// turned `\"` into `"`), in one left-to-right pass: `\\` → `\`, `\n` `\l` `\r` → line
    /// break. For a label, `nodeName` and `graphName` also expand `\N` and `\G` as Graphviz
    /// does when it draws the label. Other escapes are kept as written.
    static func unescape(_ value: String, nodeName: String? = nil, graphName: String? = nil) -> String {
        guard value.contains("\\") else { return value }
        var out = ""
        var iterator = value.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else { out.unicodeScalars.append(scalar); continue }
            guard let next = iterator.next() else { out += "\\"; break }
            switch next {
            case "\\": out += "\\"
            case "n", "l", "r": out += "\n"
            case "\"": out += "\""
            default:
                if next == "N", let nodeName { out += nodeName }
                else if next == "G", let graphName { out += graphName }
                else { out.unicodeScalars.append(scalar); out.unicodeScalars.append(next) }
            }
        }
        return out
    }

    // MARK: - Label entities

    /// Graphviz decodes HTML entities in every label (`&lt;` is drawn as `<`), so a literal
    /// `&` in a label is written `&amp;`; `<` and `>` are safe as they are.
    static func labelEntities(_ text: String) -> String {
        text.contains("&") ? text.replacingAll("&", with: "&amp;") : text
    }

    /// Decodes the entities Graphviz decodes in labels: the XML five and numeric references.
    /// Unknown or malformed references stay as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            if let semi = rest[afterAmp...].prefix(12).firstIndex(of: ";") {
                let body = rest[afterAmp..<semi]
                var decoded: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[String(body)]
                }
                if let decoded {
                    out += decoded
                    rest = rest[rest.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = rest[afterAmp...]
        }
        out += rest
        return out
    }

    // MARK: - Bidi

    static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// Wraps each line whose first strong character is right-to-left in RLI ... PDI, so the
    /// line is laid out right to left whatever surrounds it. Graphviz (pango) and SVG viewers
    /// then agree on the order of mixed Arabic, Latin and digits.
    static func isolatingRightToLeftLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            // A line the text itself wraps in RLI ... PDI is wrapped once more, so that
            // `removingLineIsolates` takes off exactly the pair added here.
            guard firstStrongIsRightToLeft(line) || isWrappedInIsolate(line) else { return String(line) }
            return String(rightToLeftIsolate) + line + String(popDirectionalIsolate)
        }.joined(separator: "\n")
    }

    private static func isWrappedInIsolate(_ line: Substring) -> Bool {
        line.unicodeScalars.count >= 2 && line.unicodeScalars.first == rightToLeftIsolate
            && line.unicodeScalars.last == popDirectionalIsolate
    }

    /// The inverse of `isolatingRightToLeftLines`: removes one RLI ... PDI pair around a line.
    static func removingLineIsolates(_ text: String) -> String {
        guard text.unicodeScalars.contains(rightToLeftIsolate) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard isWrappedInIsolate(line) else { return String(line) }
            var inner = String.UnicodeScalarView()
            inner.append(contentsOf: line.unicodeScalars.dropFirst().dropLast())
            return String(inner)
        }.joined(separator: "\n")
    }

    /// Whether the first strongly directional character is right-to-left (Hebrew, Arabic,
    /// Syriac, Thaana, NKo and the Arabic presentation forms), as in rule P2 of the Unicode
    /// bidi algorithm (UAX #9): digits and punctuation are weak and skipped, and so is
    /// everything inside an isolate (LRI, RLI, FSI ... PDI) the text already carries.
    /// Letters stand in for the strong left-to-right class.
    static func firstStrongIsRightToLeft<S: StringProtocol>(_ text: S) -> Bool {
        var isolateDepth = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2066...0x2068: isolateDepth += 1; continue
            case 0x2069: isolateDepth = max(0, isolateDepth - 1); continue
            default: break
            }
            if isolateDepth > 0 { continue }
            if isRightToLeft(scalar) { return true }
            if scalar.properties.isAlphabetic { return false }
        }
        return false
    }

    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }

    static func containsRightToLeft<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains(where: isRightToLeft)
    }

    // MARK: - Numbers

    /// Fixed-point text with at most `decimals` digits after the point, trailing zeros
    /// removed; the same on every machine and locale.
    static func number(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(scale)
        var text = String(magnitude / divisor)
        var fraction = String(magnitude % divisor)
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return negative && magnitude != 0 ? "-" + text : text
    }
}

extension String {
    /// Replaces every occurrence of `target` (non-empty), scanning left to right.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}

import Foundation
import Testing
@testable import Graphviz

@Suite struct Scratch {
    @Test func explore() async throws {
        let e = GraphvizEngine.shared
        do { _ = try await e.parse(dot: "digraph { a -> b } junk") ; print("junk ok") } catch { print("ERR3", error) }
        do { _ = try await e.parse(dot: "digraph { a -> b } digraph { c }") ; print("two ok") } catch { print("ERR4", error) }
        _ = try await e.parse(dot: "digraph {\n a -> b\n\n\n }")
        do { _ = try await e.parse(dot: "digraph {\n a -> b\n\n -> }") ; print("two ok") } catch { print("ERR5", error) }
        let p = try await e.positions(dot: "digraph { notranslate=true; a [pos=\"1,2!\"]; b [pos=\"3,4!\"]; a -> b }", engine: .nop)
        print("NOP", p)
        let p2 = try await e.positions(dot: "digraph { notranslate=true; a [pos=\"1,2!\"]; b [pos=\"3,4!\"]; a -> b }", engine: .neato)
        print("NEATO", p2)
        let p3 = try await e.positions(dot: "digraph { a -> b }", engine: .dot)
        print("DOT", p3)
        let plain = try await e.render(dot: "digraph { a -> b }", engine: .dot, format: .plain)
        print(String(decoding: plain, as: UTF8.self))
        let png = try await e.render(dot: "digraph { a -> b }", engine: .dot, format: .png)
        print("PNG", png.prefix(8).map { $0 })
        let pdf = try await e.render(dot: "digraph { a -> b }", engine: .dot, format: .pdf)
        print("PDF", String(decoding: pdf.prefix(5), as: UTF8.self))
        let u = try await e.parse(dot: "graph { a -- b; b -- c }")
        print("UND", u)
        let w = try await e.render(dot: "digraph { a [shape=foo]; a -> b }", engine: .dot, format: .svg)
        print("W", w.count)
    }
}

#!/usr/bin/env python3
"""Writes a GraphML file with networkx whose labels hold everything that breaks naive
writers: quotes, backslashes, newlines, <>&, control characters, Arabic next to Latin.

    python3 scripts/make-hostile-graphml.py Tests/Fixtures/hostile-networkx.graphml
"""
import sys
import networkx as nx

g = nx.DiGraph()
# networkx writes XML-illegal control characters (\x01, ESC) as raw bytes, giving a file
# that strict parsers (networkx's own included) refuse; eventgraph drops them and reads on.
g.add_node("kh", label='كتائب "حزب الله" \\ <KH> & co\nسطر ثانٍ\x01\x1b[0m', kind="actor", weight=3, score=0.5, flag=True)
g.add_node("base 1", label='Ain al-Asad "base" \\ C:\\path <b>&amp;</b>\r\n\ttab', lat=33.785, lon=42.441)
g.add_node("قاعدة", label="قاعدة عين الأسد")
g.add_node("rtl", label="\u2067مختلط Mixed 123\u2069 '")
g.add_node("plain")
g.add_edge("kh", "base 1", relation="attacker", weight=2.5, note='said "fire" \\ now')
g.add_edge("kh", "قاعدة", relation="hostile_to")
g.add_edge("rtl", "plain")
g.graph["title"] = 'hostile "title" <&>'
nx.write_graphml(g, sys.argv[1])

#!/usr/bin/python3
"""Writes the interop fixtures of tests/io/*_test.cpp with networkx and igraph, as their users
would (default arguments). Run from anywhere: /usr/bin/python3 make_fixtures.py
Made with python3-networkx 2.8.8 and python3-igraph 0.10.2 (Debian 12).

One network of 4 actors and 3 ties: jugendamt -2- schule -0.5- verein -1- kirche, with the
node attributes label and sector, and since/until on the first tie only (igraph writes empty
values for the other ties: missing values, not errors)."""
import json
import os

import igraph
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ACTORS = [("jugendamt", "Jugendamt", "municipality"), ("schule", "Grundschule", "education"),
          ("verein", "Förderverein", "civil_society"), ("kirche", "Gemeinde", "religious")]
TIES = [("jugendamt", "schule", 2.0), ("schule", "verein", 0.5), ("verein", "kirche", 1.0)]


def out(name):
    return os.path.join(HERE, name)


g = nx.Graph()
for actor, label, sector in ACTORS:
    g.add_node(actor, label=label, sector=sector)
for source, target, weight in TIES:
    g.add_edge(source, target, weight=weight)
g.edges["jugendamt", "schule"].update(since="2003", until="2008")
nx.write_graphml(g, out("networkx.graphml"))
nx.write_weighted_edgelist(g, out("networkx_weighted.edgelist"))
with open(out("networkx_node_link.json"), "w", encoding="utf-8") as f:
    json.dump(nx.node_link_data(g), f, ensure_ascii=False)  # networkx 2.8: "links"

h = igraph.Graph()
h.add_vertices(len(ACTORS))
# igraph keeps the node ids of a GraphML file it read in the vertex attribute "id", and
# writes it back as a <data> of that name (node ids become n0, n1 ...).
h.vs["id"] = [a[0] for a in ACTORS]
h.vs["name"] = [a[0] for a in ACTORS]
h.vs["label"] = [a[1] for a in ACTORS]
h.vs["sector"] = [a[2] for a in ACTORS]
index = {a[0]: i for i, a in enumerate(ACTORS)}
h.add_edges([(index[s], index[t]) for s, t, _ in TIES])
h.es["weight"] = [w for _, _, w in TIES]
# igraph itself gives "" to the edges without a value when it reads a GraphML file.
h.es["since"] = ["2003", "", ""]
h.es["until"] = ["2008", "", ""]
h.write_graphml(out("igraph.graphml"))
h.write_ncol(out("igraph.ncol"))  # names and weights from the "name" and "weight" attributes

#!/usr/bin/python3
"""Files that round-trip between coopnet, networkx and igraph (issue #17).

Usage: interop_test.py COOPNET SAMPLES_DIR   (run by interop_test.sh, which installs
python3-networkx and python3-igraph when missing). Exit 0 pass, 1 fail.

coopnet -> them: for each sample, `coopnet convert SAMPLE out.EXT` in every format, then
networkx and igraph load the file with their DEFAULT arguments, and actors, ties, weights
and the attributes label and sector must be those of `coopnet convert SAMPLE ref.json`
(GEXF as 1.2draft for networkx before 3.6, which reads no 1.3).
them -> coopnet: networkx and igraph write files (write_graphml, write_weighted_edgelist,
node_link_data + json.dump, write_gexf, igraph write_graphml and write_ncol), coopnet converts them to
its JSON, and the counts, weights and attributes must be what they wrote.
DOT is read with networkx's read_dot through pygraphviz (nx_agraph), which interop_test.sh
installs: its pydot reader (nx_pydot, networkx 2.8 and 3.6 alike) takes only the nodes
declared at the root, and coopnet writes its actors in a subgraph to keep their order, so
there every label and sector would be lost (README). igraph reads no DOT.
"""
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

import igraph
import networkx as nx

COOPNET, SAMPLES = sys.argv[1], sys.argv[2]
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message)
    return condition


def coopnet(*args):
    run = subprocess.run([COOPNET, "-q", *args], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError("coopnet %s: exit %d\n%s" % (" ".join(args), run.returncode, run.stderr))
    return run.stdout


def nx_version():
    return tuple(int(part) for part in nx.__version__.split(".")[:2])


def pair(a, b):
    return tuple(sorted((str(a), str(b))))


def tie_multiset(ties):
    """Counter of ((a, b), weight) over (source, target, weight) triples, undirected."""
    return Counter((pair(s, t), round(float(w), 12)) for s, t, w in ties)


class Reference:
    """What coopnet's own JSON says about a network: actors and explicit ties."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.directed = data["directed"]
        self.actors = {a["id"]: a for a in data["actors"]}
        self.ties = [(t["source"], t["target"], t.get("weight", 1)) for t in data["ties"]]
        self.projects = data.get("projects", [])
        self.tied = {x for s, t, _ in self.ties for x in (s, t)}


def compare_actors(where, ref, nodes, ids=None):
    """nodes: {id: attribute dict}; checks ids, label and sector of every actor."""
    check(set(nodes) == set(ref.actors),
          "%s: actors differ: %d vs %d" % (where, len(nodes), len(ref.actors)))
    for actor_id, actor in ref.actors.items():
        attrs = nodes.get(actor_id)
        if attrs is None:
            continue
        for field in ("label", "sector"):
            if not check(str(attrs.get(field, "")) == str(actor.get(field, "")),
                         "%s: %s of %s: %r, not %r" % (where, field, actor_id,
                                                       attrs.get(field), actor.get(field))):
                return


def compare_ties(where, ref, ties):
    got, want = tie_multiset(ties), tie_multiset(ref.ties)
    check(got == want, "%s: ties or weights differ: %d vs %d ties; only here %s, only in "
          "coopnet %s" % (where, sum(got.values()), sum(want.values()),
                          list((got - want).items())[:3], list((want - got).items())[:3]))


# --- coopnet writes, networkx and igraph read ---------------------------------------------

def graphml_to_them(work, ref, sample):
    path = os.path.join(work, "out.graphml")
    coopnet("convert", sample, path)
    g = nx.read_graphml(path)
    actors = {n: d for n, d in g.nodes(data=True) if d.get("coopnet_type", "actor") == "actor"}
    compare_actors("networkx read_graphml", ref, actors)
    compare_ties("networkx read_graphml", ref,
                 [(s, t, d.get("weight", 1)) for s, t, d in g.edges(data=True)
                  if d.get("coopnet_type", "tie") == "tie"])
    check(sum(1 for _, d in g.nodes(data=True) if d.get("coopnet_type") == "project")
          == len(ref.projects), "networkx read_graphml: projects lost")

    h = igraph.Graph.Read_GraphML(path)
    types = h.vs["coopnet_type"] if "coopnet_type" in h.vs.attributes() else ["actor"] * h.vcount()
    actors = {v["id"]: v.attributes() for v, kind in zip(h.vs, types) if kind != "project"}
    compare_actors("igraph Read_GraphML", ref, actors)
    etypes = h.es["coopnet_type"] if "coopnet_type" in h.es.attributes() else [""] * h.ecount()
    compare_ties("igraph Read_GraphML", ref,
                 [(h.vs[e.source]["id"], h.vs[e.target]["id"], e["weight"])
                  for e, kind in zip(h.es, etypes) if kind in ("", "tie", None)])
    return path


def gexf_to_them(work, ref, sample):
    # networkx reads GEXF 1.3 from 3.6 on (PR #8196); older ones need 1.2draft.
    version = "1.3" if nx_version() >= (3, 6) else "1.2draft"
    path = os.path.join(work, "out.gexf")
    coopnet("convert", sample, path, "--gexf-version", version)
    g = nx.read_gexf(path)
    # coopnet writes a label only where the actor has one; networkx reads None elsewhere.
    actors = {n: dict(d, label=d.get("label") or "") for n, d in g.nodes(data=True)
              if d.get("coopnet_type", "actor") == "actor"}
    compare_actors("networkx read_gexf " + version, ref, actors)
    compare_ties("networkx read_gexf " + version, ref,
                 [(s, t, d.get("weight", 1)) for s, t, d in g.edges(data=True)
                  if d.get("coopnet_type", "tie") == "tie"])
    check(sum(1 for _, d in g.nodes(data=True) if d.get("coopnet_type") == "project")
          == len(ref.projects), "networkx read_gexf: projects lost")


def edge_list_to_them(work, ref, sample):
    path = os.path.join(work, "out.txt")
    coopnet("convert", sample, path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check("#" not in text, "edge list: comment or header in the default output")
    g = nx.read_weighted_edgelist(path)
    check(set(g.nodes) == ref.tied, "networkx read_weighted_edgelist: actors with ties differ")
    if not g.is_multigraph() and len({pair(s, t) for s, t, _ in ref.ties}) == len(ref.ties):
        compare_ties("networkx read_weighted_edgelist", ref,
                     [(s, t, d["weight"]) for s, t, d in g.edges(data=True)])
    h = igraph.Graph.Read_Ncol(path)  # defaults: names=True, weights="if_present"
    check("weight" in h.es.attributes(), "igraph Read_Ncol: no weights read")
    check(set(h.vs["name"]) == ref.tied, "igraph Read_Ncol: actors with ties differ")
    compare_ties("igraph Read_Ncol", ref,
                 [(h.vs[e.source]["name"], h.vs[e.target]["name"], e["weight"]) for e in h.es])


def node_link_to_them(work, ref, sample):
    new = os.path.join(work, "edges.json")
    old = os.path.join(work, "links.json")
    coopnet("convert", sample, new, "--output-format", "node-link")
    coopnet("convert", sample, old, "--output-format", "node-link", "--node-link-key", "links")
    with open(new, encoding="utf-8") as f:
        new_data = json.load(f)
    with open(old, encoding="utf-8") as f:
        old_data = json.load(f)
    check("edges" in new_data and "links" not in new_data, "node-link: default key not edges")
    check("links" in old_data and "edges" not in old_data, "--node-link-key links not links")
    # networkx reads with its defaults the key of its version: `edges` from 3.4 on (the
    # default from 3.6), `links` before.
    if nx_version() >= (3, 4):
        g = nx.node_link_graph(new_data, edges="edges")
        if nx_version() >= (3, 6):
            g = nx.node_link_graph(new_data)
    else:
        g = nx.node_link_graph(old_data)
        g_new = nx.node_link_graph(new_data, link="edges")
        check(g_new.number_of_edges() == g.number_of_edges(),
              "node-link: the edges and links files differ")
    compare_actors("networkx node_link_graph", ref, dict(g.nodes(data=True)))
    compare_ties("networkx node_link_graph", ref,
                 [(s, t, d.get("weight", 1)) for s, t, d in g.edges(data=True)])
    # igraph reads no node-link JSON; it takes the networkx graph.
    h = igraph.Graph.from_networkx(g)
    check(h.vcount() == len(ref.actors) and h.ecount() == len(ref.ties),
          "igraph from_networkx(node_link_graph): counts differ")


def dot_to_them(work, ref, sample):
    path = os.path.join(work, "out.dot")
    coopnet("convert", sample, path)
    name, read_dot = "networkx nx_agraph.read_dot (pygraphviz)", nx.nx_agraph.read_dot
    g = read_dot(path)
    nodes = {n: {k: v.strip('"') for k, v in d.items()} for n, d in g.nodes(data=True)
             if n not in ("node", "edge", "graph")}
    compare_actors(name, ref, nodes)
    weights = [d.get("weight") for _, _, d in g.edges(data=True)]
    check(all(w is not None for w in weights),
          "%s: %d of %d ties carry no weight" % (name, weights.count(None), len(weights)))
    if all(w is not None for w in weights):
        compare_ties(name, ref, [(s, t, float(d["weight"].strip('"')))
                                 for s, t, d in g.edges(data=True)])
    print("note: igraph reads no DOT; only networkx checked")


def pajek_to_them(work, ref, sample):
    """Pajek: the vertex label is the actor id (networkx's node, igraph's `id`)."""
    path = os.path.join(work, "out.net")
    coopnet("convert", sample, path)
    g = nx.read_pajek(path)
    check(g.is_directed() == ref.directed, "networkx read_pajek: direction differs")
    check(set(g.nodes) == set(ref.actors), "networkx read_pajek: actors differ")
    compare_ties("networkx read_pajek", ref,
                 [(s, t, d["weight"]) for s, t, d in g.edges(data=True)])
    h = igraph.Graph.Read_Pajek(path)
    check(h.is_directed() == ref.directed, "igraph Read_Pajek: direction differs")
    check(set(h.vs["id"]) == set(ref.actors), "igraph Read_Pajek: actors differ")
    compare_ties("igraph Read_Pajek", ref,
                 [(h.vs[e.source]["id"], h.vs[e.target]["id"], e["weight"]) for e in h.es])


def pajek_from_them(work, ref, sample):
    """networkx write_pajek and igraph write_pajek (labels from `id`), read by coopnet."""
    g = nx.Graph()
    g.add_nodes_from(ref.actors)
    for s, t, w in ref.ties:
        if not g.has_edge(s, t):  # networkx keeps one edge per pair
            g.add_edge(s, t, weight=w)
    expected = [(s, t, d["weight"]) for s, t, d in g.edges(data=True)]
    path = os.path.join(work, "nx.net")
    nx.write_pajek(g, path)
    back = coopnet_json(work, path)
    check(set(back.actors) == set(ref.actors), "coopnet <- networkx write_pajek: actors differ")
    compare_ties("coopnet <- networkx write_pajek", back, expected)
    i = igraph.Graph.from_networkx(g)
    i.vs["id"] = i.vs["_nx_name"]
    path = os.path.join(work, "igraph.net")
    i.write_pajek(path)
    back = coopnet_json(work, path)
    check(set(back.actors) == set(ref.actors), "coopnet <- igraph write_pajek: actors differ")
    compare_ties("coopnet <- igraph write_pajek", back, expected)


# --- networkx and igraph write, coopnet reads ------------------------------------------------

def coopnet_json(work, path, *options):
    out = os.path.join(work, "back-%s.json" % os.path.basename(path))
    coopnet("convert", path, out, *options)
    return Reference(out)


def them_to_coopnet(work, ref, coopnet_graphml):
    g = nx.Graph()
    for actor_id, actor in ref.actors.items():
        g.add_node(actor_id, label=actor.get("label", ""), sector=actor["sector"])
    for s, t, w in ref.ties:
        if g.has_edge(s, t):  # networkx keeps one edge per pair
            continue
        g.add_edge(s, t, weight=w)
    expected = [(s, t, d["weight"]) for s, t, d in g.edges(data=True)]
    tied = {x for s, t, _ in expected for x in (s, t)}

    path = os.path.join(work, "nx.graphml")
    nx.write_graphml(g, path)
    back = coopnet_json(work, path)
    compare_actors("coopnet <- networkx write_graphml", back, dict(g.nodes(data=True)))
    compare_ties("coopnet <- networkx write_graphml", back, expected)

    path = os.path.join(work, "nx.gexf")
    nx.write_gexf(g, path)
    back = coopnet_json(work, path)
    compare_actors("coopnet <- networkx write_gexf", back, dict(g.nodes(data=True)))
    compare_ties("coopnet <- networkx write_gexf", back, expected)

    path = os.path.join(work, "nx.edgelist")
    nx.write_weighted_edgelist(g, path)
    back = coopnet_json(work, path, "--input-format", "edgelist")
    check(set(back.actors) == tied, "coopnet <- networkx write_weighted_edgelist: actors differ")
    compare_ties("coopnet <- networkx write_weighted_edgelist", back, expected)

    path = os.path.join(work, "nx-node-link.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(g), f)
    back = coopnet_json(work, path)
    compare_actors("coopnet <- networkx node_link_data", back, dict(g.nodes(data=True)))
    compare_ties("coopnet <- networkx node_link_data", back, expected)

    # igraph: a round trip of coopnet's own GraphML (projects included), and write_ncol.
    h = igraph.Graph.Read_GraphML(coopnet_graphml)
    path = os.path.join(work, "igraph.graphml")
    h.write_graphml(path)
    back = coopnet_json(work, path)
    check(len(back.actors) == len(ref.actors), "coopnet <- igraph write_graphml: actor count")
    check(len(back.ties) == len(ref.ties), "coopnet <- igraph write_graphml: tie count")
    check(len(back.projects) == len(ref.projects), "coopnet <- igraph write_graphml: projects")
    # igraph numbers the nodes n0, n1 ...; the ids it read come back as graphml_id.
    by_id = {a.get("graphml_id"): a for a in back.actors.values()}
    compare_actors("coopnet <- igraph write_graphml", ref, by_id)
    names = {k: a.get("graphml_id") for k, a in back.actors.items()}
    compare_ties("coopnet <- igraph write_graphml", ref,
                 [(names[s], names[t], w) for s, t, w in back.ties])

    i = igraph.Graph.from_networkx(g)
    i.vs["name"] = i.vs["_nx_name"]
    path = os.path.join(work, "igraph.ncol")
    i.write_ncol(path)
    back = coopnet_json(work, path, "--input-format", "edgelist")
    check(set(back.actors) == tied, "coopnet <- igraph write_ncol: actors differ")
    compare_ties("coopnet <- igraph write_ncol", back, expected)


def main():
    print("networkx %s, igraph %s" % (nx.__version__, igraph.__version__))
    for name in ("duisburg-marxloh", "leipzig-mockau"):
        sample = os.path.join(SAMPLES, name)
        print("==", name)
        with tempfile.TemporaryDirectory() as work:
            ref_path = os.path.join(work, "ref.json")
            coopnet("convert", sample, ref_path)
            ref = Reference(ref_path)
            for step in (graphml_to_them, edge_list_to_them, node_link_to_them, dot_to_them,
                         gexf_to_them, pajek_to_them,
                         pajek_from_them):
                before = len(FAILURES)
                try:
                    result = step(work, ref, sample)
                except Exception as error:  # a loader that refuses the file is a failure
                    check(False, "%s: %s: %s" % (step.__name__, type(error).__name__, error))
                    continue
                if step is graphml_to_them:
                    graphml = result
                print("%s %s" % ("ok  " if len(FAILURES) == before else "FAIL", step.__name__))
            before = len(FAILURES)
            try:
                them_to_coopnet(work, ref, graphml)
            except Exception as error:
                check(False, "them_to_coopnet: %s: %s" % (type(error).__name__, error))
            print("%s them_to_coopnet" % ("ok  " if len(FAILURES) == before else "FAIL"))
    if FAILURES:
        print("%d failure(s)" % len(FAILURES))
        return 1
    print("all interop checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

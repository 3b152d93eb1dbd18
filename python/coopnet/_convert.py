"""networkx and igraph conversions, through networkx's node-link JSON (io/node_link_json.hpp).

networkx and igraph are imported only when a conversion is called. What passes: actors
(id, label, sector, attributes), ties (weight, kind, since/until, attributes), direction
and the network name. Projects do not pass as projects (node-link has none): to_networkx
and to_igraph give their co-membership ties as edges (or leave them out with
projects="drop"). Node ids become text (``0`` -> ``"0"``), as the node-link reader makes
them. A round trip gives back an equal network when it has no projects and its ties come
in the order networkx lists edges (igraph keeps any order).
"""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict, List

from . import _coopnet


def _node_link(net, projects: str) -> Dict[str, Any]:
    if projects not in ("ties", "drop"):
        raise ValueError(f"projects must be 'ties' or 'drop', not {projects!r}")
    if net.project_count:
        if projects == "ties":
            net = _coopnet._with_projected_ties(net)
        else:
            warnings.warn(
                f"{net.project_count} projects are left out (projects='drop'); only the "
                "explicit ties are converted",
                stacklevel=3,
            )
    return json.loads(_coopnet._dumps(net, "node-link"))


def _parse_node_link(document: Dict[str, Any], name: str):
    text = json.dumps(document, default=str, ensure_ascii=False, indent=0)
    return _coopnet._parse(text, "node-link", name)


def to_networkx(net, projects: str = "ties"):
    """A networkx Graph, DiGraph, MultiGraph or MultiDiGraph (multi when two ties join one
    pair) with node attributes label, sector and the actors' attributes, edge attributes
    weight, kind, since, until and the ties' attributes.

    projects: ``"ties"`` (default) adds the co-membership ties of every project as edges
    of kind ``project:ID`` (weighted by the network's projection), so that the graph holds
    every tie coopnet's analysis sees (before merging: several ties of one pair make a
    multigraph); ``"drop"`` converts the explicit ties only, with a warning."""
    import networkx as nx

    document = _node_link(net, projects)
    edges = document.pop("edges", [])
    major, minor = (int(part) for part in nx.__version__.split(".")[:2])
    if (major, minor) >= (3, 4):
        document["edges"] = edges
        return nx.node_link_graph(document, edges="edges")
    document["links"] = edges
    return nx.node_link_graph(document)


def from_networkx(graph, name: str = "<networkx>"):
    """A coopnet Network from a networkx graph. Node attributes ``label`` and ``sector``
    and edge attributes ``weight`` (> 0, default 1), ``kind``, ``since`` and ``until`` have
    their coopnet meaning; others are kept as attributes. Raises ValueError for what a
    coopnet network cannot hold (a weight <= 0, a control character in an id)."""
    import networkx as nx

    major, minor = (int(part) for part in nx.__version__.split(".")[:2])
    if (major, minor) >= (3, 4):
        document = nx.node_link_data(graph, edges="edges")
    else:
        document = nx.node_link_data(graph)
    return _parse_node_link(document, name)


def to_igraph(net, projects: str = "ties"):
    """An igraph Graph: vertex attribute ``name`` = actor id, plus label, sector and the
    actors' attributes; edge attributes weight, kind, since, until and the ties'
    attributes (None where a tie has none). Parallel ties stay parallel edges.
    ``projects`` as for to_networkx."""
    import igraph as ig

    document = _node_link(net, projects)
    nodes = document["nodes"]
    index = {str(node["id"]): i for i, node in enumerate(nodes)}
    links = document.get("edges", document.get("links", []))
    graph = ig.Graph(
        n=len(nodes),
        edges=[(index[str(e["source"])], index[str(e["target"])]) for e in links],
        directed=bool(document.get("directed")),
    )
    graph["name"] = document.get("graph", {}).get("name", "")
    node_keys: List[str] = []
    for node in nodes:
        node_keys += [key for key in node if key != "id" and key not in node_keys]
    graph.vs["name"] = [str(node["id"]) for node in nodes]
    for key in node_keys:
        graph.vs[key] = [node.get(key) for node in nodes]
    edge_keys: List[str] = []
    for edge in links:
        edge_keys += [
            key for key in edge if key not in ("source", "target", "key") and key not in edge_keys
        ]
    for key in edge_keys:
        graph.es[key] = [edge.get(key) for edge in links]
    return graph


def from_igraph(graph, name: str = "<igraph>"):
    """A coopnet Network from an igraph Graph: the vertex attribute ``name`` (else
    ``id``, else the vertex index) is the actor id; other vertex and edge attributes as in
    from_networkx (None values are left out)."""
    vertex_keys = graph.vs.attributes()
    id_key = "name" if "name" in vertex_keys else ("id" if "id" in vertex_keys else None)
    ids = [str(v[id_key]) if id_key else str(v.index) for v in graph.vs]
    nodes = []
    for v, actor_id in zip(graph.vs, ids):
        node = {"id": actor_id}
        node.update(
            {k: value for k, value in v.attributes().items() if k != id_key and value is not None}
        )
        nodes.append(node)
    edges = []
    for e in graph.es:
        edge = {"source": ids[e.source], "target": ids[e.target]}
        edge.update({k: value for k, value in e.attributes().items() if value is not None})
        edges.append(edge)
    document = {
        "directed": graph.is_directed(),
        "multigraph": True,
        "graph": {"name": graph["name"]} if "name" in graph.attributes() else {},
        "nodes": nodes,
        "edges": edges,
    }
    return _parse_node_link(document, name)

"""networkx and igraph round trips (both are installed when missing, never skipped)."""

import math

import pytest

import coopnet
from conftest import need_module  # noqa: E402

TEXT = """{"name": "hand", "directed": false,
 "actors": [{"id": "amt", "label": "Jugendamt", "sector": "municipality", "district": "Nord"},
            {"id": "verein", "sector": "civil_society"},
            {"id": "firma", "sector": "business"},
            {"id": "alone"}],
 "ties": [{"source": "amt", "target": "verein", "weight": 2, "kind": "funding",
           "since": 2003, "until": 2008},
          {"source": "amt", "target": "firma", "weight": 1, "note": "x"},
          {"source": "verein", "target": "firma", "weight": 0.5}]}"""
# The ties in the order networkx lists a graph's edges (by first end, in node order), so
# that the round trip gives back an equal network, tie order included.


@pytest.fixture
def net():
    # Node-link first: what networkx and igraph can carry back (attributes as node-link reads).
    return coopnet.loads(coopnet.dumps(coopnet.loads(TEXT, "json"), "node-link"), "node-link")


def test_networkx_round_trip_gives_the_same_network(net):
    nx = need_module("networkx")
    graph = coopnet.to_networkx(net)
    assert isinstance(graph, nx.Graph) and not graph.is_directed()
    assert graph.nodes["amt"]["label"] == "Jugendamt"
    assert graph.edges["amt", "verein"]["weight"] == 2
    assert coopnet.from_networkx(graph) == net


def test_networkx_betweenness_agrees_with_coopnet(net):
    nx = need_module("networkx")
    graph = coopnet.to_networkx(net)
    for u, v, data in graph.edges(data=True):
        data["distance"] = 1 / data["weight"]
    expected = nx.betweenness_centrality(graph, weight="distance")
    result = coopnet.analyze(net)
    for actor, value in zip(result.ids, result.actors["betweenness"]):
        assert math.isclose(value, expected[actor], abs_tol=1e-12)


def test_from_networkx_reads_a_classic_graph():
    nx = need_module("networkx")
    net = coopnet.from_networkx(nx.karate_club_graph())
    assert (net.actor_count, net.tie_count) == (34, 78)
    assert coopnet.analyze(net).network["components"] == 1


def test_igraph_round_trip_gives_the_same_network(net):
    ig = need_module("igraph")
    graph = coopnet.to_igraph(net)
    assert isinstance(graph, ig.Graph)
    assert graph.vcount() == 4 and graph.ecount() == 3
    assert graph.vs.find(name="amt")["sector"] == "municipality"
    assert coopnet.from_igraph(graph) == net


def test_igraph_pagerank_agrees_with_coopnet(net):
    need_module("igraph")
    graph = coopnet.to_igraph(net)
    expected = graph.pagerank(weights="weight")
    result = coopnet.analyze(net)
    for value, reference in zip(result.actors["pagerank"], expected):
        assert math.isclose(value, reference, abs_tol=1e-9)


def test_a_bad_networkx_graph_raises_value_error():
    nx = need_module("networkx")
    graph = nx.Graph()
    graph.add_edge("a", "b", weight=-1)
    with pytest.raises(ValueError, match="weight"):
        coopnet.from_networkx(graph)


def test_to_networkx_carries_the_project_ties_the_analysis_sees(marxloh):
    nx = need_module("networkx")
    net = coopnet.read(marxloh, quiet=True)
    graph = coopnet.to_networkx(net)
    # Merge parallel ties as coopnet does (weights summed, self-ties left out), then
    # networkx's weighted betweenness on distance 1/weight is coopnet's.
    merged = nx.Graph()
    merged.add_nodes_from(graph.nodes)
    for u, v, data in graph.edges(data=True):
        if u != v:
            weight = merged.get_edge_data(u, v, {"weight": 0})["weight"] + data["weight"]
            merged.add_edge(u, v, weight=weight, distance=1 / weight)
    expected = nx.betweenness_centrality(merged, weight="distance")
    result = coopnet.analyze(net)
    for actor, value in zip(result.ids, result.actors["betweenness"]):
        assert math.isclose(value, expected[actor], rel_tol=1e-9, abs_tol=1e-12), actor
    with pytest.warns(UserWarning, match="projects"):
        assert coopnet.to_networkx(net, projects="drop").number_of_edges() == net.tie_count

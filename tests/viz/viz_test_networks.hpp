// Small hand-made networks and Graphviz/XML helpers shared by the viz tests.
#pragma once

#include <graphviz/cgraph.h>

#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "core/network.hpp"

namespace coopnet::viz_testing {

struct ActorSpec {
    std::string id;
    std::string sector;
    std::string label = {};
};

struct TieSpec {
    std::string source;
    std::string target;
    double weight = 1.0;
    std::string kind = {};
};

/// Builds an undirected (or directed) network from the specs, in the order given.
inline Network build(const std::vector<ActorSpec>& actors, const std::vector<TieSpec>& ties,
                     bool directed = false) {
    NetworkBuilder builder;
    builder.set_name("test");
    builder.set_directed(directed);
    for (const ActorSpec& spec : actors) {
        Actor actor;
        actor.id = spec.id;
        actor.label = spec.label;
        actor.sector = spec.sector;
        builder.add_actor(std::move(actor));
    }
    for (const TieSpec& spec : ties) {
        TieRecord tie;
        tie.source = spec.source;
        tie.target = spec.target;
        tie.weight = spec.weight;
        tie.kind = spec.kind;
        builder.add_tie(std::move(tie));
    }
    return builder.build();
}

struct GraphCloser {
    void operator()(Agraph_t* graph) const noexcept { agclose(graph); }
};
using ParsedDot = std::unique_ptr<Agraph_t, GraphCloser>;

/// Parses DOT text with cgraph (and drains cgraph's lexer, which keeps what follows).
inline ParsedDot parse_dot_text(const std::string& text) {
    ParsedDot graph(agmemread(text.c_str()));
    while (Agraph_t* extra = agmemread("")) agclose(extra);
    return graph;
}

/// The value of attribute `name` of a graph object ("" when unset or undeclared).
inline std::string attribute(void* object, const char* name) {
    const char* value = agget(object, const_cast<char*>(name));
    return value == nullptr ? std::string() : std::string(value);
}

inline Agnode_t* node_named(Agraph_t* graph, const std::string& name) {
    return agnode(graph, const_cast<char*>(name.c_str()), 0);
}

/// The node names of a graph or subgraph, sorted.
inline std::vector<std::string> node_names(Agraph_t* graph) {
    std::vector<std::string> names;
    for (Agnode_t* n = agfstnode(graph); n != nullptr; n = agnxtnode(graph, n)) {
        names.emplace_back(agnameof(n));
    }
    std::sort(names.begin(), names.end());
    return names;
}

/// The edge between two named nodes (either direction), or nullptr.
inline Agedge_t* edge_between(Agraph_t* graph, const std::string& a, const std::string& b) {
    Agnode_t* u = node_named(graph, a);
    Agnode_t* v = node_named(graph, b);
    if (u == nullptr || v == nullptr) return nullptr;
    Agedge_t* e = agedge(graph, u, v, nullptr, 0);
    return e != nullptr ? e : agedge(graph, v, u, nullptr, 0);
}

}  // namespace coopnet::viz_testing

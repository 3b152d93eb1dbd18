#include "analysis/structure/cores.hpp"

#include <algorithm>

namespace coopnet {

std::vector<std::size_t> core_number(const Network& network, const AnalysisOptions&) {
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = graph.node_count();
    // deg: remaining degree, ends as the core number. vert: actors sorted by deg.
    // pos: where each actor sits in vert. bin[d]: first slot of degree d in vert.
    std::vector<std::size_t> deg(n);
    std::size_t max_degree = 0;
    for (NodeId v = 0; v < n; ++v) {
        deg[v] = graph.degree(v);
        max_degree = std::max(max_degree, deg[v]);
    }
    std::vector<std::size_t> bin(max_degree + 1, 0);
    for (NodeId v = 0; v < n; ++v) ++bin[deg[v]];
    std::size_t start = 0;
    for (std::size_t d = 0; d <= max_degree; ++d) {
        const std::size_t count = bin[d];
        bin[d] = start;
        start += count;
    }
    std::vector<NodeId> vert(n);
    std::vector<std::size_t> pos(n);
    for (NodeId v = 0; v < n; ++v) {
        pos[v] = bin[deg[v]]++;
        vert[pos[v]] = v;
    }
    // Filling advanced every bin start by its size; shift them back.
    for (std::size_t d = max_degree; d > 0; --d) bin[d] = bin[d - 1];
    bin[0] = 0;

    for (std::size_t i = 0; i < n; ++i) {
        const NodeId v = vert[i];  // least remaining degree: its core number is final
        for (const NodeId u : graph.neighbours_of(v)) {
            if (deg[u] > deg[v]) {
                // Move u to the front of its bin, then shrink the bin by one: u's degree
                // drops by one and it lands at the end of the bin below.
                const std::size_t du = deg[u];
                const std::size_t pu = pos[u];
                const std::size_t pw = bin[du];
                const NodeId w = vert[pw];
                if (u != w) {
                    pos[u] = pw;
                    vert[pu] = w;
                    pos[w] = pu;
                    vert[pw] = u;
                }
                ++bin[du];
                --deg[u];
            }
        }
    }
    return deg;
}

}  // namespace coopnet

#include "analysis/structure/cut_points.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace coopnet {

CutPoints cut_points(const Network& network, const AnalysisOptions&) {
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = graph.node_count();
    constexpr std::size_t kUnvisited = std::numeric_limits<std::size_t>::max();

    CutPoints result;
    result.articulation.assign(n, false);
    std::vector<std::size_t> disc(n, kUnvisited);
    std::vector<std::size_t> low(n, 0);
    std::vector<NodeId> parent(n, 0);
    std::vector<std::uint64_t> next(graph.offsets.begin(), graph.offsets.end() - 1);
    std::vector<NodeId> stack;
    std::size_t time = 0;

    for (NodeId root = 0; root < n; ++root) {
        if (disc[root] != kUnvisited) continue;
        disc[root] = low[root] = time++;
        std::size_t root_children = 0;
        stack.push_back(root);
        while (!stack.empty()) {
            const NodeId v = stack.back();
            if (next[v] < graph.offsets[v + 1]) {
                const NodeId w = graph.neighbours[next[v]++];
                if (disc[w] == kUnvisited) {
                    parent[w] = v;
                    disc[w] = low[w] = time++;
                    stack.push_back(w);
                    if (v == root) ++root_children;
                } else if (v == root || w != parent[v]) {
                    // A back tie (merged rows hold each neighbour once, so the tie to the
                    // parent is the tree tie itself and is skipped).
                    low[v] = std::min(low[v], disc[w]);
                }
                continue;
            }
            stack.pop_back();
            if (v == root) continue;
            const NodeId p = parent[v];
            low[p] = std::min(low[p], low[v]);
            if (low[v] > disc[p]) result.bridges.emplace_back(std::min(p, v), std::max(p, v));
            if (p != root && low[v] >= disc[p]) result.articulation[p] = true;
        }
        if (root_children >= 2) result.articulation[root] = true;
    }
    std::sort(result.bridges.begin(), result.bridges.end());
    return result;
}

}  // namespace coopnet

#include "analysis/structure/components.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>

namespace coopnet {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Renumbers raw labels 0 .. count-1 by decreasing size, then by smallest member.
Components ordered(std::vector<std::size_t> raw, std::size_t count) {
    std::vector<std::size_t> size(count, 0);
    std::vector<NodeId> smallest(count, std::numeric_limits<NodeId>::max());
    for (NodeId v = 0; v < raw.size(); ++v) {
        ++size[raw[v]];
        smallest[raw[v]] = std::min(smallest[raw[v]], v);
    }
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return size[a] != size[b] ? size[a] > size[b] : smallest[a] < smallest[b];
    });
    std::vector<std::size_t> rank(count);
    Components result;
    result.sizes.resize(count);
    for (std::size_t r = 0; r < count; ++r) {
        rank[order[r]] = r;
        result.sizes[r] = size[order[r]];
    }
    for (std::size_t& label : raw) label = rank[label];
    result.component = std::move(raw);
    return result;
}

}  // namespace

Components weak_components(const Network& network, const AnalysisOptions&) {
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = graph.node_count();
    std::vector<std::size_t> label(n, kNone);
    std::vector<NodeId> queue;
    queue.reserve(n);
    std::size_t count = 0;
    for (NodeId root = 0; root < n; ++root) {
        if (label[root] != kNone) continue;
        queue.clear();
        queue.push_back(root);
        label[root] = count;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (const NodeId w : graph.neighbours_of(queue[head])) {
                if (label[w] == kNone) {
                    label[w] = count;
                    queue.push_back(w);
                }
            }
        }
        ++count;
    }
    return ordered(std::move(label), count);
}

Components strong_components(const Network& network, const AnalysisOptions& options) {
    if (!network.adjacency().directed()) return weak_components(network, options);
    const CsrGraph& graph = network.adjacency().out();
    const std::size_t n = graph.node_count();
    std::vector<std::size_t> index(n, kNone);
    std::vector<std::size_t> low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> label(n, kNone);
    std::vector<std::uint64_t> next(graph.offsets.begin(), graph.offsets.end() - 1);
    std::vector<NodeId> call;   // the DFS path, replacing recursion
    std::vector<NodeId> stack;  // Tarjan's stack of actors not yet assigned
    std::size_t counter = 0;
    std::size_t count = 0;

    const auto visit = [&](NodeId v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        on_stack[v] = true;
        call.push_back(v);
    };
    for (NodeId root = 0; root < n; ++root) {
        if (index[root] != kNone) continue;
        visit(root);
        while (!call.empty()) {
            const NodeId v = call.back();
            if (next[v] < graph.offsets[v + 1]) {
                const NodeId w = graph.neighbours[next[v]++];
                if (index[w] == kNone) {
                    visit(w);
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            call.pop_back();
            if (!call.empty()) low[call.back()] = std::min(low[call.back()], low[v]);
            if (low[v] == index[v]) {  // v is the root of a component: pop it off
                NodeId w = 0;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = false;
                    label[w] = count;
                } while (w != v);
                ++count;
            }
        }
    }
    return ordered(std::move(label), count);
}

}  // namespace coopnet

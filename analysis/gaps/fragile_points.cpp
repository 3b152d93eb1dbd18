#include "analysis/gaps/fragile_points.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

namespace coopnet {
namespace {

constexpr std::size_t kUnvisited = std::numeric_limits<std::size_t>::max();

// A half-open range [begin, end) of DFS preorder positions.
struct Interval {
    std::size_t begin;
    std::size_t end;
};

// The depth-first forest with everything the cut-off counts need.
struct DfsForest {
    std::vector<std::size_t> disc;  // preorder position of every actor
    std::vector<NodeId> order;      // actor at every preorder position
    std::vector<std::size_t> low;   // lowpoint
    std::vector<std::size_t> size;  // subtree size
    std::vector<NodeId> parent;     // parent in the tree (itself for a root)
    std::vector<NodeId> root;       // root of the actor's tree (its smallest NodeId)
    std::vector<NodeId> smallest;   // smallest NodeId in the subtree
};

DfsForest depth_first_forest(const CsrGraph& graph) {
    const std::size_t n = graph.node_count();
    DfsForest f;
    f.disc.assign(n, kUnvisited);
    f.order.reserve(n);
    f.low.assign(n, 0);
    f.size.assign(n, 1);
    f.parent.resize(n);
    f.root.resize(n);
    f.smallest.resize(n);
    std::vector<std::uint64_t> next(graph.offsets.begin(), graph.offsets.end() - 1);
    std::vector<NodeId> stack;
    for (NodeId r = 0; r < n; ++r) {
        if (f.disc[r] != kUnvisited) continue;
        const auto visit = [&](NodeId v, NodeId p) {
            f.disc[v] = f.low[v] = f.order.size();
            f.order.push_back(v);
            f.parent[v] = p;
            f.root[v] = r;
            f.smallest[v] = v;
            stack.push_back(v);
        };
        visit(r, r);
        while (!stack.empty()) {
            const NodeId v = stack.back();
            if (next[v] < graph.offsets[v + 1]) {
                const NodeId w = graph.neighbours[next[v]++];
                if (f.disc[w] == kUnvisited) {
                    visit(w, v);
                } else if (v == r || w != f.parent[v]) {
                    f.low[v] = std::min(f.low[v], f.disc[w]);
                }
                continue;
            }
            stack.pop_back();
            if (v == r) continue;
            const NodeId p = f.parent[v];
            f.low[p] = std::min(f.low[p], f.low[v]);
            f.size[p] += f.size[v];
            f.smallest[p] = std::min(f.smallest[p], f.smallest[v]);
        }
    }
    return f;
}

// Counts actors by sector over sets of preorder positions.
class SectorCounter {
public:
    SectorCounter(const Network& network, const DfsForest& forest) {
        std::map<std::string, std::size_t> index;
        for (const Actor& actor : network.actors()) index.emplace(actor.sector, 0);
        for (auto& [name, position] : index) {
            position = names_.size();
            names_.push_back(name);
        }
        positions_.resize(names_.size());
        sector_of_.resize(network.actor_count());
        for (std::size_t p = 0; p < forest.order.size(); ++p) {
            const std::size_t s = index.find(network.actor(forest.order[p]).sector)->second;
            sector_of_[forest.order[p]] = s;
            positions_[s].push_back(p);  // pushed in increasing p: sorted
        }
    }

    // Adds (sign +1) or removes (sign -1) the actors in `interval` to `counts`.
    void add(std::vector<std::ptrdiff_t>& counts, Interval interval, std::ptrdiff_t sign) const {
        for (std::size_t s = 0; s < names_.size(); ++s) {
            const auto& list = positions_[s];
            const auto lo = std::lower_bound(list.begin(), list.end(), interval.begin);
            const auto hi = std::lower_bound(lo, list.end(), interval.end);
            counts[s] += sign * (hi - lo);
        }
    }

    void remove_actor(std::vector<std::ptrdiff_t>& counts, NodeId v) const {
        --counts[sector_of_[v]];
    }

    [[nodiscard]] std::vector<std::ptrdiff_t> zero() const {
        return std::vector<std::ptrdiff_t>(names_.size(), 0);
    }

    [[nodiscard]] std::map<std::string, std::size_t> to_map(
        const std::vector<std::ptrdiff_t>& counts) const {
        std::map<std::string, std::size_t> sectors;
        for (std::size_t s = 0; s < names_.size(); ++s) {
            if (counts[s] > 0) sectors.emplace(names_[s], static_cast<std::size_t>(counts[s]));
        }
        return sectors;
    }

private:
    std::vector<std::string> names_;
    std::vector<std::vector<std::size_t>> positions_;
    std::vector<std::size_t> sector_of_;
};

// The first `limit` actors (in preorder) of the union of `include` minus `exclude` (an
// interval) minus `skip_actor`, sorted by id.
std::vector<NodeId> list_actors(const Network& network, const DfsForest& f,
                                const std::vector<Interval>& include, Interval exclude,
                                std::size_t skip_position, std::size_t limit) {
    std::vector<NodeId> listed;
    for (const Interval& interval : include) {
        for (std::size_t p = interval.begin; p < interval.end && listed.size() < limit; ++p) {
            if (p >= exclude.begin && p < exclude.end) {
                p = exclude.end - 1;
                continue;
            }
            if (p == skip_position) continue;
            listed.push_back(f.order[p]);
        }
    }
    std::sort(listed.begin(), listed.end(),
              [&](NodeId x, NodeId y) { return network.actor(x).id < network.actor(y).id; });
    return listed;
}

Interval subtree(const DfsForest& f, NodeId v) { return {f.disc[v], f.disc[v] + f.size[v]}; }

}  // namespace

FragilePoints fragile_points(const Network& network, const FragilePointsOptions& options) {
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = graph.node_count();
    const DfsForest f = depth_first_forest(graph);
    const SectorCounter sectors(network, f);
    constexpr std::size_t kNoPosition = std::numeric_limits<std::size_t>::max();
    const Interval kNothing{0, 0};

    // Children separated from their parent v by v's loss: low(c) >= disc(v) (for a root:
    // every child). Bucketed by parent, children in preorder.
    std::vector<std::size_t> first_child(n + 1, 0);
    std::vector<NodeId> separated;
    for (std::size_t p = 0; p < n; ++p) {
        const NodeId c = f.order[p];
        if (f.root[c] == c) continue;
        if (f.low[c] >= f.disc[f.parent[c]]) ++first_child[f.parent[c] + 1];
    }
    for (std::size_t v = 0; v < n; ++v) first_child[v + 1] += first_child[v];
    separated.resize(first_child[n]);
    {
        std::vector<std::size_t> fill(first_child.begin(), first_child.end() - 1);
        for (std::size_t p = 0; p < n; ++p) {
            const NodeId c = f.order[p];
            if (f.root[c] == c) continue;
            if (f.low[c] >= f.disc[f.parent[c]]) separated[fill[f.parent[c]]++] = c;
        }
    }

    FragilePoints result;
    for (NodeId v = 0; v < n; ++v) {
        const std::size_t children = first_child[v + 1] - first_child[v];
        const bool is_root = f.root[v] == v;
        if (children == 0 || (is_root && children < 2)) continue;
        const NodeId r = f.root[v];
        const std::size_t s = f.size[r];
        const Interval component = subtree(f, r);

        // The largest part: the rest (holding the root, the smallest NodeId) unless a
        // separated subtree is larger or, equally large, holds a smaller NodeId.
        std::size_t in_children = 0;
        std::optional<NodeId> largest_child;
        std::size_t largest = 0;
        for (std::size_t i = first_child[v]; i < first_child[v + 1]; ++i) {
            const NodeId c = separated[i];
            in_children += f.size[c];
            if (!largest_child || f.size[c] > largest ||
                (f.size[c] == largest && f.smallest[c] < f.smallest[*largest_child])) {
                largest_child = c;
                largest = f.size[c];
            }
        }
        const std::size_t rest = s - 1 - in_children;
        if (!is_root && rest >= largest) largest_child.reset();  // rest holds the root

        FragileActor point;
        point.actor = v;
        point.parts = children + (is_root ? 0 : 1);
        CutOff& cut = point.cut_off;
        cut.component_size = s;
        cut.largest_remaining = largest_child ? largest : rest;
        cut.actors = s - 1 - cut.largest_remaining;
        std::vector<std::ptrdiff_t> counts = sectors.zero();
        if (largest_child) {
            const Interval kept = subtree(f, *largest_child);
            sectors.add(counts, component, +1);
            sectors.add(counts, kept, -1);
            sectors.remove_actor(counts, v);
            cut.listed =
                list_actors(network, f, {component}, kept, f.disc[v], options.max_listed_actors);
        } else {
            std::vector<Interval> parts;
            for (std::size_t i = first_child[v]; i < first_child[v + 1]; ++i) {
                parts.push_back(subtree(f, separated[i]));
                sectors.add(counts, parts.back(), +1);
            }
            cut.listed =
                list_actors(network, f, parts, kNothing, kNoPosition, options.max_listed_actors);
        }
        cut.sectors = sectors.to_map(counts);
        result.actors.push_back(std::move(point));
    }

    for (NodeId c = 0; c < n; ++c) {
        if (f.root[c] == c) continue;
        const NodeId p = f.parent[c];
        if (!(f.low[c] > f.disc[p])) continue;
        const NodeId r = f.root[c];
        const std::size_t s = f.size[r];
        const std::size_t below = f.size[c];
        FragileTie tie;
        CutOff& cut = tie.cut_off;
        cut.component_size = s;
        std::vector<std::ptrdiff_t> counts = sectors.zero();
        if (below <= s - below) {  // the subtree side is cut off (also on equal sides)
            tie.first = p;
            tie.second = c;
            cut.actors = below;
            cut.largest_remaining = s - below;
            sectors.add(counts, subtree(f, c), +1);
            cut.listed = list_actors(network, f, {subtree(f, c)}, kNothing, kNoPosition,
                                     options.max_listed_actors);
        } else {
            tie.first = c;
            tie.second = p;
            cut.actors = s - below;
            cut.largest_remaining = below;
            sectors.add(counts, subtree(f, r), +1);
            sectors.add(counts, subtree(f, c), -1);
            cut.listed = list_actors(network, f, {subtree(f, r)}, subtree(f, c), kNoPosition,
                                     options.max_listed_actors);
        }
        cut.sectors = sectors.to_map(counts);
        result.ties.push_back(std::move(tie));
    }

    const auto id = [&](NodeId v) -> const std::string& { return network.actor(v).id; };
    std::sort(result.actors.begin(), result.actors.end(),
              [&](const FragileActor& x, const FragileActor& y) {
                  if (x.cut_off.actors != y.cut_off.actors) {
                      return x.cut_off.actors > y.cut_off.actors;
                  }
                  return id(x.actor) < id(y.actor);
              });
    std::sort(result.ties.begin(), result.ties.end(),
              [&](const FragileTie& x, const FragileTie& y) {
                  if (x.cut_off.actors != y.cut_off.actors) {
                      return x.cut_off.actors > y.cut_off.actors;
                  }
                  if (id(x.first) != id(y.first)) return id(x.first) < id(y.first);
                  return id(x.second) < id(y.second);
              });
    return result;
}

}  // namespace coopnet

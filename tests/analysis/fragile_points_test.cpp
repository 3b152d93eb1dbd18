#include "analysis/gaps/fragile_points.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/structure/cut_points.hpp"
#include "tests/analysis/classic_graphs.hpp"

namespace coopnet {
namespace {

Network numbered_network(const std::vector<std::string>& sectors,
                         const std::vector<std::pair<NodeId, NodeId>>& ties,
                         bool directed = false) {
    std::vector<Actor> actors(sectors.size());
    for (std::size_t v = 0; v < sectors.size(); ++v) {
        actors[v].id = std::string("v").append(std::to_string(v));
        actors[v].sector = sectors[v];
    }
    std::vector<Tie> list;
    for (const auto& [source, target] : ties) {
        Tie tie;
        tie.source = source;
        tie.target = target;
        list.push_back(std::move(tie));
    }
    return make_network("hand", directed, std::move(actors), std::move(list));
}

// The same network with sector "s<v mod k>" for every actor.
Network with_sectors(const Network& base, std::size_t k) {
    std::vector<Actor> actors(base.actors().begin(), base.actors().end());
    for (std::size_t v = 0; v < actors.size(); ++v)
        actors[v].sector = std::string("s").append(std::to_string(v % k));
    return make_network("r", base.directed(), std::move(actors), base.ties());
}

// What the naive reference finds for one loss.
struct NaiveCut {
    std::size_t actors = 0;
    std::size_t largest = 0;
    std::size_t component = 0;
    std::size_t parts = 0;
    std::map<std::string, std::size_t> sectors;
    std::vector<NodeId> cut;  // all cut-off actors, by NodeId
};

// Parts of the component of `start` after removing `removed` (an actor, or none) and the
// tie `skip` (or none), found by plain breadth-first search on adjacency sets.
std::vector<std::vector<NodeId>> parts_after(const std::vector<std::set<NodeId>>& adj,
                                             const std::vector<NodeId>& component,
                                             std::optional<NodeId> removed,
                                             std::pair<NodeId, NodeId> skip) {
    std::set<NodeId> unseen(component.begin(), component.end());
    if (removed) unseen.erase(*removed);
    std::vector<std::vector<NodeId>> parts;
    while (!unseen.empty()) {
        std::vector<NodeId> part{*unseen.begin()};
        unseen.erase(unseen.begin());
        for (std::size_t i = 0; i < part.size(); ++i) {
            for (const NodeId w : adj[part[i]]) {
                const bool skipped = (part[i] == skip.first && w == skip.second) ||
                                     (part[i] == skip.second && w == skip.first);
                if (skipped || !unseen.count(w)) continue;
                unseen.erase(w);
                part.push_back(w);
            }
        }
        std::sort(part.begin(), part.end());
        parts.push_back(part);
    }
    return parts;
}

NaiveCut naive_cut(const Network& network, std::vector<std::vector<NodeId>> parts,
                   std::size_t component) {
    // Keep the largest part; on equal sizes the one holding the smallest NodeId.
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
        if (a.size() != b.size()) return a.size() > b.size();
        return a.front() < b.front();
    });
    NaiveCut cut;
    cut.component = component;
    cut.parts = parts.size();
    cut.largest = parts.front().size();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        for (const NodeId v : parts[i]) {
            ++cut.actors;
            ++cut.sectors[network.actor(v).sector];
            cut.cut.push_back(v);
        }
    }
    std::sort(cut.cut.begin(), cut.cut.end());
    return cut;
}

void compare_with_naive(const Network& network) {
    const std::size_t n = network.actor_count();
    std::vector<std::set<NodeId>> adj(n);
    for (const TieRef& tie : network.ties()) {
        if (tie.source == tie.target) continue;
        adj[tie.source].insert(tie.target);
        adj[tie.target].insert(tie.source);
    }
    // Components by the same plain search.
    std::vector<NodeId> everyone(n);
    for (NodeId v = 0; v < n; ++v) everyone[v] = v;
    std::vector<std::vector<NodeId>> component_of(n);
    for (const auto& part : parts_after(adj, everyone, std::nullopt, {n, n})) {
        for (const NodeId v : part) component_of[v] = part;
    }

    FragilePointsOptions options;
    options.max_listed_actors = 4;
    const FragilePoints fast = fragile_points(network, options);
    const auto id_sorted = [&](std::vector<NodeId> actors) {
        std::sort(actors.begin(), actors.end(),
                  [&](NodeId a, NodeId b) { return network.actor(a).id < network.actor(b).id; });
        return actors;
    };

    std::map<NodeId, NaiveCut> naive_points;
    for (NodeId v = 0; v < n; ++v) {
        auto parts = parts_after(adj, component_of[v], v, {n, n});
        if (parts.size() >= 2) {
            naive_points[v] = naive_cut(network, parts, component_of[v].size());
        }
    }
    REQUIRE(fast.actors.size() == naive_points.size());
    for (std::size_t i = 0; i < fast.actors.size(); ++i) {
        const FragileActor& point = fast.actors[i];
        REQUIRE(naive_points.count(point.actor));
        const NaiveCut& naive = naive_points[point.actor];
        CHECK(point.cut_off.actors == naive.actors);
        CHECK(point.cut_off.largest_remaining == naive.largest);
        CHECK(point.cut_off.component_size == naive.component);
        CHECK(point.parts == naive.parts);
        CHECK(point.cut_off.sectors == naive.sectors);
        if (naive.actors <= options.max_listed_actors) {
            CHECK(point.cut_off.listed == id_sorted(naive.cut));
        } else {
            CHECK(point.cut_off.listed.size() == options.max_listed_actors);
        }
        if (i > 0) CHECK(fast.actors[i - 1].cut_off.actors >= point.cut_off.actors);
    }

    std::map<std::pair<NodeId, NodeId>, std::pair<NaiveCut, NodeId>> naive_bridges;
    for (NodeId u = 0; u < n; ++u) {
        for (const NodeId v : adj[u]) {
            if (v < u) continue;
            auto parts = parts_after(adj, component_of[u], std::nullopt, {u, v});
            if (parts.size() < 2) continue;
            NaiveCut cut = naive_cut(network, parts, component_of[u].size());
            const NodeId cut_end = std::binary_search(cut.cut.begin(), cut.cut.end(), u) ? u : v;
            naive_bridges[{u, v}] = {cut, cut_end};
        }
    }
    REQUIRE(fast.ties.size() == naive_bridges.size());
    for (const FragileTie& tie : fast.ties) {
        const auto key = std::minmax(tie.first, tie.second);
        REQUIRE(naive_bridges.count(key));
        const auto& [naive, cut_end] = naive_bridges[key];
        CHECK(tie.second == cut_end);
        CHECK(tie.cut_off.actors == naive.actors);
        CHECK(tie.cut_off.largest_remaining == naive.largest);
        CHECK(tie.cut_off.sectors == naive.sectors);
        if (naive.actors <= options.max_listed_actors) {
            CHECK(tie.cut_off.listed == id_sorted(naive.cut));
        }
    }

    // The same points and bridges as cut_points().
    const CutPoints reference = cut_points(network);
    std::size_t articulation = 0;
    for (NodeId v = 0; v < n; ++v) articulation += reference.articulation[v] ? 1 : 0;
    CHECK(articulation == fast.actors.size());
    CHECK(reference.bridges.size() == fast.ties.size());
}

//   v0 --- v1 --- v2 --- v3         v6 (alone)      v7 --- v8
//    \     /       |
//     \   /        v4
//      v5
// sectors: v0, v5 municipality; v1 business; v2 foundation; v3, v4 civil_society;
// v6, v7, v8 other.
Network hand_graph() {
    return numbered_network({"municipality", "business", "foundation", "civil_society",
                             "civil_society", "municipality", "other", "other", "other"},
                            {{0, 1}, {1, 2}, {2, 3}, {0, 5}, {1, 5}, {2, 4}, {7, 8}});
}

}  // namespace

TEST_CASE("fragile points: a hand graph's cut points and bridges cut off what is drawn",
          "[fragile]") {
    const Network network = hand_graph();
    const FragilePoints fragile = fragile_points(network);

    // v1: parts {v0, v5} and {v2, v3, v4}; the larger stays, 2 municipality actors go.
    // v2: parts {v0, v1, v5}, {v3}, {v4}: v3 and v4 (civil_society) go. Equal damage: by id.
    REQUIRE(fragile.actors.size() == 2);
    const FragileActor& v1 = fragile.actors[0];
    CHECK(v1.actor == 1);
    CHECK(v1.parts == 2);
    CHECK(v1.cut_off.actors == 2);
    CHECK(v1.cut_off.largest_remaining == 3);
    CHECK(v1.cut_off.component_size == 6);
    CHECK(v1.cut_off.sectors == std::map<std::string, std::size_t>{{"municipality", 2}});
    CHECK(v1.cut_off.listed == std::vector<NodeId>{0, 5});
    const FragileActor& v2 = fragile.actors[1];
    CHECK(v2.actor == 2);
    CHECK(v2.parts == 3);
    CHECK(v2.cut_off.actors == 2);
    CHECK(v2.cut_off.sectors == std::map<std::string, std::size_t>{{"civil_society", 2}});

    // Bridges: v1–v2 splits 3 | 3, the side without v0 goes ({v2, v3, v4}); v2–v3 and
    // v2–v4 cut off one actor each; v7–v8 splits 1 | 1, v8 goes.
    REQUIRE(fragile.ties.size() == 4);
    CHECK(fragile.ties[0].first == 1);
    CHECK(fragile.ties[0].second == 2);
    CHECK(fragile.ties[0].cut_off.actors == 3);
    CHECK(fragile.ties[0].cut_off.sectors ==
          std::map<std::string, std::size_t>{{"civil_society", 2}, {"foundation", 1}});
    CHECK(fragile.ties[0].cut_off.listed == std::vector<NodeId>{2, 3, 4});
    CHECK(fragile.ties[1].second == 3);
    CHECK(fragile.ties[2].second == 4);
    CHECK(fragile.ties[3].first == 7);
    CHECK(fragile.ties[3].second == 8);
    CHECK(fragile.ties[3].cut_off.component_size == 2);
    CHECK(fragile.ties[3].cut_off.largest_remaining == 1);

    SECTION("no listed actors when asked for none") {
        const FragilePoints counts_only = fragile_points(network, FragilePointsOptions{0});
        CHECK(counts_only.actors[0].cut_off.listed.empty());
        CHECK(counts_only.actors[0].cut_off.actors == 2);
    }
}

TEST_CASE("fragile points: a star's centre cuts off all but one leaf", "[fragile]") {
    //      v1
    //      |
    // v2 - v0 - v3      removing v0 leaves four single actors: v1 stays (smallest NodeId)
    //      |
    //      v4
    const Network network =
        numbered_network({"a", "b", "b", "c", "c"}, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    const FragilePoints fragile = fragile_points(network);
    REQUIRE(fragile.actors.size() == 1);
    CHECK(fragile.actors[0].parts == 4);
    CHECK(fragile.actors[0].cut_off.actors == 3);
    CHECK(fragile.actors[0].cut_off.largest_remaining == 1);
    CHECK(fragile.actors[0].cut_off.listed == std::vector<NodeId>{2, 3, 4});
    CHECK(fragile.actors[0].cut_off.sectors ==
          std::map<std::string, std::size_t>{{"b", 1}, {"c", 2}});
    CHECK(fragile.ties.size() == 4);
}

TEST_CASE("fragile points: the DFS derivation matches naive removal on seeded random graphs",
          "[fragile]") {
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        compare_with_naive(with_sectors(classic::gnp_random(40, 0.06, false, 1, seed), 3));
        compare_with_naive(with_sectors(classic::gnp_random(30, 0.08, true, 1, seed), 4));
        compare_with_naive(with_sectors(classic::barabasi_albert(35, 1, seed), 3));
        compare_with_naive(with_sectors(classic::barabasi_albert(35, 2, seed), 2));
    }
}

TEST_CASE("fragile points: degenerate networks have none", "[fragile]") {
    CHECK(fragile_points(Network{}).actors.empty());
    const FragilePoints single = fragile_points(numbered_network({"x"}, {}));
    CHECK(single.actors.empty());
    CHECK(single.ties.empty());
    //   v0 - v1 - v2 - v0 (a triangle) with a self-tie on v0 and a repeated tie v0-v1
    const FragilePoints cycle =
        fragile_points(numbered_network({"x", "x", "x"}, {{0, 1}, {1, 2}, {2, 0}, {0, 0}, {0, 1}}));
    CHECK(cycle.actors.empty());
    CHECK(cycle.ties.empty());
    //   v0 -> v1 -> v2 (directed: read undirected, v1 is a cut point)
    const FragilePoints path =
        fragile_points(numbered_network({"x", "y", "z"}, {{0, 1}, {1, 2}}, true));
    REQUIRE(path.actors.size() == 1);
    CHECK(path.actors[0].actor == 1);
    CHECK(path.actors[0].cut_off.sectors == std::map<std::string, std::size_t>{{"z", 1}});
}

}  // namespace coopnet

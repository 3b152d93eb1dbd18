#include "analysis/gaps/suggestions.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <cmath>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::network_from_actors;
namespace {

//   Jugendamt     Quartiersbüro    Firma Stahl
//       m1 -------- h1 -------- b1
//       | \                     /
//       |  '------- h2 --------'       h2 = Moschee-Verein
//       |
//       h3 -------- f1                 h3 = Stadtteilbüro, f1 = Stiftung Marxloh
//       |
//       c1                             c1 = Kulturverein
//
//   z1 --- z2   (Stiftung Z, Z GmbH)     i1 (alone, no label)
// m1 municipality, b1 and z2 business, f1 and z1 foundation, i1 religious, others
// civil_society.
Network hand_graph() {
    return network_from_actors({{"m1", "municipality", "Jugendamt"},
                                {"b1", "business", "Firma Stahl"},
                                {"f1", "foundation", "Stiftung Marxloh"},
                                {"h1", "civil_society", "Quartiersbüro"},
                                {"h2", "civil_society", "Moschee-Verein"},
                                {"h3", "civil_society", "Stadtteilbüro"},
                                {"c1", "civil_society", "Kulturverein"},
                                {"z1", "foundation", "Stiftung Z"},
                                {"z2", "business", "Z GmbH"},
                                {"i1", "religious"}},
                               {{0, 3}, {3, 1}, {0, 4}, {4, 1}, {0, 5}, {5, 2}, {5, 6}, {7, 8}});
}

const std::string& id(const Network& network, NodeId v) { return network.actor(v).id; }

}  // namespace

TEST_CASE("suggestions: the pair with two exclusive shared partners comes first", "[suggest]") {
    const Network network = hand_graph();
    const SuggestionsResult result = suggest_ties(network);
    CHECK(result.weights == WeightMode::Unweighted);
    // Candidates (different groups, not tied, a shared partner):
    //   b1–m1 via h1, h2 (degree 2 each): RA = 1/2 + 1/2 = 1, AA = 2/ln 2   [triangle side 0]
    //   f1–m1 via h3 (degree 3):          RA = 1/3,          AA = 1/ln 3   [triangle side 1]
    //   c1–f1 and c1–m1 via h3:           RA = 1/3                           [off the triangle]
    // (h1, h2, h3 and c1 share partners but all are civil_society.)
    REQUIRE(result.pairs.size() == 4);
    const PairSuggestion& best = result.pairs[0];
    CHECK(id(network, best.first) == "b1");
    CHECK(id(network, best.second) == "m1");
    CHECK(best.first_group == "business");
    CHECK(best.second_group == "municipality");
    CHECK(best.triangle_side == std::optional<std::size_t>(0));
    CHECK(best.resource_allocation == Approx(1.0));
    CHECK(best.adamic_adar == Approx(2.0 / std::log(2.0)));
    CHECK(best.shared_partners == std::vector<NodeId>{3, 4});

    CHECK(id(network, result.pairs[1].first) == "f1");
    CHECK(id(network, result.pairs[1].second) == "m1");
    CHECK(result.pairs[1].triangle_side == std::optional<std::size_t>(1));
    CHECK(result.pairs[1].resource_allocation == Approx(1.0 / 3.0));
    // Off the triangle, equal scores: by ids.
    CHECK_FALSE(result.pairs[2].triangle_side.has_value());
    CHECK(id(network, result.pairs[2].first) == "c1");
    CHECK(id(network, result.pairs[2].second) == "f1");
    CHECK(id(network, result.pairs[3].second) == "m1");

    // Joins: the largest part (7 actors) has hub h3 (degree 3, ties with m1 broken by id).
    REQUIRE(result.joins.size() == 2);
    CHECK(id(network, result.joins[0].first) == "h3");
    CHECK(id(network, result.joins[0].second) == "z1");
    CHECK(result.joins[0].first_component_size == 7);
    CHECK(result.joins[0].second_component_size == 2);
    CHECK(id(network, result.joins[1].second) == "i1");

    SECTION("top_k keeps the best") {
        SuggestionOptions options;
        options.top_k = 1;
        const SuggestionsResult one = suggest_ties(network, options);
        REQUIRE(one.pairs.size() == 1);
        CHECK(one.pairs[0].first == best.first);
        CHECK(one.joins.size() == 1);
        options.top_k = 0;
        CHECK(suggest_ties(network, options).pairs.empty());
    }
}

TEST_CASE("suggestions: scores match a naive all-pairs count on random networks", "[suggest]") {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Network base = classic::gnp_random(30, 0.12, seed % 2 == 0, 1, seed);
        std::vector<Actor> actors(base.actors().begin(), base.actors().end());
        const char* sectors[] = {"municipality", "business", "foundation", "civil_society"};
        for (std::size_t v = 0; v < actors.size(); ++v) actors[v].sector = sectors[v % 4];
        const Network network = make_network("r", base.directed(), std::move(actors), base.ties());
        const std::size_t n = network.actor_count();
        std::vector<std::set<NodeId>> adj(n);
        for (const TieRef& tie : network.ties()) {
            adj[tie.source].insert(tie.target);
            adj[tie.target].insert(tie.source);
        }
        // (triangle?, RA, AA) for every candidate pair, keyed by (u, v), u < v.
        std::map<std::pair<NodeId, NodeId>, std::tuple<bool, double, double>> naive;
        for (NodeId u = 0; u < n; ++u) {
            for (NodeId v = u + 1; v < n; ++v) {
                const std::string& gu = network.actor(u).sector;
                const std::string& gv = network.actor(v).sector;
                if (gu == gv || adj[u].count(v)) continue;
                double ra = 0.0;
                double aa = 0.0;
                for (const NodeId z : adj[u]) {
                    if (!adj[v].count(z)) continue;
                    ra += 1.0 / static_cast<double>(adj[z].size());
                    aa += 1.0 / std::log(static_cast<double>(adj[z].size()));
                }
                if (ra == 0.0) continue;
                const bool triangle = gu != "civil_society" && gv != "civil_society";
                naive[{u, v}] = {triangle, ra, aa};
            }
        }
        std::vector<std::tuple<bool, double, double>> ranked;
        for (const auto& [key, value] : naive) ranked.push_back(value);
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a);
            return std::get<1>(a) > std::get<1>(b) + 1e-12 ||
                   (std::abs(std::get<1>(a) - std::get<1>(b)) <= 1e-12 &&
                    std::get<2>(a) > std::get<2>(b));
        });

        SuggestionOptions options;
        options.top_k = 15;
        const SuggestionsResult result = suggest_ties(network, options);
        REQUIRE(result.pairs.size() == std::min<std::size_t>(15, naive.size()));
        for (std::size_t i = 0; i < result.pairs.size(); ++i) {
            const PairSuggestion& s = result.pairs[i];
            const auto key = std::minmax(s.first, s.second);
            REQUIRE(naive.count(key));
            const auto& [triangle, ra, aa] = naive[key];
            CHECK(s.triangle_side.has_value() == triangle);
            CHECK(s.resource_allocation == Approx(ra));
            CHECK(s.adamic_adar == Approx(aa));
            CHECK(s.resource_allocation == Approx(std::get<1>(ranked[i])));
            CHECK(s.shared_partners.size() ==
                  static_cast<std::size_t>(
                      std::count_if(adj[s.first].begin(), adj[s.first].end(),
                                    [&](NodeId z) { return adj[s.second].count(z) > 0; })));
        }
    }
}

TEST_CASE("suggestions: degenerate networks", "[suggest]") {
    SECTION("empty network") {
        const SuggestionsResult result = suggest_ties(Network{});
        CHECK(result.pairs.empty());
        CHECK(result.joins.empty());
    }
    SECTION("no ties: no pairs, every isolate joined to the first") {
        const Network network = network_from_actors(
            {{"a", "municipality"}, {"b", "business"}, {"c", "foundation"}}, {});
        const SuggestionsResult result = suggest_ties(network);
        CHECK(result.pairs.empty());
        REQUIRE(result.joins.size() == 2);
        CHECK(id(network, result.joins[0].first) == "a");
        CHECK(id(network, result.joins[0].second) == "b");
    }
    SECTION("one group: nothing to suggest between groups") {
        //   a - b - c
        const Network network =
            network_from_actors({{"a", "x"}, {"b", "x"}, {"c", "x"}}, {{0, 1}, {1, 2}});
        const SuggestionsResult result = suggest_ties(network);
        CHECK(result.pairs.empty());
        CHECK(result.joins.empty());
    }
    SECTION("directed ties are read both ways") {
        //   a -> b <- c        a and c share b
        const Network network = network_from_actors(
            {{"a", "municipality"}, {"b", "x"}, {"c", "business"}}, {{0, 1}, {2, 1}}, true);
        const SuggestionsResult result = suggest_ties(network);
        REQUIRE(result.pairs.size() == 1);
        CHECK(result.pairs[0].resource_allocation == Approx(0.5));
        CHECK(result.pairs[0].triangle_side == std::optional<std::size_t>(0));
    }
    SECTION("an empty group attribute throws") {
        SuggestionOptions options;
        options.group_attribute = "";
        REQUIRE_THROWS_AS(suggest_ties(Network{}, options), InvalidArgument);
    }
}

}  // namespace coopnet

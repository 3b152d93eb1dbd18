#include "tests/analysis/classic_graphs.hpp"

#include <array>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace coopnet::classic {
namespace {

struct Pair {
    NodeId source;
    NodeId target;
};

struct WeightedPair {
    NodeId source;
    NodeId target;
    double weight;
};

std::vector<Actor> numbered_actors(std::size_t n) {
    std::vector<Actor> actors(n);
    for (std::size_t v = 0; v < n; ++v) actors[v].id = std::to_string(v);
    return actors;
}

template <typename Range>
std::vector<Tie> unit_ties(const Range& pairs) {
    std::vector<Tie> ties;
    for (const Pair& pair : pairs) {
        Tie tie;
        tie.source = pair.source;
        tie.target = pair.target;
        ties.push_back(std::move(tie));
    }
    return ties;
}

// Source: networkx 3.6.1, nx.florentine_families_graph(): node order and edge order as
// G.nodes() and G.edges() list them.
constexpr std::array<const char*, 15> kFlorentineFamilies = {
    "Acciaiuoli", "Medici",   "Castellani", "Peruzzi", "Strozzi",
    "Barbadori",  "Ridolfi",  "Tornabuoni", "Albizzi", "Salviati",
    "Pazzi",      "Bischeri", "Guadagni",   "Ginori",  "Lamberteschi",
};
constexpr std::array<Pair, 20> kFlorentineTies = {{
    {0, 1},  {1, 5}, {1, 6},  {1, 7}, {1, 8},  {1, 9},  {2, 3},  {2, 4},  {2, 5},   {3, 4},
    {3, 11}, {4, 6}, {4, 11}, {6, 7}, {7, 12}, {8, 13}, {8, 12}, {9, 10}, {11, 12}, {12, 14},
}};

// Source: networkx 3.6.1, nx.karate_club_graph(): G.edges(data="weight") and the node
// attribute "club" (0 = "Mr. Hi", 1 = "Officer").
constexpr std::array<WeightedPair, 78> kKarateTies = {{
    {0, 1, 4},   {0, 2, 5},   {0, 3, 3},   {0, 4, 3},   {0, 5, 3},   {0, 6, 3},   {0, 7, 2},
    {0, 8, 2},   {0, 10, 2},  {0, 11, 3},  {0, 12, 1},  {0, 13, 3},  {0, 17, 2},  {0, 19, 2},
    {0, 21, 2},  {0, 31, 2},  {1, 2, 6},   {1, 3, 3},   {1, 7, 4},   {1, 13, 5},  {1, 17, 1},
    {1, 19, 2},  {1, 21, 2},  {1, 30, 2},  {2, 3, 3},   {2, 7, 4},   {2, 8, 5},   {2, 9, 1},
    {2, 13, 3},  {2, 27, 2},  {2, 28, 2},  {2, 32, 2},  {3, 7, 3},   {3, 12, 3},  {3, 13, 3},
    {4, 6, 2},   {4, 10, 3},  {5, 6, 5},   {5, 10, 3},  {5, 16, 3},  {6, 16, 3},  {8, 30, 3},
    {8, 32, 3},  {8, 33, 4},  {9, 33, 2},  {13, 33, 3}, {14, 32, 3}, {14, 33, 2}, {15, 32, 3},
    {15, 33, 4}, {18, 32, 1}, {18, 33, 2}, {19, 33, 1}, {20, 32, 3}, {20, 33, 1}, {22, 32, 2},
    {22, 33, 3}, {23, 25, 5}, {23, 27, 4}, {23, 29, 3}, {23, 32, 5}, {23, 33, 4}, {24, 25, 2},
    {24, 27, 3}, {24, 31, 2}, {25, 31, 7}, {26, 29, 4}, {26, 33, 2}, {27, 33, 4}, {28, 31, 2},
    {28, 33, 2}, {29, 32, 4}, {29, 33, 2}, {30, 32, 3}, {30, 33, 3}, {31, 32, 4}, {31, 33, 4},
    {32, 33, 5},
}};
constexpr std::array<int, 34> kKarateOfficer = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0,
    0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

// Source: networkx 3.6.1, nx.krackhardt_kite_graph(): G.edges().
constexpr std::array<Pair, 18> kKiteTies = {{
    {0, 1},
    {0, 2},
    {0, 3},
    {0, 5},
    {1, 3},
    {1, 4},
    {1, 6},
    {2, 3},
    {2, 5},
    {3, 4},
    {3, 5},
    {3, 6},
    {4, 6},
    {5, 6},
    {5, 7},
    {6, 7},
    {7, 8},
    {8, 9},
}};

// Uniform integer in [0, bound) from a 64-bit generator by rejection of the incomplete top
// block, so the sequence is the same with every standard library.
std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t bound) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = kMax - kMax % bound;
    std::uint64_t x = rng();
    while (x >= limit) x = rng();
    return x % bound;
}

}  // namespace

Network florentine_families() {
    std::vector<Actor> actors(kFlorentineFamilies.size());
    for (std::size_t v = 0; v < actors.size(); ++v) actors[v].id = kFlorentineFamilies[v];
    return make_network("florentine_families", false, std::move(actors),
                        unit_ties(kFlorentineTies));
}

Network karate_club() {
    std::vector<Actor> actors = numbered_actors(kKarateOfficer.size());
    for (std::size_t v = 0; v < actors.size(); ++v) {
        const std::string club = kKarateOfficer[v] != 0 ? "Officer" : "Mr. Hi";
        actors[v].sector = club;
        actors[v].attributes.emplace("club", club);
    }
    std::vector<Tie> ties;
    for (const WeightedPair& pair : kKarateTies) {
        Tie tie;
        tie.source = pair.source;
        tie.target = pair.target;
        tie.weight = pair.weight;
        ties.push_back(std::move(tie));
    }
    return make_network("karate_club", false, std::move(actors), std::move(ties));
}

Network krackhardt_kite() {
    return make_network("krackhardt_kite", false, numbered_actors(10), unit_ties(kKiteTies));
}

Network barabasi_albert(std::size_t n, std::size_t m, std::uint64_t seed) {
    if (m < 1 || m >= n) {
        throw InvalidArgument("barabasi_albert: need 1 <= m < n");
    }
    std::vector<Pair> pairs;
    pairs.reserve(m + (n - m - 1) * m);
    std::vector<NodeId> endpoints;  // each tie's two ends: degree-proportional sampling
    endpoints.reserve(2 * pairs.capacity());
    for (std::size_t leaf = 1; leaf <= m; ++leaf) {
        pairs.push_back({0, static_cast<NodeId>(leaf)});
        endpoints.push_back(0);
        endpoints.push_back(static_cast<NodeId>(leaf));
    }
    std::mt19937_64 rng(seed);
    std::vector<NodeId> targets;
    std::vector<std::uint8_t> chosen(n, 0);
    for (std::size_t v = m + 1; v < n; ++v) {
        targets.clear();
        while (targets.size() < m) {
            const NodeId t = endpoints[uniform_below(rng, endpoints.size())];
            if (chosen[t] != 0) continue;
            chosen[t] = 1;
            targets.push_back(t);
        }
        for (NodeId t : targets) {
            chosen[t] = 0;
            pairs.push_back({static_cast<NodeId>(v), t});
            endpoints.push_back(t);
            endpoints.push_back(static_cast<NodeId>(v));
        }
    }
    return make_network("barabasi_albert", false, numbered_actors(n), unit_ties(pairs));
}

Network gnp_random(std::size_t n, double p, bool directed, std::uint32_t max_weight,
                   std::uint64_t seed) {
    if (!(p >= 0.0 && p <= 1.0) || max_weight < 1) {
        throw InvalidArgument("gnp_random: need 0 <= p <= 1 and max_weight >= 1");
    }
    std::mt19937_64 rng(seed);
    std::vector<Tie> ties;
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t v = directed ? 0 : u + 1; v < n; ++v) {
            if (u == v) continue;
            // 53 random bits to a double in [0, 1).
            const double draw = static_cast<double>(rng() >> 11) * 0x1.0p-53;
            if (draw >= p) continue;
            Tie tie;
            tie.source = static_cast<NodeId>(u);
            tie.target = static_cast<NodeId>(v);
            tie.weight = static_cast<double>(1 + uniform_below(rng, max_weight));
            ties.push_back(std::move(tie));
        }
    }
    return make_network("gnp_random", directed, numbered_actors(n), std::move(ties));
}

}  // namespace coopnet::classic

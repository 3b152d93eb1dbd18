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

template <typename Range>
std::vector<Tie> weighted_ties(const Range& pairs) {
    std::vector<Tie> ties;
    for (const WeightedPair& pair : pairs) {
        Tie tie;
        tie.source = pair.source;
        tie.target = pair.target;
        tie.weight = pair.weight;
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

// Source: networkx 2.8.8, nx.les_miserables_graph() (Knuth 1993, The Stanford GraphBase): node order
// and edge order as G.nodes() and G.edges(data="weight") list them.
constexpr std::array<const char*, 77> kMiserablesCharacters = {
    "Napoleon", "Myriel", "MlleBaptistine", "MmeMagloire", "CountessDeLo", "Geborand",
    "Champtercier", "Cravatte", "Count", "OldMan", "Valjean", "Labarre", "Marguerite", "MmeDeR",
    "Isabeau", "Gervais", "Listolier", "Tholomyes", "Fameuil", "Blacheville", "Favourite",
    "Dahlia", "Zephine", "Fantine", "MmeThenardier", "Thenardier", "Cosette", "Javert",
    "Fauchelevent", "Bamatabois", "Perpetue", "Simplice", "Scaufflaire", "Woman1", "Judge",
    "Champmathieu", "Brevet", "Chenildieu", "Cochepaille", "Pontmercy", "Boulatruelle",
    "Eponine", "Anzelma", "Woman2", "MotherInnocent", "Gribier", "MmeBurgon", "Jondrette",
    "Gavroche", "Gillenormand", "Magnon", "MlleGillenormand", "MmePontmercy", "MlleVaubois",
    "LtGillenormand", "Marius", "BaronessT", "Mabeuf", "Enjolras", "Combeferre", "Prouvaire",
    "Feuilly", "Courfeyrac", "Bahorel", "Bossuet", "Joly", "Grantaire", "MotherPlutarch",
    "Gueulemer", "Babet", "Claquesous", "Montparnasse", "Toussaint", "Child1", "Child2",
    "Brujon", "MmeHucheloup",
};
constexpr std::array<WeightedPair, 254> kMiserablesTies = {{
    {0, 1, 1}, {1, 2, 8}, {1, 3, 10}, {1, 4, 1}, {1, 5, 1}, {1, 6, 1}, {1, 7, 1}, {1, 8, 2},
    {1, 9, 1}, {1, 10, 5}, {2, 3, 6}, {2, 10, 3}, {3, 10, 3}, {10, 11, 1}, {10, 12, 1},
    {10, 13, 1}, {10, 14, 1}, {10, 15, 1}, {10, 23, 9}, {10, 24, 7}, {10, 25, 12}, {10, 26, 31},
    {10, 27, 17}, {10, 28, 8}, {10, 29, 2}, {10, 31, 3}, {10, 32, 1}, {10, 33, 2}, {10, 34, 3},
    {10, 35, 3}, {10, 36, 2}, {10, 37, 2}, {10, 38, 2}, {10, 43, 3}, {10, 44, 1}, {10, 48, 1},
    {10, 49, 2}, {10, 51, 2}, {10, 55, 19}, {10, 58, 4}, {10, 64, 1}, {10, 68, 1}, {10, 69, 1},
    {10, 70, 1}, {10, 71, 1}, {10, 72, 1}, {12, 23, 2}, {16, 17, 4}, {16, 18, 4}, {16, 19, 4},
    {16, 20, 3}, {16, 21, 3}, {16, 22, 3}, {16, 23, 3}, {17, 18, 4}, {17, 19, 4}, {17, 20, 3},
    {17, 21, 3}, {17, 22, 3}, {17, 23, 3}, {17, 26, 1}, {17, 55, 1}, {18, 19, 4}, {18, 20, 3},
    {18, 21, 3}, {18, 22, 3}, {18, 23, 3}, {19, 20, 4}, {19, 21, 3}, {19, 22, 3}, {19, 23, 3},
    {20, 21, 5}, {20, 22, 4}, {20, 23, 4}, {21, 22, 4}, {21, 23, 4}, {22, 23, 4}, {23, 24, 2},
    {23, 25, 1}, {23, 27, 5}, {23, 29, 1}, {23, 30, 1}, {23, 31, 2}, {24, 25, 13}, {24, 26, 4},
    {24, 27, 1}, {24, 41, 2}, {24, 42, 1}, {24, 50, 1}, {24, 68, 1}, {24, 69, 1}, {24, 70, 1},
    {25, 26, 1}, {25, 27, 5}, {25, 39, 1}, {25, 40, 1}, {25, 41, 3}, {25, 42, 2}, {25, 48, 1},
    {25, 55, 2}, {25, 68, 5}, {25, 69, 6}, {25, 70, 4}, {25, 71, 1}, {25, 75, 3}, {26, 27, 1},
    {26, 43, 1}, {26, 49, 3}, {26, 51, 2}, {26, 54, 1}, {26, 55, 21}, {26, 72, 2}, {27, 28, 1},
    {27, 29, 1}, {27, 31, 1}, {27, 33, 1}, {27, 43, 1}, {27, 48, 1}, {27, 58, 6}, {27, 68, 1},
    {27, 69, 2}, {27, 70, 1}, {27, 71, 1}, {27, 72, 1}, {28, 44, 3}, {28, 45, 2}, {29, 34, 2},
    {29, 35, 2}, {29, 36, 1}, {29, 37, 1}, {29, 38, 1}, {30, 31, 2}, {34, 35, 3}, {34, 36, 2},
    {34, 37, 2}, {34, 38, 2}, {35, 36, 2}, {35, 37, 2}, {35, 38, 2}, {36, 37, 2}, {36, 38, 2},
    {37, 38, 2}, {39, 52, 1}, {39, 55, 1}, {41, 42, 2}, {41, 55, 5}, {41, 57, 1}, {41, 62, 1},
    {41, 68, 1}, {41, 69, 1}, {41, 70, 1}, {41, 71, 1}, {41, 75, 1}, {46, 47, 1}, {46, 48, 2},
    {48, 55, 4}, {48, 57, 1}, {48, 58, 7}, {48, 59, 6}, {48, 60, 1}, {48, 61, 2}, {48, 62, 7},
    {48, 63, 5}, {48, 64, 5}, {48, 65, 3}, {48, 66, 1}, {48, 68, 1}, {48, 69, 1}, {48, 71, 1},
    {48, 73, 2}, {48, 74, 2}, {48, 75, 1}, {48, 76, 1}, {49, 50, 1}, {49, 51, 9}, {49, 54, 1},
    {49, 55, 12}, {49, 56, 1}, {51, 52, 1}, {51, 53, 1}, {51, 54, 2}, {51, 55, 6}, {54, 55, 1},
    {55, 56, 1}, {55, 57, 1}, {55, 58, 7}, {55, 59, 5}, {55, 61, 1}, {55, 62, 9}, {55, 63, 1},
    {55, 64, 5}, {55, 65, 2}, {57, 58, 1}, {57, 59, 2}, {57, 61, 1}, {57, 62, 2}, {57, 63, 2},
    {57, 64, 1}, {57, 65, 1}, {57, 67, 3}, {58, 59, 15}, {58, 60, 4}, {58, 61, 6}, {58, 62, 17},
    {58, 63, 4}, {58, 64, 10}, {58, 65, 5}, {58, 66, 3}, {58, 70, 1}, {58, 76, 1}, {59, 60, 2},
    {59, 61, 5}, {59, 62, 13}, {59, 63, 5}, {59, 64, 9}, {59, 65, 5}, {59, 66, 1}, {60, 61, 2},
    {60, 62, 3}, {60, 63, 2}, {60, 64, 2}, {60, 65, 2}, {60, 66, 1}, {61, 62, 6}, {61, 63, 3},
    {61, 64, 6}, {61, 65, 5}, {61, 66, 1}, {62, 63, 6}, {62, 64, 12}, {62, 65, 5}, {62, 66, 2},
    {62, 76, 1}, {63, 64, 4}, {63, 65, 5}, {63, 66, 1}, {63, 76, 1}, {64, 65, 7}, {64, 66, 3},
    {64, 76, 1}, {65, 66, 2}, {65, 76, 1}, {66, 76, 1}, {68, 69, 6}, {68, 70, 4}, {68, 71, 2},
    {68, 75, 3}, {69, 70, 4}, {69, 71, 2}, {69, 75, 3}, {70, 71, 2}, {70, 75, 1}, {71, 75, 1},
    {73, 74, 3},
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
    return make_network("karate_club", false, std::move(actors), weighted_ties(kKarateTies));
}

Network les_miserables() {
    std::vector<Actor> actors(kMiserablesCharacters.size());
    for (std::size_t v = 0; v < actors.size(); ++v) actors[v].id = kMiserablesCharacters[v];
    return make_network("les_miserables", false, std::move(actors),
                        weighted_ties(kMiserablesTies));
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

#include "analysis/brokerage/structural_holes.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::unweighted;
namespace {

using Edge = EdgeSpec;

// Burt's formulas written directly on a dense matrix built from the tie list (not from
// the adjacency): W = A + A^T with A the summed arc weights without self-ties.
struct NaiveHoles {
    std::vector<std::optional<double>> constraint;
    std::vector<std::optional<double>> effective_size;
};

NaiveHoles naive_holes(std::size_t n, bool directed, const std::vector<Edge>& edges) {
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
    for (const Edge& edge : edges) {
        if (edge.source == edge.target) continue;
        a[edge.source][edge.target] += edge.weight;
        if (!directed) a[edge.target][edge.source] += edge.weight;
    }
    std::vector<std::vector<double>> w(n, std::vector<double>(n, 0.0));
    std::vector<std::vector<double>> p(n, std::vector<double>(n, 0.0));
    std::vector<double> largest(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double sum = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            w[i][j] = a[i][j] + a[j][i];
            sum += w[i][j];
            largest[i] = std::max(largest[i], w[i][j]);
        }
        for (std::size_t j = 0; j < n; ++j) p[i][j] = sum > 0 ? w[i][j] / sum : 0.0;
    }
    NaiveHoles result{std::vector<std::optional<double>>(n), std::vector<std::optional<double>>(n)};
    for (std::size_t i = 0; i < n; ++i) {
        if (largest[i] == 0.0) continue;
        double c = 0.0;
        double es = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            if (w[i][j] == 0.0) continue;
            double indirect = 0.0;
            double redundancy = 0.0;
            for (std::size_t q = 0; q < n; ++q) {
                if (q == i || q == j) continue;
                indirect += p[i][q] * p[q][j];
                redundancy += p[i][q] * w[j][q] / largest[j];
            }
            c += (p[i][j] + indirect) * (p[i][j] + indirect);
            es += 1.0 - redundancy;
        }
        result.constraint[i] = c;
        result.effective_size[i] = es;
    }
    return result;
}

void check_all(const std::vector<std::optional<double>>& got, const std::vector<double>& expected) {
    REQUIRE(got.size() == expected.size());
    for (std::size_t v = 0; v < expected.size(); ++v) {
        INFO("actor " << v);
        if (std::isnan(expected[v])) {
            CHECK_FALSE(got[v].has_value());
        } else {
            REQUIRE(got[v].has_value());
            CHECK(*got[v] == Approx(expected[v]).epsilon(1e-12).margin(1e-15));
        }
    }
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

// Triangle 0-1-2 with a pendant 3 on 2, unit weights.
//
//     0 ----- 1
//      \     /
//       \   /
//         2 ----- 3
//
// p_0j = 1/2, p_2j = 1/3, p_1j = 1/2, p_32 = 1.
//   c_01 = (p_01 + p_02 p_21)^2 = (1/2 + 1/6)^2 = 4/9
//   c_02 = (p_02 + p_01 p_12)^2 = (1/2 + 1/4)^2 = 9/16        C_0 = 145/144
//   c_20 = c_21 = (1/3 + 1/3 * 1/2)^2 = 1/4, c_23 = (1/3)^2 = 1/9  C_2 = 11/18
// Effective size (Borgatti): ES_0 = 2 - 2*1/2 = 1, ES_2 = 3 - 2*1/3 = 7/3, ES_3 = 1.
// Hierarchy of 0: mean c = 145/288, r = 128/145 and 162/145, H = sum r ln r / (2 ln 2).
TEST_CASE("structural holes: a triangle with a pendant matches the hand calculation",
          "[structural_holes]") {
    const Network net = network_from_edges(4, {{0, 1}, {0, 2}, {1, 2}, {2, 3}});
    for (const AnalysisOptions& options : {AnalysisOptions{}, unweighted()}) {
        const StructuralHolesResult r = structural_holes(net, options);
        CHECK(r.contacts == std::vector<std::size_t>{2, 2, 3, 1});
        CHECK(*r.constraint[0] == Approx(145.0 / 144.0));
        CHECK(*r.constraint[1] == Approx(145.0 / 144.0));
        CHECK(*r.constraint[2] == Approx(11.0 / 18.0));
        CHECK(*r.constraint[3] == Approx(1.0));
        CHECK(*r.effective_size[0] == Approx(1.0));
        CHECK(*r.effective_size[2] == Approx(7.0 / 3.0));
        CHECK(*r.effective_size[3] == Approx(1.0));
        CHECK(*r.efficiency[0] == Approx(0.5));
        CHECK(*r.efficiency[2] == Approx(7.0 / 9.0));
        CHECK(*r.efficiency[3] == Approx(1.0));
        const double r1 = 128.0 / 145.0;
        const double r2 = 162.0 / 145.0;
        CHECK(*r.hierarchy[0] ==
              Approx((r1 * std::log(r1) + r2 * std::log(r2)) / (2.0 * std::log(2.0))));
        CHECK_FALSE(r.hierarchy[3].has_value());  // one contact: 0/0, undefined
    }
}

// Weighted triangle: w_01 = 2, w_02 = w_12 = 1.
//   p_01 = 2/3, p_02 = 1/3; max weight of 1 is 2, of 2 is 1.
//   ES_0 = (1 - p_02 m_12) + (1 - p_01 m_21) = (1 - 1/3 * 1/2) + (1 - 2/3 * 1) = 7/6
//   c_01 = (2/3 + 1/3 * 1/2)^2 = 25/36, c_02 = (1/3 + 2/3 * 1/3)^2 = 25/81
// networkx: nx.effective_size(G, weight="weight")[0] = 1.1666666666666667,
//           nx.constraint(G, weight="weight")[0] = 1.0030864197530862.
TEST_CASE("structural holes: weighted redundancy follows Burt's formula by hand",
          "[structural_holes]") {
    const Network net = network_from_edges(3, {{0, 1, 2.0}, {0, 2, 1.0}, {1, 2, 1.0}});
    const StructuralHolesResult r = structural_holes(net);
    CHECK(*r.effective_size[0] == Approx(7.0 / 6.0));
    CHECK(*r.efficiency[0] == Approx(7.0 / 12.0));
    CHECK(*r.constraint[0] == Approx(25.0 / 36.0 + 25.0 / 81.0));
    // Unweighted, the same triangle has ES = 2 - 2/2 = 1 for every actor.
    const StructuralHolesResult u = structural_holes(net, unweighted());
    for (NodeId v = 0; v < 3; ++v) CHECK(*u.effective_size[v] == Approx(1.0));
}

// Reference values: networkx 3.6.1 (pure Python, no scipy, so its per-node code path)
//   G = nx.karate_club_graph()
//   nx.constraint(G, weight="weight"), nx.effective_size(G, weight="weight")
// Hierarchy: sum over nx.local_constraint(G, v, j, weight="weight") as c_vj, then Burt's
// H = sum (c/mean) ln(c/mean) / (N ln N) (networkx has no hierarchy).
// python-igraph 0.10.2 (Debian python3-igraph): Graph.constraint(weights="weight") agrees
// with these to 3e-16 relative (and Graph.constraint() with the unweighted values below,
// and on the Florentine families).
TEST_CASE("structural holes: weighted karate club matches networkx", "[structural_holes]") {
    // clang-format off
    const std::vector<double> constraint = {
        0.19062348905638032, 0.3409019831285561,  0.25565383909645606, 0.4122226156115593,
        0.508088569654933,   0.49112922777491624, 0.5314047216519745,  0.527081950416345,
        0.3344147563587521,  0.5555555555555556,  0.5304976482780612,  1.0,
        0.7302295918367347,  0.3827486243156608,  0.6411266928285626,  0.6323943473973153,
        0.9397491245018718,  0.6653314075883578,  0.6670775837009678,  0.4391093639199636,
        0.7238213470731378,  0.6236083811249431,  0.6398342278393352,  0.3127739611655626,
        0.5124716553287981,  0.4563144985885511,  0.65316243881949,    0.3222101463859707,
        0.39898274124464594, 0.4389251973538791,  0.3944911707240065,  0.2754988351267919,
        0.2582561404837537,  0.18628728563229374};
    const std::vector<double> effective_size = {
        13.775000000000002, 6.4672413793103445, 7.946969696969697,  3.6333333333333333,
        2.225,              2.942857142857143,  2.7846153846153845, 1.4615384615384617,
        3.396078431372549,  2.0,                2.15,               1.0,
        1.3,                2.923529411764706,  1.0,                1.0,
        1.0,                1.288888888888889,  1.0,                2.413333333333333,
        1.0,                1.2666666666666666, 1.0,                3.723809523809524,
        2.428571428571429,  2.6258503401360542, 1.5666666666666669, 3.5076923076923077,
        2.5428571428571427, 2.4923076923076923, 2.690909090909091,  5.141043083900226,
        10.089285714285714, 15.22891865079365};
    const std::vector<double> hierarchy = {
        0.1659674360376833,    0.22815002176621504,  0.1851833706629191,   0.04776710896832062,
        0.10994987934390354,   0.10298957567294616,  0.15859952104519087,  0.047070627503507496,
        0.06274149510112681,   0.27807190511263746,  0.014212863288694805, kNaN,
        0.29316987674461276,   0.06683167853436424,  0.059164130275685296, 0.04430595046812771,
        0.0002896578588352538, 0.21052510840910474,  0.19968678298454662,  0.14947028558147854,
        0.34695883814942224,   0.0010540514409567493, 0.08072551698661881, 0.0501957083459709,
        0.005295287683644143,  0.2329451372628181,   0.13011580961524394,  0.11903734492683103,
        0.009260519954774104,  0.01593935161088008,  0.0719217420154488,   0.2113431325363731,
        0.33358954462367346,   0.30492517033531097};
    // clang-format on
    const StructuralHolesResult r = structural_holes(classic::karate_club());
    check_all(r.constraint, constraint);
    check_all(r.effective_size, effective_size);
    check_all(r.hierarchy, hierarchy);
    for (NodeId v = 0; v < 34; ++v) {
        CHECK(*r.efficiency[v] == Approx(effective_size[v] / static_cast<double>(r.contacts[v])));
    }
}

// networkx 3.6.1: G = nx.karate_club_graph(); nx.constraint(G), nx.effective_size(G)
// (weight=None: Borgatti's n - 2t/n for the effective size). Hierarchy as above with
// weight=None.
TEST_CASE("structural holes: unweighted karate club matches networkx", "[structural_holes]") {
    // clang-format off
    const std::vector<double> constraint = {
        0.15542329764660495, 0.27953510802469134, 0.18517663966049389, 0.39665964720507535,
        0.5294174382716048,  0.4774848090277778,  0.4774848090277778,  0.4427115885416667,
        0.3036007136678201,  0.5,                 0.5294174382716048,  1.0,
        0.6225043402777779,  0.32333541666666676, 0.5736795943867743,  0.5736795943867743,
        0.78125,             0.590868537808642,   0.5736795943867743,  0.37371935013717417,
        0.5736795943867743,  0.590868537808642,   0.5736795943867743,  0.30582372164552096,
        0.4598765432098765,  0.4598765432098765,  0.6709018166089966,  0.2850692041522491,
        0.3869131530607885,  0.4494090013456363,  0.3460064638600538,  0.24457540369088812,
        0.2492233622751933,  0.1564186851211073};
    const std::vector<double> effective_size = {
        13.75, 6.333333333333334, 7.8, 2.6666666666666665, 1.6666666666666667, 2.5, 2.5, 1.0,
        3.0, 2.0, 1.6666666666666667, 1.0, 1.0, 2.6, 1.0, 1.0, 1.0, 1.0, 1.0,
        2.3333333333333335, 1.0, 1.0, 1.0, 3.4, 2.3333333333333335, 2.3333333333333335, 1.0,
        3.5, 2.3333333333333335, 2.0, 2.5, 5.0, 9.833333333333334, 15.235294117647058};
    const std::vector<double> hierarchy = {
        0.08754463683694337,    0.15449869921445994,    0.04535921163684895,
        0.06106762409010793,    0.07134469342227534,    0.03530508643930844,
        0.03530508643930844,    0.0011300905133206083,  0.012305615918292686,
        0.0,                    0.07134469342227534,    kNaN,
        0.006282226820057131,   0.01352163842686087,    0.00037766424272729827,
        0.00037766424272729827, 0.0,                    0.001442189647706485,
        0.00037766424272729827, 0.0033488184456885953,  0.00037766424272729827,
        0.001442189647706485,   0.00037766424272729827, 0.036897065903971425,
        0.024311482691998676,   0.024311482691998676,   0.019603433103539826,
        0.008620247940572095,   0.007513545360870866,   0.06689992156538081,
        0.012869318379976092,   0.020491542893317696,   0.32594022540998585,
        0.24160865317566896};
    // clang-format on
    const StructuralHolesResult r = structural_holes(classic::karate_club(), unweighted());
    check_all(r.constraint, constraint);
    check_all(r.effective_size, effective_size);
    check_all(r.hierarchy, hierarchy);
}

// networkx 3.6.1: G = nx.florentine_families_graph(); nx.constraint(G),
// nx.effective_size(G); actor order as in networkx (Acciaiuoli = 0, Medici = 1, ...).
// Medici, the textbook broker, has the lowest constraint and the largest effective size.
TEST_CASE("structural holes: Florentine families match networkx", "[structural_holes]") {
    // clang-format off
    const std::vector<double> constraint = {
        1.0, 0.2098765432098766, 0.48225308641975306, 0.6558641975308641, 0.4583333333333333,
        0.5, 0.4598765432098765, 0.4598765432098765, 0.3333333333333333, 0.5,
        1.0, 0.48225308641975306, 0.25, 1.0, 1.0};
    const std::vector<double> effective_size = {
        1.0, 5.666666666666667, 2.3333333333333335, 1.6666666666666667, 3.0,
        2.0, 2.3333333333333335, 2.3333333333333335, 3.0, 2.0,
        1.0, 2.3333333333333335, 4.0, 1.0, 1.0};
    const std::vector<double> hierarchy = {
        kNaN, 0.022456105119499383, 0.024582329439605786, 0.036624329988720186,
        0.043149377876446945, 0.0, 0.024311482691998676, 0.024311482691998676, 0.0, 0.0,
        kNaN, 0.024582329439605786, 0.0, kNaN, kNaN};
    // clang-format on
    for (const AnalysisOptions& options : {AnalysisOptions{}, unweighted()}) {
        const StructuralHolesResult r = structural_holes(classic::florentine_families(), options);
        check_all(r.constraint, constraint);
        check_all(r.effective_size, effective_size);
        check_all(r.hierarchy, hierarchy);
    }
}

// A directed network with a mutual pair, a cycle, a send-only actor 4, a receive-only
// actor 5 and an isolate 6 (arc weights in brackets):
//
//     4 -[2]-> 0 -[2]-> 1        and 1 -> 0 [1]: 0 and 1 are mutual
//              |  ^     |
//           [1]|   \[1] |[0.5]
//              v    \   v
//              2 -[3]-> 3        the diagonal is 3 -> 0
//              |
//           [1]|
//              v
//              5                 6 (isolate)
//
// networkx 3.6.1:
//   D = nx.DiGraph(); D.add_nodes_from(range(7))
//   D.add_weighted_edges_from([(0,1,2.0),(1,0,1.0),(0,2,1.0),(2,3,3.0),(3,0,1.0),
//                              (1,3,0.5),(4,0,2.0),(2,5,1.0)])
//   nx.constraint(D, weight=w), nx.effective_size(D, weight=w) for w in ("weight", None)
// networkx gives NaN for the receive-only actor 5 (its per-node path looks at successors
// only); summing nx.local_constraint(D, 5, j) over nx.all_neighbors(D, 5) gives 1, which
// is what we report: 5's one contact is 2.
TEST_CASE("structural holes: a directed network matches networkx and keeps receivers",
          "[structural_holes]") {
    const std::vector<Edge> edges = {{0, 1, 2.0}, {1, 0, 1.0}, {0, 2, 1.0}, {2, 3, 3.0},
                                     {3, 0, 1.0}, {1, 3, 0.5}, {4, 0, 2.0}, {2, 5, 1.0}};
    const Network net = network_from_edges(7, edges, true);
    const StructuralHolesResult w = structural_holes(net);
    check_all(w.constraint, {0.41983453396475745, 0.8605107953990363, 0.5462131519274377,
                             0.733575207860922, 1.0, 1.0, kNaN});
    check_all(w.effective_size, {3.619047619047619, 1.6666666666666665, 2.7333333333333334,
                                 2.3703703703703707, 1.0, 1.0, kNaN});
    check_all(w.hierarchy, {0.08718411008794873, 0.5915198484823084, 0.317641862645154,
                            0.27894102063595283, kNaN, kNaN, kNaN});
    const StructuralHolesResult u = structural_holes(net, unweighted());
    check_all(u.constraint, {0.48888888888888893, 0.8227160493827159, 0.46864197530864193,
                             0.8222222222222222, 1.0, 1.0, kNaN});
    check_all(u.effective_size, {3.1, 1.1666666666666667, 2.5, 1.8333333333333335, 1.0, 1.0, kNaN});
    check_all(u.hierarchy, {0.12644472244925775, 0.16623509278933465, 0.023949574314501024,
                            0.08708942961969852, kNaN, kNaN, kNaN});
    CHECK(w.contacts == std::vector<std::size_t>{4, 2, 3, 3, 1, 1, 0});
}

TEST_CASE("structural holes: degenerate networks give empty or undefined values",
          "[structural_holes]") {
    SECTION("empty network") {
        const StructuralHolesResult r = structural_holes(network_from_edges(0, {}));
        CHECK(r.constraint.empty());
        CHECK(r.hierarchy.empty());
    }
    SECTION("one actor, and an actor with only a self-tie, are isolates") {
        const StructuralHolesResult r =
            structural_holes(network_from_edges(2, {{1, 1, 5.0}}, true));
        for (NodeId v = 0; v < 2; ++v) {
            CHECK(r.contacts[v] == 0);
            CHECK_FALSE(r.constraint[v].has_value());
            CHECK_FALSE(r.effective_size[v].has_value());
            CHECK_FALSE(r.efficiency[v].has_value());
            CHECK_FALSE(r.hierarchy[v].has_value());
        }
    }
    SECTION("a dyad: one contact, constraint 1, effective size 1") {
        const StructuralHolesResult r = structural_holes(network_from_edges(2, {{0, 1, 3.0}}));
        CHECK(*r.constraint[0] == Approx(1.0));
        CHECK(*r.effective_size[1] == Approx(1.0));
        CHECK_FALSE(r.hierarchy[0].has_value());
    }
    SECTION("the centre of a star without ties among its leaves") {
        // ES = N (no redundancy), C = N * (1/N)^2 = 1/N, efficiency 1, hierarchy 0.
        const Network star = network_from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        const StructuralHolesResult r = structural_holes(star);
        CHECK(*r.constraint[0] == Approx(0.25));
        CHECK(*r.effective_size[0] == Approx(4.0));
        CHECK(*r.efficiency[0] == Approx(1.0));
        CHECK(*r.hierarchy[0] == Approx(0.0).margin(1e-15));
    }
    SECTION("two disconnected dyads are independent") {
        const StructuralHolesResult r =
            structural_holes(network_from_edges(4, {{0, 1, 1.0}, {2, 3, 9.0}}));
        for (NodeId v = 0; v < 4; ++v) CHECK(*r.constraint[v] == Approx(1.0));
    }
}

TEST_CASE("structural holes: parallel ties merge and self-ties are ignored", "[structural_holes]") {
    // 0-1 given twice (1 + 2) equals one tie of weight 3; the self-tie on 1 changes nothing.
    const Network multi =
        network_from_edges(3, {{0, 1, 1.0}, {1, 0, 2.0}, {1, 2, 1.0}, {1, 1, 4.0}, {0, 2, 1.0}});
    const Network single = network_from_edges(3, {{0, 1, 3.0}, {1, 2, 1.0}, {0, 2, 1.0}});
    const StructuralHolesResult a = structural_holes(multi);
    const StructuralHolesResult b = structural_holes(single);
    for (NodeId v = 0; v < 3; ++v) {
        CHECK(*a.constraint[v] == Approx(*b.constraint[v]));
        CHECK(*a.effective_size[v] == Approx(*b.effective_size[v]));
        CHECK(*a.hierarchy[v] == Approx(*b.hierarchy[v]));
    }
    // Unweighted: the merged tie weighs 1, so every actor sits in a plain triangle:
    // C = 2 (1/2 + 1/4)^2 = 9/8.
    const StructuralHolesResult u = structural_holes(multi, unweighted());
    for (NodeId v = 0; v < 3; ++v) CHECK(*u.constraint[v] == Approx(9.0 / 8.0));
}

TEST_CASE("structural holes: a one-way tie counts half of a mutual tie when unweighted",
          "[structural_holes]") {
    // 0 <-> 1 mutual, 0 -> 2 one way: w_01 = 2, w_02 = 1, so p_01 = 2/3, p_02 = 1/3 and
    // C_0 = 4/9 + 1/9 = 5/9 (1 and 2 are not tied).
    const Network net = network_from_edges(3, {{0, 1}, {1, 0}, {0, 2}}, true);
    const StructuralHolesResult r = structural_holes(net, unweighted());
    CHECK(*r.constraint[0] == Approx(5.0 / 9.0));
    CHECK(*r.effective_size[0] == Approx(2.0));
}

TEST_CASE("structural holes: the fast kernel equals Burt's formulas on dense matrices",
          "[structural_holes]") {
    std::mt19937_64 rng(20240611);
    for (int round = 0; round < 20; ++round) {
        const bool directed = round % 2 == 1;
        const std::size_t n = 5 + static_cast<std::size_t>(rng() % 20);
        std::vector<Edge> edges;
        const std::size_t m = static_cast<std::size_t>(rng() % (2 * n + 1));
        for (std::size_t e = 0; e < m; ++e) {
            // Self-ties and repeated pairs come up too, and must be merged or dropped.
            edges.push_back({static_cast<NodeId>(rng() % n), static_cast<NodeId>(rng() % n),
                             1.0 + static_cast<double>(rng() % 9) / 2.0});
        }
        const NaiveHoles naive = naive_holes(n, directed, edges);
        const StructuralHolesResult fast = structural_holes(network_from_edges(n, edges, directed));
        INFO("round " << round);
        for (std::size_t v = 0; v < n; ++v) {
            REQUIRE(fast.constraint[v].has_value() == naive.constraint[v].has_value());
            if (!naive.constraint[v]) continue;
            CHECK(*fast.constraint[v] == Approx(*naive.constraint[v]).epsilon(1e-12));
            CHECK(*fast.effective_size[v] == Approx(*naive.effective_size[v]).epsilon(1e-12));
        }
    }
}

TEST_CASE("structural holes: Borgatti's form equals Burt's sum on unit weights",
          "[structural_holes]") {
    // Weighted mode with every weight 1 takes Burt's sum; Unweighted takes n - 2t/n.
    const Network ba = classic::barabasi_albert(300, 3, 7);
    const StructuralHolesResult burt = structural_holes(ba);
    const StructuralHolesResult borgatti = structural_holes(ba, unweighted());
    for (NodeId v = 0; v < 300; ++v) {
        CHECK(*burt.effective_size[v] == Approx(*borgatti.effective_size[v]).epsilon(1e-12));
        CHECK(*burt.constraint[v] == Approx(*borgatti.constraint[v]).epsilon(1e-12));
    }
}

TEST_CASE("structural holes: the single-measure functions agree with the full result",
          "[structural_holes]") {
    const Network net = classic::karate_club();
    const StructuralHolesResult all = structural_holes(net);
    CHECK(constraint(net) == all.constraint);
    CHECK(effective_size(net) == all.effective_size);
    CHECK(efficiency(net) == all.efficiency);
    CHECK(hierarchy(net) == all.hierarchy);
}

}  // namespace coopnet

#include "analysis/brokerage/brokerage_roles.hpp"

#include <cmath>
#include <map>

namespace coopnet {
namespace {

constexpr std::size_t kCoordinator = static_cast<std::size_t>(BrokerageRole::Coordinator);
constexpr std::size_t kItinerant = static_cast<std::size_t>(BrokerageRole::Itinerant);
constexpr std::size_t kGatekeeper = static_cast<std::size_t>(BrokerageRole::Gatekeeper);
constexpr std::size_t kRepresentative = static_cast<std::size_t>(BrokerageRole::Representative);
constexpr std::size_t kLiaison = static_cast<std::size_t>(BrokerageRole::Liaison);
constexpr std::size_t kTotal = kBrokerageTotalColumn;

double choose2(double x) { return x * (x - 1.0) / 2.0; }

// sd and z for one row, z left empty where sd is 0 (or not a number).
void finish(BrokerageStatistics& s, const BrokerageRow& variance) {
    for (std::size_t c = 0; c <= kTotal; ++c) {
        s.sd[c] = std::sqrt(variance[c]);
        if (s.sd[c] > 0.0) s.z[c] = (s.raw[c] - s.expected[c]) / s.sd[c];
    }
}

}  // namespace

std::string_view brokerage_role_name(BrokerageRole role) {
    switch (role) {
        case BrokerageRole::Coordinator:
            return "coordinator";
        case BrokerageRole::Itinerant:
            return "itinerant";
        case BrokerageRole::Gatekeeper:
            return "gatekeeper";
        case BrokerageRole::Representative:
            return "representative";
        case BrokerageRole::Liaison:
            return "liaison";
    }
    return "unknown";
}

BrokerageRolesResult brokerage_roles(const Network& network, const BrokerageOptions& options) {
    if (options.group_attribute.empty()) {
        throw InvalidArgument("brokerage_roles: the group attribute name is empty");
    }
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& out = adjacency.out();
    const std::size_t n = network.actor_count();

    BrokerageRolesResult result;

    // Groups: sorted labels, dense indices.
    std::vector<std::string> labels(n);
    std::map<std::string, std::size_t, std::less<>> index;
    for (NodeId v = 0; v < n; ++v) {
        labels[v] = group_name(network.actor(v), options.group_attribute);
        index.emplace(labels[v], 0);
    }
    for (auto& [label, position] : index) {
        position = result.groups.size();
        result.groups.push_back(label);
    }
    result.group_sizes.assign(result.groups.size(), 0);
    result.group_of.resize(n);
    for (NodeId v = 0; v < n; ++v) {
        result.group_of[v] = index.find(labels[v])->second;
        ++result.group_sizes[result.group_of[v]];
    }
    const std::vector<std::size_t>& cl = result.group_of;

    // Raw counts: for each i, mark its out-neighbours, then walk i -> j -> k.
    result.actors.resize(n);
    std::vector<NodeId> marked_by(n, 0);  // i + 1 marks the out-neighbours of i
    for (NodeId i = 0; i < n; ++i) {
        for (const NodeId k : out.neighbours_of(i)) marked_by[k] = i + 1;
        for (const NodeId j : out.neighbours_of(i)) {
            BrokerageRow& raw = result.actors[j].raw;
            for (const NodeId k : out.neighbours_of(j)) {
                if (k == i || marked_by[k] == i + 1) continue;  // closed or back to i
                std::size_t role;
                if (cl[j] == cl[i]) {
                    role = cl[j] == cl[k] ? kCoordinator : kRepresentative;
                } else if (cl[j] == cl[k]) {
                    role = kGatekeeper;
                } else if (cl[i] == cl[k]) {
                    role = kItinerant;
                } else {
                    role = kLiaison;
                }
                raw[role] += 1.0;
            }
        }
    }
    for (BrokerageStatistics& s : result.actors) {
        for (std::size_t c = 0; c < kBrokerageRoleCount; ++c) s.raw[kTotal] += s.raw[c];
    }

    // Null model: d, and sums over the group sizes. The integer-valued sums stay exact in
    // double for networks of up to about 10^5 actors (n^3 < 2^53).
    const double big_n = static_cast<double>(n);
    const double arcs = static_cast<double>(out.arc_count());
    const double d = n < 2 ? 0.0 : arcs / (big_n * (big_n - 1.0));
    result.density = d;
    const double a = d * d * (1.0 - d);                       // one open two-path
    const double b3 = std::pow(d, 3) * std::pow(1.0 - d, 3);  // sna's d^3 (1-d)^3
    const double b4 = std::pow(d, 4) * std::pow(1.0 - d, 2);  // d^4 (1-d)^2
    const double b5 = std::pow(d, 5) * (1.0 - d);             // d^5 (1-d)
    double s2 = 0.0;                                          // sum n_h^2
    double s3 = 0.0;                                          // sum n_h^3
    double q2 = 0.0;                                          // sum n_h (n_h - 1)
    double q3 = 0.0;                                          // sum n_h (n_h - 1)(n_h - 2)
    for (const std::size_t size : result.group_sizes) {
        const double x = static_cast<double>(size);
        s2 += x * x;
        s3 += x * x * x;
        q2 += x * (x - 1.0);
        q3 += x * (x - 1.0) * (x - 2.0);
    }

    // Moments for a broker of each group (sna's exp.grp, and the variances behind sd.grp).
    const std::size_t g = result.groups.size();
    std::vector<BrokerageRow> group_expected(g);
    std::vector<BrokerageRow> group_variance(g);
    for (std::size_t h = 0; h < g; ++h) {
        const double ni = static_cast<double>(result.group_sizes[h]);
        const double rest = big_n - ni;  // actors outside the broker's group
        BrokerageRow& e = group_expected[h];
        BrokerageRow& v = group_variance[h];
        e[kCoordinator] = a * (ni - 1.0) * (ni - 2.0);
        v[kCoordinator] =
            e[kCoordinator] * (1.0 - a) + 2.0 * (ni - 1.0) * (ni - 2.0) * (ni - 3.0) * b3;
        e[kItinerant] = a * (q2 - ni * (ni - 1.0));
        v[kItinerant] = e[kItinerant] * (1.0 - a) + 2.0 * (q3 - ni * (ni - 1.0) * (ni - 2.0)) * b3;
        e[kRepresentative] = a * rest * (ni - 1.0);
        v[kRepresentative] = e[kRepresentative] * (1.0 - a) +
                             2.0 * ((ni - 1.0) * choose2(rest) + rest * choose2(ni - 1.0)) * b3;
        e[kGatekeeper] = e[kRepresentative];
        v[kGatekeeper] = v[kRepresentative];
        // Ordered pairs from two different groups, both other than the broker's:
        // sum_{l != m, both != i} n_l n_m = (n - n_i)^2 - (S2 - n_i^2).
        e[kLiaison] = a * (rest * rest - (s2 - ni * ni));
        // sum_{l != i} n_l C(n - n_l - n_i, 2) with K = n - n_i and the power sums P2, P3
        // of the other groups: (K (K^2 - K) - (2K - 1) P2 + P3) / 2.
        const double p2 = s2 - ni * ni;
        const double p3 = s3 - ni * ni * ni;
        const double liaison_pairs =
            (rest * (rest * rest - rest) - (2.0 * rest - 1.0) * p2 + p3) / 2.0;
        v[kLiaison] = e[kLiaison] * (1.0 - a) + 4.0 * liaison_pairs * b3;
        e[kTotal] = a * (big_n - 1.0) * (big_n - 2.0);
        v[kTotal] =
            e[kTotal] * (1.0 - a) + 2.0 * (big_n - 1.0) * (big_n - 2.0) * (big_n - 3.0) * b3;
    }
    for (NodeId v = 0; v < n; ++v) {
        BrokerageStatistics& s = result.actors[v];
        s.expected = group_expected[cl[v]];
        finish(s, group_variance[cl[v]]);
    }

    // Network level (sna's raw.gli, exp.gli, sd.gli, z.gli).
    BrokerageStatistics& t = result.totals;
    for (const BrokerageStatistics& s : result.actors) {
        for (std::size_t c = 0; c <= kTotal; ++c) t.raw[c] += s.raw[c];
    }
    BrokerageRow variance{};
    double coordinator_extra = 0.0;
    double itinerant_extra = 0.0;
    double representative_sum = 0.0;
    double representative_extra = 0.0;
    double liaison_sum = 0.0;
    double t0 = 0.0;  // sum over ordered triples of distinct groups of n_h n_l n_m
    double t1 = 0.0;  // the same with one factor squared: sum n_h^2 n_l n_m
    for (const std::size_t size : result.group_sizes) {
        const double x = static_cast<double>(size);
        coordinator_extra += x * (x - 1.0) * (x - 2.0) *
                             ((4.0 * x - 10.0) * b3 - 4.0 * (x - 3.0) * b4 + (x - 3.0) * b5);
        // sna: sum over ordered pairs of distinct groups (x, y) of
        // x y (x - 1) ((2x + 2y - 6) b3 + (n - x - 1) b5), summed over y in closed form.
        itinerant_extra += x * (x - 1.0) *
                           (((2.0 * x - 6.0) * b3 + (big_n - x - 1.0) * b5) * (big_n - x) +
                            2.0 * b3 * (s2 - x * x));
        const double between = x * (big_n - x) * (x - 1.0);
        representative_sum += between;
        representative_extra += between * ((big_n - 3.0) * b3 + (x - 2.0) * b5);
        const double other_pairs = (big_n - x) * (big_n - x) - (s2 - x * x);
        liaison_sum += x * other_pairs;
        t0 += x * other_pairs;
        t1 += x * x * other_pairs;
    }
    t.expected[kCoordinator] = a * q3;
    variance[kCoordinator] = t.expected[kCoordinator] * (1.0 - a) + coordinator_extra;
    t.expected[kItinerant] = a * representative_sum;
    variance[kItinerant] = t.expected[kItinerant] * (1.0 - a) + itinerant_extra;
    t.expected[kRepresentative] = a * representative_sum;
    variance[kRepresentative] = t.expected[kRepresentative] * (1.0 - a) + representative_extra;
    t.expected[kGatekeeper] = t.expected[kRepresentative];
    variance[kGatekeeper] = variance[kRepresentative];
    t.expected[kLiaison] = a * liaison_sum;
    // sna's triple loop over distinct groups (h, l, m) of n_h n_l n_m times
    //   (4(n - n_l) - 2(n_h + n_m + 1)) b3 - (4(n - n_m) - 2(n_h + n_l + 1)) b4
    //   + (n - (n_h + n_m + 1)) b5,
    // which by symmetry is ((4n - 2) T0 - 8 T1)(b3 - b4) + ((n - 1) T0 - 2 T1) b5.
    variance[kLiaison] = t.expected[kLiaison] * (1.0 - a) +
                         ((4.0 * big_n - 2.0) * t0 - 8.0 * t1) * (b3 - b4) +
                         ((big_n - 1.0) * t0 - 2.0 * t1) * b5;
    const double triples = big_n * (big_n - 1.0) * (big_n - 2.0);
    t.expected[kTotal] = a * triples;
    variance[kTotal] =
        t.expected[kTotal] * (1.0 - a) +
        triples * ((4.0 * big_n - 10.0) * b3 - 4.0 * (big_n - 3.0) * b4 + (big_n - 3.0) * b5);
    finish(t, variance);
    return result;
}

}  // namespace coopnet

#include "viz/actor_profiles.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace coopnet {

namespace {

using json = nlohmann::json;

/// The values of one field of `ActorMetrics`, as doubles.
template <auto Field>
std::vector<double> field_values(const ActorMetrics& metrics) {
    const auto& values = metrics.*Field;
    return std::vector<double>(values.begin(), values.end());
}

/// One measure of the profile: where its values are and how the report shows them.
struct Measure {
    std::string_view key;
    Word name;
    Word explain;
    int digits;  ///< decimals shown; 0 for the whole-number measures
    std::vector<double> (*values)(const ActorMetrics&);
};

constexpr std::array<Measure, 9> kMeasures{{
    {"degree", Word::MeasureDegree, Word::ProfileDegree, 0, field_values<&ActorMetrics::degree>},
    {"strength", Word::MeasureStrength, Word::ProfileStrength, 2,
     field_values<&ActorMetrics::strength>},
    {"betweenness", Word::MeasureBetweenness, Word::ProfileBetweenness, 3,
     field_values<&ActorMetrics::betweenness>},
    {"closeness", Word::MeasureCloseness, Word::ProfileCloseness, 3,
     field_values<&ActorMetrics::closeness>},
    {"harmonic", Word::MeasureHarmonic, Word::ProfileHarmonic, 3,
     field_values<&ActorMetrics::harmonic>},
    {"eigenvector", Word::MeasureEigenvector, Word::ProfileEigenvector, 3,
     field_values<&ActorMetrics::eigenvector>},
    {"pagerank", Word::MeasurePageRank, Word::ProfilePageRank, 3,
     field_values<&ActorMetrics::pagerank>},
    {"clustering", Word::MeasureClustering, Word::ProfileClustering, 3,
     field_values<&ActorMetrics::clustering>},
    {"core", Word::MeasureCore, Word::ProfileCore, 0, field_values<&ActorMetrics::core>},
}};

/// The roles in `BrokerageRole` order, with their name and explanation.
constexpr std::array<std::pair<Word, Word>, kBrokerageRoleCount> kRoles{{
    {Word::RoleCoordinator, Word::RoleCoordinatorExplain},
    {Word::RoleItinerant, Word::RoleItinerantExplain},
    {Word::RoleGatekeeper, Word::RoleGatekeeperExplain},
    {Word::RoleRepresentative, Word::RoleRepresentativeExplain},
    {Word::RoleLiaison, Word::RoleLiaisonExplain},
}};

/// Competition ranks ("1224") of `values`, largest first, compared as rounded to `digits`
/// decimals; nullopt for values that are not finite.
std::vector<std::optional<std::size_t>> competition_ranks(const std::vector<double>& values,
                                                          int digits) {
    const double scale = std::pow(10.0, digits);
    std::vector<double> shown;  // the finite values as shown, times 10^digits
    shown.reserve(values.size());
    for (const double value : values) {
        if (std::isfinite(value)) shown.push_back(std::round(value * scale));
    }
    std::sort(shown.begin(), shown.end(), std::greater<>());
    std::vector<std::optional<std::size_t>> ranks(values.size());
    for (std::size_t v = 0; v < values.size(); ++v) {
        if (!std::isfinite(values[v])) continue;
        const double key = std::round(values[v] * scale);
        // 1 + the number of values shown larger.
        const auto first = std::lower_bound(shown.begin(), shown.end(), key, std::greater<>());
        ranks[v] = static_cast<std::size_t>(first - shown.begin()) + 1;
    }
    return ranks;
}

/// The text of a value as the report's actor table shows it.
std::string shown_value(const Words& w, double value, int digits) {
    if (digits == 0 && std::isfinite(value)) return w.integer(std::llround(value));
    return w.number(value, digits);
}

void check_sizes(const Network& network, const NetworkAnalysis& analysis) {
    const std::size_t n = network.actor_count();
    const ActorMetrics& m = analysis.actors;
    const bool fits =
        m.degree.size() == n && m.strength.size() == n && m.betweenness.size() == n &&
        m.closeness.size() == n && m.harmonic.size() == n && m.eigenvector.size() == n &&
        m.pagerank.size() == n && m.clustering.size() == n && m.core.size() == n &&
        m.articulation.size() == n &&
        (!analysis.communities || analysis.communities->partition.actor_count() == n) &&
        (!analysis.brokers_and_gaps || analysis.brokers_and_gaps->brokerage.actors.size() == n);
    if (!fits) {
        throw InvalidArgument("actor profiles: the analysis does not have one entry per actor (" +
                              std::to_string(n) + " actors)");
    }
}

/// The display names of `actors`, at most `limit` of them.
json names(const Network& network, const std::vector<NodeId>& actors, std::size_t limit) {
    json out = json::array();
    for (std::size_t i = 0; i < actors.size() && i < limit; ++i) {
        out.push_back(network.actor(actors[i]).display_name());
    }
    return out;
}

json suggestion(const Network& network, NodeId other, json via) {
    const Actor& actor = network.actor(other);
    return {{"id", actor.id}, {"label", actor.display_name()}, {"via", std::move(via)}};
}

/// What the roles, the cut-off and the suggestions of each actor are read from.
class BrokerageParts {
public:
    BrokerageParts(const Network& network, const BrokersAndGaps* parts)
        : network_(network), parts_(parts) {
        if (parts_ == nullptr) return;
        for (const FragileActor& fragile : parts_->fragile.actors) {
            cut_.emplace(fragile.actor, &fragile.cut_off);
        }
    }

    [[nodiscard]] json roles(NodeId v) const {
        json out = json::array();
        if (parts_ == nullptr) return out;
        const BrokerageRow& raw = parts_->brokerage.actors[v].raw;
        for (std::size_t r = 0; r < kBrokerageRoleCount; ++r) {
            const auto role = static_cast<BrokerageRole>(r);
            // Undirected: sna counts every open path in both directions; count it once.
            const bool twice = !network_.directed() && role != BrokerageRole::Gatekeeper &&
                               role != BrokerageRole::Representative;
            const auto count = std::llround(twice ? raw[r] / 2.0 : raw[r]);
            if (count > 0) out.push_back({r, count});
        }
        return out;
    }

    [[nodiscard]] json cut(NodeId v, bool articulation) const {
        if (parts_ == nullptr || !cut_.contains(v)) {
            if (!articulation) return nullptr;
            return {{"count", nullptr}, {"names", json::array()}, {"more", 0}};
        }
        const CutOff& cut_off = *cut_.at(v);
        const std::size_t listed = std::min(cut_off.listed.size(), cut_off.actors);
        return {{"count", cut_off.actors},
                {"names", names(network_, cut_off.listed, listed)},
                {"more", cut_off.actors - listed}};
    }

    [[nodiscard]] json suggestions(NodeId v) const {
        json out = json::array();
        if (parts_ == nullptr) return out;
        for (const PairSuggestion& pair : parts_->suggestions.pairs) {
            if (pair.first != v && pair.second != v) continue;
            out.push_back(
                suggestion(network_, pair.first == v ? pair.second : pair.first,
                           names(network_, pair.shared_partners, kProfileSharedPartners)));
        }
        for (const JoinSuggestion& join : parts_->suggestions.joins) {
            if (join.first != v && join.second != v) continue;
            out.push_back(
                suggestion(network_, join.first == v ? join.second : join.first, json::array()));
        }
        return out;
    }

private:
    const Network& network_;
    const BrokersAndGaps* parts_;
    std::unordered_map<NodeId, const CutOff*> cut_;
};

}  // namespace

json actor_profiles_json(const Network& network, const NetworkAnalysis& analysis,
                         const std::vector<NodeId>& view, Language language) {
    const std::size_t n = network.actor_count();
    for (const NodeId v : view) {
        if (v >= n) {
            throw InvalidArgument("actor profiles: actor index " + std::to_string(v) +
                                  " is not an actor of the network (" + std::to_string(n) +
                                  " actors)");
        }
    }
    check_sizes(network, analysis);
    const Words w(language);

    json out;
    out["measures"] = json::array();
    std::vector<std::vector<double>> values;
    std::vector<std::vector<std::optional<std::size_t>>> ranks;
    for (std::size_t i = 0; i < kMeasures.size(); ++i) {
        const Measure& measure = kMeasures[i];
        const Word explain =
            i == 0 && network.directed() ? Word::ProfileDegreeDirected : measure.explain;
        out["measures"].push_back(
            {{"key", measure.key}, {"name", w(measure.name)}, {"explain", w(explain)}});
        values.push_back(measure.values(analysis.actors));
        ranks.push_back(competition_ranks(values.back(), measure.digits));
    }
    out["roles"] = json::array();
    for (std::size_t r = 0; r < kRoles.size(); ++r) {
        out["roles"].push_back({{"key", brokerage_role_name(static_cast<BrokerageRole>(r))},
                                {"name", w(kRoles[r].first)},
                                {"explain", w(kRoles[r].second)}});
    }
    out["rank"] = w(Word::ProfileRank);

    const BrokerageParts parts(network,
                               analysis.brokers_and_gaps ? &*analysis.brokers_and_gaps : nullptr);
    json actors = json::array();
    for (const NodeId v : view) {
        const Actor& actor = network.actor(v);
        json m = json::array();
        for (std::size_t i = 0; i < kMeasures.size(); ++i) {
            const std::optional<std::size_t> rank = ranks[i][v];
            m.push_back({shown_value(w, values[i][v], kMeasures[i].digits),
                         rank ? json(*rank) : json(nullptr)});
        }
        json community = nullptr;
        if (analysis.communities) community = analysis.communities->partition.community[v] + 1;
        actors.push_back({{"id", actor.id},
                          {"label", actor.display_name()},
                          {"sector", w.sector(actor.sector)},
                          {"sectorKey", actor.sector},
                          {"community", std::move(community)},
                          {"m", std::move(m)},
                          {"roles", parts.roles(v)},
                          {"cut", parts.cut(v, analysis.actors.articulation[v])},
                          {"suggest", parts.suggestions(v)}});
    }
    out["actors"] = std::move(actors);
    return out;
}

}  // namespace coopnet

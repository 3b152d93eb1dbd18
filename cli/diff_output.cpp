#include "cli/diff_output.hpp"

#include <cmath>

#include "cli/json_output.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& value) {
    return value ? number_or_null(*value) : Json(nullptr);
}

Json id_list(const std::vector<std::string>& ids) {
    Json list = Json::array();
    for (const std::string& id : ids) list.push_back(id);
    return list;
}

Json pair_list(const std::vector<TiePair>& pairs) {
    Json list = Json::array();
    for (const TiePair& pair : pairs) list.push_back(Json::array({pair.first, pair.second}));
    return list;
}

Json top_list(const std::vector<BrokerRank>& ranks) {
    Json list = Json::array();
    for (const BrokerRank& rank : ranks) {
        list.push_back({{"id", rank.id}, {"rank", rank.rank}, {"betweenness", rank.betweenness}});
    }
    return list;
}

Json measures_json(const StateMeasures& m) {
    return {{"density", number_or_null(m.density)},
            {"components", m.components},
            {"centralization", number_or_null(m.centralization)},
            {"modularity", number_or_null(m.modularity)}};
}

Json difference(double before, double after) {
    return std::isfinite(before) && std::isfinite(after) ? Json(after - before) : Json(nullptr);
}

}  // namespace

Json diff_json(const NetworkDiff& diff, const std::string& before_name,
               const std::string& after_name) {
    Json json;
    json["compared"] = {{"before", before_name},
                        {"after", after_name},
                        {"directed", diff.directed},
                        {"ties", "merged: one per pair of actors (ordered pair when directed)"}};
    json["actors"] = {
        {"kept", diff.actors.kept.size()},       {"lost", diff.actors.lost.size()},
        {"new", diff.actors.added.size()},       {"kept_ids", id_list(diff.actors.kept)},
        {"lost_ids", id_list(diff.actors.lost)}, {"new_ids", id_list(diff.actors.added)}};
    json["ties"] = {{"kept", diff.ties.kept.size()},
                    {"lost", diff.ties.lost.size()},
                    {"new", diff.ties.added.size()},
                    {"persistence", optional_number(diff.tie_persistence)},
                    {"kept_ids", pair_list(diff.ties.kept)},
                    {"lost_ids", pair_list(diff.ties.lost)},
                    {"new_ids", pair_list(diff.ties.added)},
                    {"cross_sector",
                     {{"before", diff.cross_sector_before},
                      {"kept", diff.cross_sector_kept},
                      {"persistence", optional_number(diff.cross_sector_persistence)}}}};
    Json dropped = Json::array();
    for (const DroppedBroker& broker : diff.brokers_dropped_out) {
        dropped.push_back(
            {{"id", broker.id},
             {"fate", broker_fate_name(broker.fate)},
             {"rank_before", broker.rank_before},
             {"betweenness_before", broker.betweenness_before},
             {"rank_after", broker.rank_after ? Json(*broker.rank_after) : Json(nullptr)},
             {"betweenness_after", optional_number(broker.betweenness_after)}});
    }
    json["brokers"] = {{"dropped_out", dropped},
                       {"before_top", top_list(diff.brokers_before)},
                       {"after_top", top_list(diff.brokers_after)}};
    const StateMeasures& b = diff.before;
    const StateMeasures& a = diff.after;
    json["network"] = {{"before", measures_json(b)},
                       {"after", measures_json(a)},
                       {"change",
                        {{"density", difference(b.density, a.density)},
                         {"components", static_cast<long long>(a.components) -
                                            static_cast<long long>(b.components)},
                         {"centralization", difference(b.centralization, a.centralization)},
                         {"modularity", difference(b.modularity, a.modularity)}}}};
    return json;
}

}  // namespace coopnet::cli

#include "cli/brokers_gaps_output.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>
#include <string>

#include "core/text.hpp"

namespace coopnet::cli {

namespace {

OrderedJson optional_number(const std::optional<double>& value) {
    return value && std::isfinite(*value) ? OrderedJson(*value) : OrderedJson(nullptr);
}

OrderedJson number_or_null(double value) {
    return std::isfinite(value) ? OrderedJson(value) : OrderedJson(nullptr);
}

const std::string& id_of(const Network& network, NodeId v) { return network.actor(v).id; }

OrderedJson pair_ids(const Network& network, NodeId a, NodeId b) {
    return OrderedJson::array({id_of(network, a), id_of(network, b)});
}

OrderedJson id_list(const Network& network, const std::vector<NodeId>& actors) {
    OrderedJson list = OrderedJson::array();
    for (NodeId v : actors) list.push_back(id_of(network, v));
    return list;
}

OrderedJson role_row(const BrokerageRow& row) {
    OrderedJson json;
    for (std::size_t r = 0; r < kBrokerageRoleCount; ++r) {
        json[std::string(brokerage_role_name(static_cast<BrokerageRole>(r)))] = row[r];
    }
    json["total"] = row[kBrokerageTotalColumn];
    return json;
}

OrderedJson broker_entries(const Network& network, const std::vector<BrokerEntry>& entries) {
    OrderedJson list = OrderedJson::array();
    for (const BrokerEntry& entry : entries) {
        OrderedJson json;
        json["id"] = id_of(network, entry.actor);
        json["label"] = network.actor(entry.actor).display_name();
        json["group"] = entry.group;
        json["value"] = number_or_null(entry.value);
        json["cross_group_two_paths"] = entry.cross_group_two_paths;
        OrderedJson links = OrderedJson::array();
        for (const GroupLink& link : entry.links) {
            links.push_back({{"groups", {link.group_a, link.group_b}},
                             {"actors", {link.actors_a, link.actors_b}},
                             {"two_paths", link.two_paths}});
        }
        json["links"] = std::move(links);
        json["reason"] = entry.reason;
        list.push_back(std::move(json));
    }
    return list;
}

OrderedJson cut_off_json(const Network& network, const CutOff& cut) {
    OrderedJson json;
    json["actors"] = cut.actors;
    OrderedJson sectors = OrderedJson::object();
    for (const auto& [sector, count] : cut.sectors) sectors[sector] = count;
    json["sectors"] = std::move(sectors);
    json["listed"] = id_list(network, cut.listed);
    json["largest_remaining"] = cut.largest_remaining;
    json["component_size"] = cut.component_size;
    return json;
}

std::string fixed(double value, int digits = 2) {
    if (!std::isfinite(value)) return "-";
    std::ostringstream text;
    text << std::fixed << std::setprecision(digits) << value;
    return text.str();
}

std::string sector_list(const std::map<std::string, std::size_t>& sectors) {
    std::string text;
    for (const auto& [sector, count] : sectors) {
        if (!text.empty()) text += ", ";
        text += std::to_string(count) + " " + printable(sector);
    }
    return text;
}

}  // namespace

void add_actor_brokerage(OrderedJson& row, const BrokersAndGaps& result, NodeId v) {
    const StructuralHolesResult& holes = result.structural_holes;
    row["constraint"] = optional_number(holes.constraint[v]);
    row["effective_size"] = optional_number(holes.effective_size[v]);
    row["efficiency"] = optional_number(holes.efficiency[v]);
    row["hierarchy"] = optional_number(holes.hierarchy[v]);
    const BrokerageStatistics& stats = result.brokerage.actors[v];
    OrderedJson brokerage = role_row(stats.raw);
    brokerage["expected"] = role_row(stats.expected);
    brokerage["sd"] = role_row(stats.sd);
    OrderedJson z;
    for (std::size_t r = 0; r < kBrokerageRoleCount; ++r) {
        z[std::string(brokerage_role_name(static_cast<BrokerageRole>(r)))] =
            optional_number(stats.z[r]);
    }
    z["total"] = optional_number(stats.z[kBrokerageTotalColumn]);
    brokerage["z"] = std::move(z);
    row["brokerage"] = std::move(brokerage);
}

OrderedJson brokers_json(const Network& network, const BrokersAndGaps& result) {
    OrderedJson json;
    json["by_betweenness"] = broker_entries(network, result.brokers.by_betweenness);
    json["by_low_constraint"] = broker_entries(network, result.brokers.by_low_constraint);
    json["by_cross_group_brokerage"] =
        broker_entries(network, result.brokers.by_cross_group_brokerage);
    return json;
}

OrderedJson gaps_json(const Network& network, const BrokersAndGaps& result,
                      const std::string& group_attribute) {
    OrderedJson json;
    json["groups"] = group_attribute;

    const MixingResult& mixing = result.mixing;
    OrderedJson pairs = OrderedJson::array();
    for (const GroupPairMixing& pair : mixing.pairs) {
        pairs.push_back({{"from", mixing.groups.names[pair.from]},
                         {"to", mixing.groups.names[pair.to]},
                         {"ties", pair.ties},
                         {"weight", pair.weight},
                         {"expected", pair.expected},
                         {"ratio", optional_number(pair.ratio)}});
    }
    OrderedJson ei_by_group = OrderedJson::object();
    for (std::size_t g = 0; g < mixing.groups.count(); ++g) {
        const EiIndex& ei = mixing.ei_by_group[g];
        ei_by_group[mixing.groups.names[g]] = {{"external", ei.external},
                                               {"internal", ei.internal},
                                               {"value", optional_number(ei.value)}};
    }
    json["mixing"] = {{"pairs", std::move(pairs)},
                      {"ei_index", optional_number(mixing.ei.value)},
                      {"ei_by_group", std::move(ei_by_group)},
                      {"assortativity", optional_number(mixing.assortativity)}};

    const CooperationTriangle& triangle = result.triangle;
    OrderedJson sides = OrderedJson::array();
    for (const TriangleSide& side : triangle.sides) {
        OrderedJson brokers = OrderedJson::array();
        for (const SideBroker& broker : side.brokers) {
            brokers.push_back({{"id", id_of(network, broker.actor)},
                               {"two_paths", broker.two_paths},
                               {"open_two_paths", broker.open_two_paths}});
        }
        sides.push_back({{"groups", {side.groups[0], side.groups[1]}},
                         {"ties", side.ties},
                         {"weight", side.weight},
                         {"expected", side.expected},
                         {"status", std::string(side_status_name(side.status))},
                         {"reason", side.reason},
                         {"brokers", std::move(brokers)}});
    }
    json["triangle"] = {{"corners", triangle.groups},
                        {"absent", triangle.absent_groups},
                        {"sides", std::move(sides)}};

    OrderedJson fragile_actors = OrderedJson::array();
    for (const FragileActor& actor : result.fragile.actors) {
        fragile_actors.push_back({{"id", id_of(network, actor.actor)},
                                  {"parts", actor.parts},
                                  {"cut_off", cut_off_json(network, actor.cut_off)}});
    }
    OrderedJson fragile_ties = OrderedJson::array();
    for (const FragileTie& tie : result.fragile.ties) {
        fragile_ties.push_back({{"tie", pair_ids(network, tie.first, tie.second)},
                                {"cut_off", cut_off_json(network, tie.cut_off)}});
    }
    json["fragile_points"] = {{"actors", std::move(fragile_actors)},
                              {"ties", std::move(fragile_ties)}};

    OrderedJson gaps = OrderedJson::array();
    if (result.community_gaps) {
        for (const CommunityGap& gap : result.community_gaps->gaps) {
            OrderedJson connecting = OrderedJson::array();
            for (const ConnectingTie& tie : gap.connecting_ties) {
                connecting.push_back(pair_ids(network, tie.first, tie.second));
            }
            gaps.push_back({{"communities", {gap.a, gap.b}},
                            {"sizes", {gap.size_a, gap.size_b}},
                            {"ties", gap.ties},
                            {"expected", gap.expected},
                            {"ratio", gap.ratio},
                            {"connecting_ties", std::move(connecting)}});
        }
    }
    json["community_gaps"] = std::move(gaps);
    return json;
}

OrderedJson suggestions_json(const Network& network, const BrokersAndGaps& result) {
    const SuggestionsResult& suggestions = result.suggestions;
    OrderedJson pairs = OrderedJson::array();
    for (const PairSuggestion& pair : suggestions.pairs) {
        pairs.push_back(
            {{"actors", pair_ids(network, pair.first, pair.second)},
             {"groups", {pair.first_group, pair.second_group}},
             {"triangle_side", pair.triangle_side ? OrderedJson(*pair.triangle_side)
                                                  : OrderedJson(nullptr)},
             {"resource_allocation", pair.resource_allocation},
             {"adamic_adar", pair.adamic_adar},
             {"shared_partners", id_list(network, pair.shared_partners)},
             {"explanation", pair.explanation}});
    }
    OrderedJson joins = OrderedJson::array();
    for (const JoinSuggestion& join : suggestions.joins) {
        joins.push_back({{"actors", pair_ids(network, join.first, join.second)},
                         {"component_sizes",
                          {join.first_component_size, join.second_component_size}},
                         {"explanation", join.explanation}});
    }
    return {{"score", "resource allocation (Zhou, Lü & Zhang 2009), ties by Adamic-Adar"},
            {"weights", suggestions.weights == WeightMode::Weighted ? "weighted" : "unweighted"},
            {"pairs", std::move(pairs)},
            {"joins", std::move(joins)}};
}

namespace {

void write_broker_list(const Network& network, const std::vector<BrokerEntry>& entries,
                       const char* title, std::ostream& out) {
    out << "\n" << title << "\n";
    if (entries.empty()) out << "  (none)\n";
    for (std::size_t rank = 0; rank < entries.size(); ++rank) {
        const BrokerEntry& entry = entries[rank];
        out << "  " << std::setw(2) << rank + 1 << ". "
            << printable(network.actor(entry.actor).display_name()) << " ("
            << printable(entry.group) << ", " << fixed(entry.value, 3) << ")\n";
        if (!entry.reason.empty()) out << "      " << printable(entry.reason) << "\n";
    }
}

}  // namespace

void write_brokers_table(const Network& network, const BrokersAndGaps& result,
                         std::ostream& out) {
    out << "Brokers - who holds the network together\n";
    write_broker_list(network, result.brokers.by_betweenness,
                      "By betweenness: on the shortest paths between others", out);
    write_broker_list(network, result.brokers.by_low_constraint,
                      "By low constraint (Burt): partners who do not know each other", out);
    write_broker_list(network, result.brokers.by_cross_group_brokerage,
                      "Across groups (Gould & Fernandez): open two-paths between groups", out);
}

void write_gaps_table(const Network& network, const BrokersAndGaps& result,
                      const std::string& group_attribute, std::ostream& out) {
    const CooperationTriangle& triangle = result.triangle;
    out << "Cooperation triangle " << printable(triangle.groups[0]) << " - "
        << printable(triangle.groups[1]) << " - " << printable(triangle.groups[2]) << " (groups by "
        << printable(group_attribute) << ")\n";
    for (const std::string& absent : triangle.absent_groups) {
        out << "  No actor of the group '" << printable(absent) << "' is in the network.\n";
    }
    for (const TriangleSide& side : triangle.sides) {
        out << "  " << printable(side.groups[0]) << " - " << printable(side.groups[1]) << ": "
            << side_status_name(side.status) << " (" << side.ties << " ties, "
            << fixed(side.expected) << " expected)\n";
        if (!side.reason.empty()) out << "      " << printable(side.reason) << "\n";
        for (std::size_t i = 0; i < side.brokers.size() && i < 3; ++i) {
            out << "      broker: "
                << printable(network.actor(side.brokers[i].actor).display_name()) << " ("
                << side.brokers[i].two_paths << " two-paths)\n";
        }
    }

    const MixingResult& mixing = result.mixing;
    out << "\nMixing between groups - ties observed / expected by chance\n";
    for (const GroupPairMixing& pair : mixing.pairs) {
        if (pair.ties == 0 && pair.expected == 0.0) continue;
        out << "  " << printable(mixing.groups.names[pair.from]) << " - "
            << printable(mixing.groups.names[pair.to]) << ": " << pair.ties << " / "
            << fixed(pair.expected)
            << (pair.ratio ? " (ratio " + fixed(*pair.ratio) + ")" : std::string()) << "\n";
    }
    out << "  E-I index (Krackhardt & Stern; -1 all ties inside groups, +1 all between): "
        << (mixing.ei.value ? fixed(*mixing.ei.value) : std::string("-")) << "\n";
    out << "  assortativity (Newman): "
        << (mixing.assortativity ? fixed(*mixing.assortativity) : std::string("-")) << "\n";

    out << "\nFragile points - actors and ties whose loss cuts others off\n";
    if (result.fragile.actors.empty() && result.fragile.ties.empty()) out << "  (none)\n";
    for (const FragileActor& actor : result.fragile.actors) {
        out << "  " << printable(network.actor(actor.actor).display_name()) << ": cuts off "
            << actor.cut_off.actors << " actor(s) (" << sector_list(actor.cut_off.sectors) << ")\n";
    }
    for (const FragileTie& tie : result.fragile.ties) {
        out << "  tie " << printable(network.actor(tie.first).display_name()) << " -- "
            << printable(network.actor(tie.second).display_name()) << ": cuts off "
            << tie.cut_off.actors << " actor(s) (" << sector_list(tie.cut_off.sectors) << ")\n";
    }

    if (result.community_gaps) {
        out << "\nGaps between communities - far fewer ties than expected\n";
        if (result.community_gaps->gaps.empty()) out << "  (none)\n";
        for (const CommunityGap& gap : result.community_gaps->gaps) {
            out << "  communities " << gap.a << " and " << gap.b << ": " << gap.ties << " ties, "
                << fixed(gap.expected) << " expected\n";
        }
    }

    out << "\nSuggested cooperations - partners of partners from different groups\n";
    if (result.suggestions.pairs.empty()) out << "  (none)\n";
    for (std::size_t rank = 0; rank < result.suggestions.pairs.size(); ++rank) {
        const PairSuggestion& pair = result.suggestions.pairs[rank];
        out << "  " << std::setw(2) << rank + 1 << ". "
            << printable(network.actor(pair.first).display_name()) << " ("
            << printable(pair.first_group) << ") + "
            << printable(network.actor(pair.second).display_name()) << " ("
            << printable(pair.second_group) << ")\n";
        if (!pair.explanation.empty()) out << "      " << printable(pair.explanation) << "\n";
    }
    for (const JoinSuggestion& join : result.suggestions.joins) {
        out << "  join: " << printable(join.explanation) << "\n";
    }
}

}  // namespace coopnet::cli

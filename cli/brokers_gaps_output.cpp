#include "cli/brokers_gaps_output.hpp"

#include <cmath>
#include <iomanip>
#include <string>
#include <vector>

#include "cli/json_output.hpp"
#include "core/text.hpp"
#include "viz/analysis_words.hpp"

namespace coopnet::cli {

namespace {

OrderedJson optional_number(const std::optional<double>& value) {
    return value ? number_or_null(*value) : OrderedJson(nullptr);
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

/// The reasons and explanations of JSON and CSV are English, whatever the language.
const Words& english() {
    static const Words words(Language::English);
    return words;
}

OrderedJson broker_entries(const Network& network, const std::vector<BrokerEntry>& entries,
                           BrokerRankingKind ranking) {
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
        json["reason"] = broker_reason(entry, ranking, english());
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

OrderedJson chance_test_json(const ChanceTest& test) {
    return {{"observed", number_or_null(test.observed)},
            {"random_mean", number_or_null(test.random_mean)},
            {"p_at_least", number_or_null(test.p_at_least)},
            {"p_at_most", number_or_null(test.p_at_most)},
            {"p_value", number_or_null(test.p_value)}};
}

// How the p-values of the mixing cells and triangle sides were found, and the tests of
// the whole network's measures (analysis/statistics/cug_test.hpp).
OrderedJson chance_json(const BrokersAndGaps& result) {
    if (!result.chance) {
        return {{"method", "poisson approximation"}, {"note", result.chance_note}};
    }
    const ChanceTests& chance = *result.chance;
    return {{"method", "conditional uniform graph test"},
            {"null_model", std::string(null_model_name(chance.null_model))},
            {"draws", chance.draws},
            {"seed", chance.seed},
            {"density", chance_test_json(chance.density)},
            {"degree_centralization", chance_test_json(chance.degree_centralization)},
            {"transitivity", chance_test_json(chance.transitivity)},
            {"ei_index", chance_test_json(chance.ei_index)},
            {"ei_index_label_permutation", chance_test_json(*result.ei_permutation)}};
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
    json["by_betweenness"] =
        broker_entries(network, result.brokers.by_betweenness, BrokerRankingKind::Betweenness);
    json["by_low_constraint"] =
        broker_entries(network, result.brokers.by_low_constraint, BrokerRankingKind::LowConstraint);
    json["by_cross_group_brokerage"] = broker_entries(
        network, result.brokers.by_cross_group_brokerage, BrokerRankingKind::CrossGroupBrokerage);
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
                         {"ratio", optional_number(pair.ratio)},
                         {"p_fewer", number_or_null(pair.p_fewer)},
                         {"p_more", number_or_null(pair.p_more)},
                         {"p_value", number_or_null(pair.p_value)}});
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
                         {"p_fewer", number_or_null(side.p_fewer)},
                         {"p_more", number_or_null(side.p_more)},
                         {"p_value", number_or_null(side.p_value)},
                         {"random_mean", number_or_null(side.random_mean)},
                         {"status", std::string(side_status_name(side.status))},
                         {"reason", side_reason(side, english())},
                         {"brokers", std::move(brokers)}});
    }
    json["triangle"] = {{"corners", triangle.groups},
                        {"absent", triangle.absent_groups},
                        {"sides", std::move(sides)}};
    json["tests_against_chance"] = chance_json(result);

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
    json["community_gap_count"] =
        result.community_gaps ? result.community_gaps->gap_count : std::size_t{0};
    return json;
}

OrderedJson suggestions_json(const Network& network, const BrokersAndGaps& result) {
    const SuggestionsResult& suggestions = result.suggestions;
    OrderedJson pairs = OrderedJson::array();
    for (const PairSuggestion& pair : suggestions.pairs) {
        pairs.push_back({{"actors", pair_ids(network, pair.first, pair.second)},
                         {"groups", {pair.first_group, pair.second_group}},
                         {"triangle_side", pair.triangle_side ? OrderedJson(*pair.triangle_side)
                                                              : OrderedJson(nullptr)},
                         {"resource_allocation", pair.resource_allocation},
                         {"adamic_adar", pair.adamic_adar},
                         {"shared_partners", id_list(network, pair.shared_partners)},
                         {"explanation", pair_suggestion_text(network, pair, english())}});
    }
    OrderedJson joins = OrderedJson::array();
    for (const JoinSuggestion& join : suggestions.joins) {
        joins.push_back(
            {{"actors", pair_ids(network, join.first, join.second)},
             {"component_sizes", {join.first_component_size, join.second_component_size}},
             {"explanation", join_suggestion_text(network, join, english())}});
    }
    return {{"score", "resource allocation (Zhou, Lü & Zhang 2009), ties by Adamic-Adar"},
            {"weights", suggestions.weights == WeightMode::Weighted ? "weighted" : "unweighted"},
            {"pairs", std::move(pairs)},
            {"joins", std::move(joins)}};
}

ResultTable brokers_table(const Network& network, const BrokersAndGaps& result) {
    ResultTable table;
    table.columns = {{"ranking", Word::CsvRanking},
                     {"rank", Word::CsvRank},
                     {"id", Word::CsvId},
                     {"label", Word::CsvLabel},
                     {"group", Word::CsvGroup},
                     {"value", Word::CsvValue},
                     {"cross_group_two_paths", Word::CsvCrossGroupPairs},
                     {"reason", Word::CsvReason}};
    const auto rows = [&](const char* name, const std::vector<BrokerEntry>& entries,
                          BrokerRankingKind ranking) {
        for (std::size_t rank = 0; rank < entries.size(); ++rank) {
            const BrokerEntry& entry = entries[rank];
            const Actor& actor = network.actor(entry.actor);
            table.rows.push_back({std::string(name), count_cell(rank + 1), actor.id,
                                  actor.display_name(), entry.group, entry.value,
                                  count_cell(entry.cross_group_two_paths),
                                  broker_reason(entry, ranking, english())});
        }
    };
    rows("betweenness", result.brokers.by_betweenness, BrokerRankingKind::Betweenness);
    rows("low_constraint", result.brokers.by_low_constraint, BrokerRankingKind::LowConstraint);
    rows("cross_group_brokerage", result.brokers.by_cross_group_brokerage,
         BrokerRankingKind::CrossGroupBrokerage);
    return table;
}

ResultTable suggestions_table(const Network& network, const BrokersAndGaps& result) {
    ResultTable table;
    table.columns = {{"rank", Word::CsvRank},
                     {"first", Word::CsvFirst},
                     {"first_label", Word::CsvFirstLabel},
                     {"first_group", Word::CsvFirstGroup},
                     {"second", Word::CsvSecond},
                     {"second_label", Word::CsvSecondLabel},
                     {"second_group", Word::CsvSecondGroup},
                     {"resource_allocation", Word::CsvResourceAllocation},
                     {"adamic_adar", Word::CsvAdamicAdar},
                     {"shared_partners", Word::CsvSharedPartners},
                     {"explanation", Word::CsvExplanation}};
    for (std::size_t rank = 0; rank < result.suggestions.pairs.size(); ++rank) {
        const PairSuggestion& pair = result.suggestions.pairs[rank];
        std::string partners;
        for (NodeId v : pair.shared_partners) {
            partners += (partners.empty() ? "" : " ") + network.actor(v).id;
        }
        table.rows.push_back({count_cell(rank + 1), network.actor(pair.first).id,
                              network.actor(pair.first).display_name(), pair.first_group,
                              network.actor(pair.second).id,
                              network.actor(pair.second).display_name(), pair.second_group,
                              pair.resource_allocation, pair.adamic_adar, std::move(partners),
                              pair_suggestion_text(network, pair, english())});
    }
    return table;
}

ResultTable triangle_table(const BrokersAndGaps& result) {
    ResultTable table;
    table.columns = {{"first_group", Word::CsvFirstGroup},
                     {"second_group", Word::CsvSecondGroup},
                     {"ties", Word::CsvTies},
                     {"weight", Word::CsvWeight},
                     {"expected", Word::CsvExpected},
                     {"p_fewer", Word::CsvPFewer},
                     {"p_more", Word::CsvPMore},
                     {"status", Word::CsvStatus},
                     {"reason", Word::CsvReason}};
    for (const TriangleSide& side : result.triangle.sides) {
        table.rows.push_back({side.groups[0], side.groups[1], count_cell(side.ties), side.weight,
                              side.expected, side.p_fewer, side.p_more,
                              std::string(side_status_name(side.status)),
                              side_reason(side, english())});
    }
    return table;
}

std::vector<XlsxTable> brokers_gaps_workbook(const Network& network, const BrokersAndGaps& result,
                                             BrokersGapsSheets sheets, Language language) {
    const auto sheet = [&](const ResultTable& table, Word name) {
        return result_sheet(table, std::string(catalogue_text(name, language)), language);
    };
    std::vector<XlsxTable> workbook;
    if (sheets != BrokersGapsSheets::Gaps) {
        workbook.push_back(sheet(brokers_table(network, result), Word::SheetBrokers));
    }
    if (sheets != BrokersGapsSheets::Brokers) {
        workbook.push_back(sheet(triangle_table(result), Word::SheetGaps));
        workbook.push_back(sheet(suggestions_table(network, result), Word::SheetSuggestions));
    }
    return workbook;
}

namespace {

/// A group's name: the sector's display name when groups are sectors.
std::string group_name(const std::string& group, const std::string& attribute, const Words& w) {
    return attribute == "sector" ? w.sector(group) : group;
}

void write_broker_list(const Network& network, const std::vector<BrokerEntry>& entries,
                       Word title, const Words& w, std::ostream& out) {
    out << "\n" << w(title) << "\n";
    if (entries.empty()) out << "  " << w(Word::NoneListed) << "\n";
    for (std::size_t rank = 0; rank < entries.size(); ++rank) {
        const BrokerEntry& entry = entries[rank];
        out << "  " << std::setw(2) << rank + 1 << ". "
            << printable(network.actor(entry.actor).display_name()) << " ("
            << printable(w.sector(entry.group)) << ", "
            << w.number(entry.value, std::fabs(entry.value) < 10.0 ? 3 : 1) << ")\n";
        out << "      "
            << (entry.links.empty() ? std::string(w(Word::BrokersNoLinks))
                                    : broker_links_text(entry, w))
            << "\n";
    }
}

std::string sector_list(const std::map<std::string, std::size_t>& sectors, const Words& w) {
    std::string text;
    for (const auto& [sector, count] : sectors) {
        if (!text.empty()) text += ", ";
        text += w.integer(static_cast<long long>(count)) + " " + w.sector(sector);
    }
    return text;
}

}  // namespace

void write_brokers_table(const Network& network, const BrokersAndGaps& result, const Words& w,
                         std::ostream& out) {
    out << w(Word::BrokersTitle) << "\n";
    write_broker_list(network, result.brokers.by_betweenness, Word::BrokersByBetweenness, w, out);
    write_broker_list(network, result.brokers.by_low_constraint, Word::BrokersByConstraint, w,
                      out);
    write_broker_list(network, result.brokers.by_cross_group_brokerage, Word::BrokersAcrossGroups,
                      w, out);
}

void write_gaps_table(const Network& network, const BrokersAndGaps& result,
                      const std::string& group_attribute,
                      std::span<const SectorWordUse> sector_words, const Words& w,
                      std::ostream& out) {
    const auto group = [&](const std::string& name) {
        return printable(group_name(name, group_attribute, w));
    };
    const auto name = [&](NodeId v) { return printable(network.actor(v).display_name()); };
    const CooperationTriangle& triangle = result.triangle;
    out << w(Word::GapsTriangle,
             {group(triangle.groups[0]), group(triangle.groups[1]), group(triangle.groups[2]),
              group_attribute == "sector" ? std::string(w(Word::LegendSector)) : group_attribute})
        << "\n";
    for (const std::string& absent : triangle.absent_groups) {
        out << "  " << w(Word::GapsAbsentGroup, {group(absent)}) << "\n";
    }
    if (!triangle.absent_groups.empty() && group_attribute == "sector") {
        if (const std::string words = sector_words_list(sector_words, w, printable);
            !words.empty()) {
            out << "  " << w(Word::TriangleWordsSeen, {words}) << "\n";
        }
    }
    for (const TriangleSide& side : triangle.sides) {
        // The status is the analysis's (analysis/gaps/cooperation_triangle.hpp); its words are
        // the catalogue's.
        const Word status = side_status_word(side.status);
        out << "  "
            << w(Word::GapsSide, {group(side.groups[0]), group(side.groups[1]), w(status),
                                  w.count(Word::Ties, side.ties), w.number(shown_expectation(side), 1)})
            << "\n";
        for (std::size_t i = 0; i < side.brokers.size() && i < 3; ++i) {
            out << "      "
                << w.pick(Word::GapsSideBroker, side.brokers[i].two_paths,
                          {name(side.brokers[i].actor),
                           w.integer(static_cast<long long>(side.brokers[i].two_paths))})
                << "\n";
        }
    }

    const MixingResult& mixing = result.mixing;
    out << "\n" << w(Word::GapsMixing) << "\n";
    for (const GroupPairMixing& pair : mixing.pairs) {
        if (pair.ties == 0 && pair.expected == 0.0) continue;
        out << "  " << group(mixing.groups.names[pair.from]) << " – "
            << group(mixing.groups.names[pair.to]) << ": "
            << w.integer(static_cast<long long>(pair.ties)) << " / " << w.number(pair.expected, 1);
        if (pair.ratio) out << " " << w(Word::GapsMixingRatio, {w.number(*pair.ratio, 2)});
        out << "\n";
    }
    out << "  " << w(Word::GapsEiIndex, {mixing.ei.value ? w.number(*mixing.ei.value, 2) : "–"})
        << "\n";
    out << "  "
        << w(Word::GapsAssortativity,
             {mixing.assortativity ? w.number(*mixing.assortativity, 2) : "–"})
        << "\n";

    out << "\n" << w(Word::GapsFragile) << "\n";
    if (result.fragile.actors.empty() && result.fragile.ties.empty()) {
        out << "  " << w(Word::NoneListed) << "\n";
    }
    for (const FragileActor& actor : result.fragile.actors) {
        out << "  "
            << w(Word::GapsCutsOff, {name(actor.actor), w.count(Word::Actors, actor.cut_off.actors),
                                     sector_list(actor.cut_off.sectors, w)})
            << "\n";
    }
    for (const FragileTie& tie : result.fragile.ties) {
        out << "  "
            << w(Word::GapsFragileTie, {name(tie.first), name(tie.second),
                                        w.count(Word::Actors, tie.cut_off.actors),
                                        sector_list(tie.cut_off.sectors, w)})
            << "\n";
    }

    if (result.community_gaps) {
        out << "\n" << w(Word::GapsCommunityGaps) << "\n";
        if (result.community_gaps->gaps.empty()) out << "  " << w(Word::NoneListed) << "\n";
        for (const CommunityGap& gap : result.community_gaps->gaps) {
            out << "  "
                << w(Word::GapsCommunityGap, {std::to_string(gap.a), std::to_string(gap.b),
                                              w.count(Word::Ties, gap.ties),
                                              w.number(gap.expected, 1)})
                << "\n";
        }
        const std::size_t unlisted =
            result.community_gaps->gap_count - result.community_gaps->gaps.size();
        if (unlisted > 0) {
            out << "  " << w(Word::AndMore, {w.integer(static_cast<long long>(unlisted))})
                << "\n";
        }
    }

    out << "\n" << w(Word::GapsSuggestions) << "\n";
    if (result.suggestions.pairs.empty()) out << "  " << w(Word::NoneListed) << "\n";
    for (std::size_t rank = 0; rank < result.suggestions.pairs.size(); ++rank) {
        const PairSuggestion& pair = result.suggestions.pairs[rank];
        out << "  " << std::setw(2) << rank + 1 << ". " << name(pair.first) << " ("
            << group(pair.first_group) << ") + " << name(pair.second) << " ("
            << group(pair.second_group) << ")\n";
        std::vector<std::string> partners;
        for (const NodeId z : pair.shared_partners) {
            if (partners.size() == 3) break;
            partners.push_back(name(z));
        }
        std::string by = w.join(partners);
        if (pair.shared_partners.size() > partners.size()) {
            by.append(" ").append(w(Word::AndOthers));
        }
        out << "      " << w(Word::SuggestionPair, {name(pair.first), name(pair.second), by})
            << " (" << w.count(Word::SharedPartners, pair.shared_partners.size()) << ")\n";
    }
    for (const JoinSuggestion& join : result.suggestions.joins) {
        const std::string largest = w.count(Word::Actors, join.first_component_size);
        const std::string text =
            join.second_component_size == 1
                ? w(Word::GapsJoinAlone, {name(join.second), name(join.first), largest})
                : w(Word::GapsJoinPart, {name(join.first), name(join.second),
                                         w.count(Word::Actors, join.second_component_size),
                                         largest});
        out << "  " << w(Word::GapsJoin, {text}) << "\n";
    }
}

}  // namespace coopnet::cli

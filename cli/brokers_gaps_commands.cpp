// `coopnet brokers NET` and `coopnet gaps NET`: who connects the groups, and where
// cooperation is missing. The two share their options and their analysis.

#include "analysis/centrality/betweenness.hpp"
#include "analysis/community/communities.hpp"
#include "cli/analysis_output.hpp"
#include "cli/brokers_gaps_output.hpp"
#include "cli/commands.hpp"
#include "cli/data_names.hpp"
#include "cli/input_options.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "io/csv.hpp"
#include "viz/analysis_words.hpp"

namespace coopnet::cli {

namespace {

struct BrokersGapsOptions {
    InputOptions input;
    std::string format = "table";
    std::filesystem::path output;
    std::string groups = "sector";
    std::size_t top = 10;
    bool unweighted = false;
    std::string communities = "leiden";
    std::uint64_t seed = 1;
    std::string csv_style = "default";
    std::vector<std::string> triangle;
    std::string language;
};

enum class View { Brokers, Gaps };

void add_options(CLI::App& command, BrokersGapsOptions& options, View view) {
    add_input_options(command, options.input);
    command.add_option("--format", options.format, "table (default), json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    command.add_option("-o,--output", options.output,
                       "write to this file (atomically) instead of standard output");
    command.add_option("--groups", options.groups,
                       "actor attribute that forms the groups (default: sector)");
    command.add_option("--top", options.top, "entries per list")->check(CLI::PositiveNumber);
    command.add_flag("--unweighted", options.unweighted, "treat every merged tie as weight 1");
    add_triangle_option(command, options.triangle);
    command.add_option("--csv-style", options.csv_style, "default or excel-de")
        ->check(CLI::IsMember({"default", "excel-de"}));
    add_language_option(command, options.language);
    if (view == View::Gaps) {
        command.add_option("--communities", options.communities,
                           "communities whose gaps are listed: leiden (default), louvain, "
                           "labelprop or attr:NAME");
        command.add_option("--seed", options.seed, "seed of the community search (default 1)");
    }
}

/// The header row of `columns` in the language of `headers` (analysis_output.hpp).
std::vector<std::string> header_row(std::initializer_list<std::pair<std::string_view, Word>> columns,
                                    Language headers) {
    std::vector<std::string> row;
    for (const auto& [key, german] : columns) row.push_back(csv_header(key, german, headers));
    return row;
}

void write_brokers_csv(const Network& network, const BrokersAndGaps& result, const CsvStyle& style,
                       Language headers, std::ostream& out) {
    CsvWriter writer(out, style);
    writer.write_row(header_row({{"ranking", Word::CsvRanking},
                                 {"rank", Word::CsvRank},
                                 {"id", Word::CsvId},
                                 {"label", Word::CsvLabel},
                                 {"group", Word::CsvGroup},
                                 {"value", Word::CsvValue},
                                 {"cross_group_two_paths", Word::CsvCrossGroupPairs},
                                 {"reason", Word::CsvReason}},
                                headers));
    const Words english(Language::English);  // the reasons are English, whatever the language
    const auto rows = [&](const char* name, const std::vector<BrokerEntry>& entries,
                          BrokerRankingKind ranking) {
        for (std::size_t rank = 0; rank < entries.size(); ++rank) {
            const BrokerEntry& entry = entries[rank];
            const Actor& actor = network.actor(entry.actor);
            writer.write_row(std::vector<std::string>{
                name, std::to_string(rank + 1), actor.id, actor.display_name(), entry.group,
                style.number(entry.value), std::to_string(entry.cross_group_two_paths),
                broker_reason(entry, ranking, english)});
        }
    };
    rows("betweenness", result.brokers.by_betweenness, BrokerRankingKind::Betweenness);
    rows("low_constraint", result.brokers.by_low_constraint, BrokerRankingKind::LowConstraint);
    rows("cross_group_brokerage", result.brokers.by_cross_group_brokerage,
         BrokerRankingKind::CrossGroupBrokerage);
}

// The actionable part of the gaps as rows: the suggested cooperations.
void write_suggestions_csv(const Network& network, const BrokersAndGaps& result,
                           const CsvStyle& style, Language headers, std::ostream& out) {
    CsvWriter writer(out, style);
    writer.write_row(header_row({{"rank", Word::CsvRank},
                                 {"first", Word::CsvFirst},
                                 {"first_label", Word::CsvFirstLabel},
                                 {"first_group", Word::CsvFirstGroup},
                                 {"second", Word::CsvSecond},
                                 {"second_label", Word::CsvSecondLabel},
                                 {"second_group", Word::CsvSecondGroup},
                                 {"resource_allocation", Word::CsvResourceAllocation},
                                 {"adamic_adar", Word::CsvAdamicAdar},
                                 {"shared_partners", Word::CsvSharedPartners},
                                 {"explanation", Word::CsvExplanation}},
                                headers));
    for (std::size_t rank = 0; rank < result.suggestions.pairs.size(); ++rank) {
        const PairSuggestion& pair = result.suggestions.pairs[rank];
        std::string partners;
        for (NodeId v : pair.shared_partners) {
            partners += (partners.empty() ? "" : " ") + network.actor(v).id;
        }
        writer.write_row(std::vector<std::string>{
            std::to_string(rank + 1), network.actor(pair.first).id,
            network.actor(pair.first).display_name(), pair.first_group,
            network.actor(pair.second).id, network.actor(pair.second).display_name(),
            pair.second_group, style.number(pair.resource_allocation),
            style.number(pair.adamic_adar), partners,
            pair_suggestion_text(network, pair, Words(Language::English))});
    }
}

Action make_action(std::shared_ptr<BrokersGapsOptions> options, const GlobalOptions& global,
                   View view) {
    return [options, &global, view]() {
        const LoadedNetwork loaded = load_network_with_sectors(options->input, global.quiet);
        const Network& network = loaded.network;
        const Network* networks[] = {&network};
        require_actor_attribute("--groups", options->groups, networks);
        AnalysisOptions analysis;
        analysis.weights = options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
        BrokersAndGapsOptions request;
        request.group_attribute = options->groups;
        request.top_k = options->top;
        request.triangle_groups = triangle_corners(options->triangle, loaded.sector_map);
        std::optional<CommunityAnalysis> communities;
        if (view == View::Gaps) {
            CommunityOptions community_options;
            parse_community_method(options->communities, community_options);
            if (community_options.method == CommunityMethod::Attribute) {
                require_actor_attribute("--communities attr:", community_options.attribute,
                                        networks);
            }
            community_options.leiden.seed = options->seed;
            communities = detect_communities(network, community_options, analysis);
        }
        const BrokersAndGaps result =
            communities ? analyze_brokers_and_gaps(network, betweenness(network, {}, analysis),
                                                   &communities->partition, request, analysis)
                        : analyze_brokers_and_gaps(network, request, analysis);
        const CsvStyle style = CsvStyle::from_name(options->csv_style);
        const Language headers = csv_header_language(options->csv_style);
        const Words words(command_language(options->language, global));
        const auto write = [&](std::ostream& out) {
            if (options->format == "json") {
                OrderedJson json;
                if (view == View::Brokers) {
                    json["brokers"] = brokers_json(network, result);
                } else {
                    json["gaps"] = gaps_json(network, result, options->groups);
                    json["suggestions"] = suggestions_json(network, result);
                }
                out << json.dump(2) << "\n";
            } else if (options->format == "csv") {
                if (view == View::Brokers) {
                    write_brokers_csv(network, result, style, headers, out);
                } else {
                    write_suggestions_csv(network, result, style, headers, out);
                }
            } else if (view == View::Brokers) {
                write_brokers_table(network, result, words, out);
            } else {
                write_gaps_table(network, result, options->groups, loaded.sector_words, words, out);
            }
        };
        const std::filesystem::path inputs[] = {options->input.path};
        write_output(options->output, write, inputs);
        return 0;
    };
}

}  // namespace

Action add_brokers_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<BrokersGapsOptions>();
    CLI::App* command = app.add_subcommand(
        "brokers",
        "Who holds the network together: top actors by betweenness, by low constraint "
        "(Burt) and by brokerage between groups (Gould & Fernandez), each with a reason.");
    add_options(*command, *options, View::Brokers);
    return make_action(options, global, View::Brokers);
}

Action add_gaps_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<BrokersGapsOptions>();
    CLI::App* command = app.add_subcommand(
        "gaps",
        "Where cooperation is missing: the municipality-business-foundation triangle, "
        "mixing between groups, fragile points, gaps between communities and suggested "
        "cooperations (CSV: the suggestions).");
    add_options(*command, *options, View::Gaps);
    return make_action(options, global, View::Gaps);
}

}  // namespace coopnet::cli

// `coopnet brokers NET` and `coopnet gaps NET`: who connects the groups, and where
// cooperation is missing. The two share their options and their analysis.

#include <iostream>

#include "analysis/centrality/approximate_betweenness.hpp"
#include "analysis/community/communities.hpp"
#include "cli/analysis_output.hpp"
#include "cli/betweenness_options.hpp"
#include "cli/brokers_gaps_output.hpp"
#include "cli/chance_options.hpp"
#include "cli/commands.hpp"
#include "cli/data_names.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "io/csv.hpp"
#include "viz/analysis_words.hpp"

namespace coopnet::cli {

namespace {

struct BrokersGapsOptions {
    InputOptions input;
    std::string format;  ///< table when empty, or xlsx when -o names a .xlsx file
    std::filesystem::path output;
    std::string groups = "sector";
    std::size_t top = 10;
    bool unweighted = false;
    std::string communities = "leiden";
    std::uint64_t seed = 1;
    std::string csv_style = "default";
    std::vector<std::string> triangle;
    std::string language;
    ChanceCliOptions chance;
    BetweennessCliOptions betweenness;
};

enum class View { Brokers, Gaps };

void add_options(CLI::App& command, BrokersGapsOptions& options, View view) {
    add_input_options(command, options.input);
    add_table_output_options(command, options.format, options.output);
    command.add_option("--groups", options.groups,
                       "actor attribute that forms the groups (default: sector)");
    command.add_option("--top", options.top, "entries per list")->check(CLI::PositiveNumber);
    command.add_flag("--unweighted", options.unweighted, "treat every merged tie as weight 1");
    add_triangle_option(command, options.triangle);
    command.add_option("--csv-style", options.csv_style, "default or excel-de")
        ->check(CLI::IsMember({"default", "excel-de"}));
    add_language_option(command, options.language);
    add_betweenness_options(command, options.betweenness);
    if (view == View::Gaps) {
        command.add_option("--communities", options.communities,
                           "communities whose gaps are listed: leiden (default), louvain, "
                           "labelprop or attr:NAME");
        command.add_option("--seed", options.seed,
                           "seed of the community search, of the random networks and of "
                           "--betweenness approx (default 1)");
        add_chance_options(command, options.chance);
    } else {
        command.add_option("--seed", options.seed, "seed of --betweenness approx (default 1)");
    }
}

Action make_action(std::shared_ptr<BrokersGapsOptions> options, const GlobalOptions& global,
                   View view) {
    return [options, &global, view]() {
        if (wants_workbook(options->output, options->format)) options->format = "xlsx";
        if (options->format == "xlsx") refuse_workbook_on_standard_output(options->output);
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
        // Only the gaps show the tests against chance.
        if (view == View::Gaps) {
            apply_chance_options(options->chance, options->seed, request);
        } else {
            request.chance.draws = 0;
        }
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
        const ChosenBetweenness betweenness = chosen_betweenness(
            network,
            betweenness_choice(options->betweenness, options->seed, network, global.quiet),
            analysis);
        const BrokersAndGaps result = analyze_brokers_and_gaps(
            network, betweenness.values, communities ? &communities->partition : nullptr, request,
            analysis);
        const std::filesystem::path inputs[] = {options->input.path};
        if (options->format == "xlsx") {
            write_workbook_output(
                options->output,
                brokers_gaps_workbook(
                    network, result,
                    view == View::Brokers ? BrokersGapsSheets::Brokers : BrokersGapsSheets::Gaps,
                    command_language(options->language, global)),
                inputs);
            return 0;
        }
        const CsvStyle style = CsvStyle::from_name(options->csv_style);
        const Language headers = csv_header_language(options->csv_style);
        const Words words(command_language(options->language, global));
        const auto write = [&](std::ostream& out) {
            if (options->format == "json") {
                OrderedJson json;
                if (view == View::Brokers) {
                    json["betweenness"] = betweenness_json(betweenness.estimate);
                    json["brokers"] = brokers_json(network, result);
                } else {
                    json["betweenness"] = betweenness_json(betweenness.estimate);
                    json["gaps"] = gaps_json(network, result, options->groups);
                    json["suggestions"] = suggestions_json(network, result);
                }
                write_json(out, std::move(json));
            } else if (options->format == "csv") {
                // CSV holds rows only: the estimate is said on standard error.
                if (betweenness.estimate && !global.quiet) {
                    std::cerr << betweenness_estimate_sentence(*betweenness.estimate, words)
                              << '\n';
                }
                write_result_csv(view == View::Brokers ? brokers_table(network, result)
                                                       : suggestions_table(network, result),
                                 style, headers, out);
            } else if (view == View::Brokers) {
                write_brokers_table(network, result, words, out);
                if (betweenness.estimate) {
                    out << "\n" << betweenness_estimate_sentence(*betweenness.estimate, words)
                        << "\n";
                }
            } else {
                write_gaps_table(network, result, options->groups, loaded.sector_words, words, out);
            }
        };
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

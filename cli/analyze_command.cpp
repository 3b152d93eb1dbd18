// `coopnet analyze NET`: centralities and structure, as a table, JSON or CSV.
#include <iostream>
#include <string>

#include "analysis/community/consensus.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/network_analysis.hpp"
#include "cli/analysis_output.hpp"
#include "cli/betweenness_options.hpp"
#include "cli/chance_options.hpp"
#include "cli/commands.hpp"
#include "cli/data_names.hpp"
#include "cli/input_options.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "viz/analysis_words.hpp"

namespace coopnet::cli {

namespace {

struct AnalyzeOptions {
    InputOptions input;
    std::string format;  ///< table when empty, or xlsx when -o names a .xlsx file
    std::filesystem::path output;
    bool unweighted = false;
    std::size_t top = 10;
    std::size_t threads = 0;
    std::string csv_style = "default";
    std::string communities = "leiden";
    std::string quality = "modularity";
    LeidenOptions leiden;  ///< --resolution, --seed, --iterations (their defaults)
    std::size_t restarts = 0;  ///< --restarts; 0 = automatic (restart_count)
    std::string groups = "sector";
    std::vector<std::string> triangle;
    std::string language;
    ChanceCliOptions chance;
    BetweennessCliOptions betweenness;
};

constexpr const char* kConventions = R"(
Conventions (README, "Metrics"):
  weights      a tie weight is a strength of cooperation. Strength, eigenvector and
               PageRank use the weight; betweenness, closeness and harmonic use the
               distance 1/weight (Opsahl et al. 2010). Several ties between one pair
               are merged first (weights summed); self-ties are left out.
               --unweighted sets every merged tie to weight 1.
  betweenness  Brandes 2001, normalised as networkx 3.x: 2/((n-1)(n-2)) undirected,
               1/((n-1)(n-2)) directed. --betweenness approx estimates it from
               sampled shortest paths (Riondato & Kornaropoulos 2016): every actor within
               --epsilon (default 0.005) of the exact normalised value with probability at
               least 1 - --delta (default 0.1), seeded by --seed, the same for any
               --threads; JSON says so in "betweenness", the table in one sentence. Exact
               on more than 200 000 ties prints a note suggesting it (never switches).
  closeness    Wasserman-Faust ((r-1)/sum d)*((r-1)/(n-1)), r = actors reaching v
               (networkx wf_improved=True); distances into v when directed; 0 for isolates.
  harmonic     sum of 1/d(u,v) over u != v, divided by n-1 (distances into v).
  eigenvector  principal eigenvector, Euclidean norm 1, incoming ties when directed
               (networkx eigenvector_centrality).
  pagerank     damping 0.85, weighted, dangling actors spread uniformly (networkx).
  clustering, core, articulation points and bridges: unweighted, on the undirected
               version of a directed network (igraph mode ALL).
  communities  Leiden (Traag, Waltman & van Eck 2019) optimising modularity (Newman 2006)
               or CPM at --resolution, seeded; every community is connected. Louvain
               (Blondel et al. 2008), label propagation (Raghavan et al. 2007) or a fixed
               partition by an attribute for comparison. network.modularity is always at
               resolution 1; directed networks are clustered on their undirected version.
               Leiden, Louvain and label propagation keep the best of --restarts seeded
               runs (seeds derived from --seed); community_stability (per actor) and
               stability (per community) say how often the chosen grouping recurs across
               them (consensus clustering, Lancichinetti & Fortunato 2012).
)";

}  // namespace

Action add_analyze_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<AnalyzeOptions>();
    CLI::App* command = app.add_subcommand(
        "analyze", "Centralities per actor and the structure of the whole network.");
    command->footer(kConventions);
    add_input_options(*command, options->input);
    add_table_output_options(*command, options->format, options->output);
    command->add_flag("--unweighted", options->unweighted,
                      "treat every merged tie as weight 1 (strength then equals degree)");
    command->add_option("--top", options->top, "actors listed per metric in the table")
        ->check(CLI::PositiveNumber);
    command->add_option("--threads", options->threads,
                        "worker threads (0 = all cores); results do not depend on it");
    command->add_option("--communities", options->communities,
                        "leiden (default), louvain, labelprop, or attr:NAME (a fixed partition "
                        "by an actor attribute, e.g. attr:sector)");
    command
        ->add_option("--quality", options->quality,
                     "quality function of leiden/louvain: modularity (default) or cpm")
        ->check(CLI::IsMember({"modularity", "cpm"}));
    command->add_option("--resolution", options->leiden.resolution,
                        "resolution of the quality function (default 1)");
    command->add_option("--seed", options->leiden.seed,
                        "random seed of the community search and of the random networks behind "
                        "'weak' and 'strong' (default 1)");
    add_chance_options(*command, options->chance);
    add_betweenness_options(*command, options->betweenness);
    command->add_option("--iterations", options->leiden.max_iterations,
                        "Leiden iterations at most (default " +
                            std::to_string(LeidenOptions{}.max_iterations) +
                            "; 0 = until an iteration changes nothing, which can take 100 or "
                            "more on large networks)");
    command->add_option("--restarts", options->restarts,
                        "seeded runs of the community search, the best kept (default " +
                            std::to_string(kSmallNetworkRestarts) + " up to " +
                            std::to_string(kSmallNetworkTies) + " ties, " +
                            std::to_string(kDefaultRestarts) + " up to " +
                            std::to_string(kManyTies) + ", " +
                            std::to_string(kLargeNetworkRestarts) + " above)")
        ->check(CLI::PositiveNumber);
    command->add_option("--groups", options->groups,
                        "actor attribute that forms the groups of brokerage roles, mixing and "
                        "suggestions (default: sector)");
    add_triangle_option(*command, options->triangle);
    command->add_option("--csv-style", options->csv_style, "default or excel-de")
        ->check(CLI::IsMember({"default", "excel-de"}));
    add_language_option(*command, options->language);
    return [options, &global]() {
        if (wants_workbook(options->output, options->format)) options->format = "xlsx";
        if (options->format == "xlsx") refuse_workbook_on_standard_output(options->output);
        const LoadedNetwork loaded = load_network_with_sectors(options->input, global.quiet);
        const Network& network = loaded.network;
        const Network* networks[] = {&network};
        require_actor_attribute("--groups", options->groups, networks);
        AnalysisOptions analysis_options;
        analysis_options.weights =
            options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
        analysis_options.threads = options->threads;
        CommunityOptions communities;
        parse_community_method(options->communities, communities);
        if (communities.method == CommunityMethod::Attribute) {
            require_actor_attribute("--communities attr:", communities.attribute, networks);
        }
        communities.leiden = options->leiden;
        communities.restarts = options->restarts;
        communities.leiden.quality =
            options->quality == "cpm" ? QualityFunction::Cpm : QualityFunction::Modularity;
        BrokersAndGapsOptions brokers;
        brokers.group_attribute = options->groups;
        brokers.top_k = options->top;
        brokers.triangle_groups = triangle_corners(options->triangle, loaded.sector_map);
        apply_chance_options(options->chance, options->leiden.seed, brokers);
        // Brokers and gaps appear in JSON and the workbook only; the table points to
        // `coopnet brokers/gaps`.
        std::optional<BrokersAndGapsOptions> wanted;
        if (options->format == "json" || options->format == "xlsx") wanted = brokers;
        const std::optional<ApproximateBetweennessOptions> approximate = betweenness_choice(
            options->betweenness, options->leiden.seed, network, global.quiet);
        const NetworkAnalysis analysis =
            analyze_network(network,
                            {.communities = communities,
                             .brokers = wanted,
                             .approximate_betweenness = approximate},
                            analysis_options);

        const std::filesystem::path inputs[] = {options->input.path};
        const Language language = command_language(options->language, global);
        if (options->format == "xlsx") {
            write_workbook_output(options->output, analysis_workbook(network, analysis, language),
                                  inputs);
            return 0;
        }
        const CsvStyle style = CsvStyle::from_name(options->csv_style);
        const auto write = [&](std::ostream& out) {
            if (options->format == "json") {
                write_analysis_json(network, analysis, out);
            } else if (options->format == "csv") {
                // CSV holds rows only: the estimate is said on standard error.
                if (analysis.betweenness_estimate && !global.quiet) {
                    std::cerr << betweenness_estimate_sentence(*analysis.betweenness_estimate,
                                                               Words(language))
                              << "\n";
                }
                write_analysis_csv(network, analysis, style, csv_header_language(options->csv_style),
                                   out);
            } else {
                write_analysis_table(network, analysis, options->top, Words(language), out);
            }
        };
        write_output(options->output, write, inputs);
        return 0;
    };
}

}  // namespace coopnet::cli

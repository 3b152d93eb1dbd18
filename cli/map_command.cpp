// `coopnet map NET -o FILE.{dot,svg,png,pdf}`: a picture of the network styled by its
// analysis (viz/network_map.hpp), laid out and rendered in-process by Graphviz;
// `-o FILE.html`: the interactive map (viz/interactive_map.hpp) with the whole analysis
// behind its actor profiles.
#include <iostream>

#include "cli/betweenness_options.hpp"
#include "cli/commands.hpp"
#include "cli/data_names.hpp"
#include "cli/input_options.hpp"
#include "cli/language_option.hpp"
#include "cli/map_analysis.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "viz/interactive_map.hpp"
#include "viz/network_map.hpp"

namespace coopnet::cli {

namespace {

struct MapCommandOptions {
    InputOptions input;
    std::filesystem::path output;
    std::string format;  ///< empty = from the output's extension
    std::string color_by = "sector";
    std::string size_by = "betweenness";
    bool clusters = false;
    std::uint64_t seed = 1;
    std::string ego;
    std::size_t radius = 1;
    std::optional<CommunityId> community;
    bool triangle = false;
    std::size_t suggestions = 0;
    std::size_t brokers = 5;
    std::string layout = "auto";
    std::uint64_t layout_seed = 1;
    std::optional<std::size_t> labels;
    std::size_t wrap = 20;
    std::string title;
    bool unweighted = false;
    BetweennessCliOptions betweenness;
    std::size_t threads = 0;
    std::string language;
};

constexpr const char* kFooter = R"(
The picture (README, "Maps"):
  colour       sector, or the actor attribute of --color-by (Okabe & Ito 2008 palette)
  size         --size-by metric of the whole network, scaled within the view
  outline      double: the --brokers actors of largest betweenness
  octagon      cut point (articulation point); heavy line: bridge
  lines        one per tied pair, width by log weight, one strand per tie kind
  dashed       suggested cooperations (--suggestions K)
  grey boxes   Leiden communities (--clusters; fdp layout)
map.html      the interactive map: zoom, search, actor profiles with ranks and partners,
  filters by sector and tie kind, a year slider; one file, works offline (5 suggestions
  unless --suggestions says otherwise; no --clusters)
Layout: neato up to 300 actors, sfdp above (labels for the top 30 only), fdp with
clusters; straight lines. The same input and options give the same file, byte for byte,
except with --clusters, where Graphviz 2.42's fdp varies from run to run (README, "Maps").
)";

}  // namespace

Action add_map_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<MapCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "map", "Draw the network as DOT, SVG, PNG or PDF, or as an interactive HTML map.");
    command->footer(kFooter);
    add_input_options(*command, options->input);
    command->add_option("-o,--output", options->output,
                        "the picture: a .svg, .png, .pdf, .dot or .html file (written "
                        "atomically), or - for standard output (with --format)")
        ->required();
    command->add_option("--format", options->format,
                        "dot, svg, png, pdf or html (default: from the output's extension)")
        ->check(CLI::IsMember({"dot", "svg", "png", "pdf", "html"}));
    command->add_option("--color-by", options->color_by,
                        "actor attribute that sets the colour (default: sector)");
    command->add_option("--size-by", options->size_by,
                        "metric that sets the size: betweenness (default), degree, strength, "
                        "pagerank, eigenvector, closeness or harmonic")
        ->check(CLI::IsMember({"betweenness", "degree", "strength", "pagerank", "eigenvector",
                               "closeness", "harmonic"}));
    command->add_flag("--clusters", options->clusters,
                      "draw Leiden communities as boxed clusters (fdp or dot layout)");
    command->add_option("--seed", options->seed,
                        "seed of the Leiden communities and of --betweenness approx (default 1)");
    add_betweenness_options(*command, options->betweenness);
    CLI::Option* ego = command->add_option("--ego", options->ego,
                                           "draw only this actor (id) and its neighbourhood");
    command->add_option("--radius", options->radius, "hops around --ego (default 1)")
        ->needs(ego);
    CLI::Option* community = command->add_option(
        "--community", options->community,
        "draw only this Leiden community (numbered from 0, largest first, as `analyze`)");
    CLI::Option* triangle = command->add_flag(
        "--triangle", options->triangle,
        "draw only municipality, business and foundation actors and the actors that link them");
    ego->excludes(community)->excludes(triangle);
    community->excludes(triangle);
    CLI::Option* suggestions = command->add_option(
        "--suggestions", options->suggestions,
        "draw the top K suggested cooperations as dashed ties (default 0; 5 on the HTML map)");
    command->add_option("--brokers", options->brokers,
                        "outline this many top brokers by betweenness (default 5)");
    command->add_option("--layout", options->layout,
                        "neato, fdp, sfdp, dot or circo (default: by size)")
        ->check(CLI::IsMember({"auto", "neato", "fdp", "sfdp", "dot", "circo"}));
    command->add_option("--layout-seed", options->layout_seed,
                        "seed of the initial placement (default 1)");
    command->add_option("--labels", options->labels,
                        "label only the top N actors by the size metric (default: all up to "
                        "300 actors, else 30)");
    command->add_option("--wrap", options->wrap, "characters per label line (default 20)");
    command->add_option("--title", options->title, "heading of the legend (default: the name)");
    command->add_flag("--unweighted", options->unweighted,
                      "treat every merged tie as weight 1 for the metrics");
    command->add_option("--threads", options->threads,
                        "worker threads (0 = all cores); the picture does not depend on it");

    add_language_option(*command, options->language);
    return [options, suggestions, &global]() {
        MapOptions map;
        map.language = command_language(options->language, global);
        if (!options->format.empty()) {
            map.format = *parse_map_format(options->format);
        } else if (const auto format = map_format_for_path(options->output)) {
            map.format = *format;
        } else if (is_standard_stream(options->output)) {
            throw InvalidArgument("-o - writes the picture to standard output, whose format no "
                                  "file name tells: give --format (dot, svg, png, pdf or html)");
        } else {
            throw InvalidArgument("cannot tell the picture format from '" +
                                  options->output.string() +
                                  "'; name it .svg, .png, .pdf, .dot or .html, or give --format");
        }
        const Network network = load_network(options->input, global.quiet);
        const Network* networks[] = {&network};
        require_actor_attribute("--color-by", options->color_by, networks);
        if (!options->ego.empty()) require_actor_id("--ego", options->ego, network);
        map.color_by = options->color_by;
        map.size_by = *parse_size_metric(options->size_by);
        map.clusters = options->clusters;
        map.community_seed = options->seed;
        if (!options->ego.empty()) {
            map.view.kind = MapViewKind::Ego;
            map.view.ego = options->ego;
            map.view.radius = options->radius;
        } else if (options->community) {
            map.view.kind = MapViewKind::Community;
            map.view.community = *options->community;
        } else if (options->triangle) {
            map.view.kind = MapViewKind::Triangle;
        }
        map.suggestions = options->suggestions;
        map.brokers = options->brokers;
        map.layout = *parse_layout_engine(options->layout);
        map.layout_seed = options->layout_seed;
        map.labels = options->labels;
        map.wrap_width = options->wrap;
        map.title = options->title;
        if (map.title.empty() && network.name().empty() &&
            !is_standard_stream(options->input.path)) {
            // A CSV folder or edge list has no name: use the input's file or folder name.
            map.title = std::filesystem::absolute(options->input.path).lexically_normal()
                            .filename().string();
            if (map.title.empty()) {
                map.title = std::filesystem::absolute(options->input.path).lexically_normal()
                                .parent_path().filename().string();
            }
        }
        map.subtitle = period_subtitle(options->input, map.language);
        AnalysisOptions analysis;
        analysis.weights = options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
        analysis.threads = options->threads;

        check_map_options(network, map);
        const std::optional<ApproximateBetweennessOptions> approximate =
            betweenness_choice(options->betweenness, options->seed, network, global.quiet);
        const std::filesystem::path inputs[] = {options->input.path};
        if (map.format == MapFormat::Html) {
            if (suggestions->count() == 0) map.suggestions = 5;
            CommunityOptions communities;
            communities.leiden.seed = map.community_seed;
            BrokersAndGapsOptions brokers;
            brokers.triangle_groups = map.triangle_groups;
            brokers.top_k = std::max<std::size_t>(map.suggestions, 10);
            brokers.chance.seed = map.community_seed;
            const NetworkAnalysis whole = analyze_network(
                network,
                {.communities = communities,
                 .brokers = brokers,
                 .approximate_betweenness = approximate},
                analysis);
            const std::string page = interactive_map_page(network, whole, map);
            write_output(options->output, [&](std::ostream& out) { out << page; }, inputs);
            return 0;
        }
        const MapResult picture =
            render_map(network, analyze_for_map(network, map, approximate, analysis), map);
        for (const std::string& warning : picture.warnings) warn(global.quiet, "Graphviz: " + warning);
        write_output(
            options->output,
            [&](std::ostream& out) {
                out.write(picture.data.data(), static_cast<std::streamsize>(picture.data.size()));
            },
            inputs);
        return 0;
    };
}

}  // namespace coopnet::cli

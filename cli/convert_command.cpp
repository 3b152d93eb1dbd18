// `coopnet convert IN OUT`: between every format coopnet reads and writes.
#include <algorithm>
#include <array>
#include <cmath>
#include <iostream>
#include <optional>

#include "analysis/centrality/betweenness.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/map_analysis.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "io/atomic_file.hpp"
#include "io/network_format.hpp"
#include "io/xlsx_network_writer.hpp"
#include "viz/interactive_map.hpp"
#include "viz/palette.hpp"

namespace coopnet::cli {

namespace {
struct ConvertOptions {
    InputOptions input;
    std::filesystem::path output;
    std::string output_format;
    std::string csv_style = "default";
    std::string node_link_key = "edges";
    bool edge_list_comments = false;
    std::string gexf_version = "1.3";
    bool gexf_positions = false;
};

// GEXF node sizes: 10 for no betweenness up to 50 for the largest, linear in raw
// betweenness. Betweenness takes O(n·m); above this many actor-tie products it is skipped.
constexpr double kGexfSmallest = 10.0;
constexpr double kGexfLargest = 50.0;
constexpr double kGexfBetweennessWork = 2e10;

/// What Gephi draws: sector colours as the maps have them, sizes by betweenness, and the
/// map's layout when asked (y turned upwards, Gephi's way).
GexfDrawing gexf_drawing(const Network& network, bool positions, bool quiet) {
    GexfDrawing drawing;
    const ActorColours colours = colour_actors(network, "sector");
    for (const std::size_t group : colours.actor_group) {
        drawing.colours.emplace_back(colours.colours[group]);
    }
    const double work = static_cast<double>(network.actor_count()) *
                        static_cast<double>(network.ties().size() + network.projects().size());
    if (work > kGexfBetweennessWork) {
        warn(quiet, "GEXF: " + std::to_string(network.actor_count()) +
                        " actors are too many for betweenness here; nodes are not sized");
    } else {
        const std::vector<double> raw = betweenness(network).raw;
        double largest = 0.0;
        for (const double value : raw) largest = std::max(largest, value);
        for (const double value : raw) {
            const double size =
                largest > 0 ? kGexfSmallest + (kGexfLargest - kGexfSmallest) * value / largest
                            : kGexfSmallest;
            drawing.sizes.emplace_back(std::round(size * 100) / 100);  // 2 decimals
        }
    }
    if (positions) {
        const MapOptions map;
        const ActorPositions places =
            map_positions(network, cli::analyze_for_map(network, map, std::nullopt, AnalysisOptions{}), map);
        for (const Actor& actor : network.actors()) {
            const auto it = places.find(actor.id);
            drawing.positions.push_back(it == places.end() ? std::nullopt
                                                           : std::optional<std::array<double, 2>>{
                                                                 {it->second[0], -it->second[1]}});
        }
    }
    return drawing;
}
}  // namespace

Action add_convert_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<ConvertOptions>();
    CLI::App* command = app.add_subcommand(
        "convert",
        "Convert a network between formats. JSON, CSV folder and GraphML keep everything; "
        "node-link JSON, DOT and edge lists keep what they can express (see README).");
    add_input_options(*command, options->input);
    command
        ->add_option("OUT", options->output,
                     "output: a .json, .graphml, .gexf, .net (Pajek), .dot, .txt/.edges or .xlsx file, or a "
                     "folder (CSV) - never one of the inputs; - writes standard output (with "
                     "--output-format; not a workbook)")
        ->required();
    command->add_option("--output-format", options->output_format,
                        "override the format chosen by OUT's name: " + format_names());
    command
        ->add_option("--csv-style", options->csv_style,
                     "CSV folders: `default` (`,` and `.`) or `excel-de` (`;`, decimal "
                     "comma, BOM, CRLF: what German Excel opens directly)")
        ->check(CLI::IsMember({"default", "excel-de"}));
    command
        ->add_option("--node-link-key", options->node_link_key,
                     "node-link JSON: the key of the ties, `edges` (networkx 3.4 and later) "
                     "or `links` (networkx 2.x)")
        ->check(CLI::IsMember({"edges", "links"}));
    command->add_flag("--edge-list-comments", options->edge_list_comments,
                      "edge lists: write `# directed` and `# isolated: ID` lines, which coopnet "
                      "and networkx read back (igraph's Read_Ncol does not)");
    command
        ->add_option("--gexf-version", options->gexf_version,
                     "GEXF: `1.3` (Gephi 0.9 and later, networkx 3.6 and later) or `1.2draft` "
                     "(networkx before 3.6)")
        ->check(CLI::IsMember({"1.3", "1.2draft"}));
    command->add_flag("--gexf-positions", options->gexf_positions,
                      "GEXF: place the actors as coopnet's map does (Graphviz), besides the "
                      "sector colours and the betweenness sizes written always");
    return [options, &global]() {
        if (wants_workbook(options->output, options->output_format)) {
            refuse_workbook_on_standard_output(options->output);
            const Network network = load_network(options->input, global.quiet);
            const std::filesystem::path inputs[] = {options->input.path};
            write_xlsx_network(network, options->output, inputs);
            return 0;
        }
        const Network network = load_network(options->input, global.quiet);
        WriteOptions write;
        if (!options->output_format.empty()) {
            write.format = parse_format_name(options->output_format);
            if (!write.format) {
                throw InvalidArgument("unknown --output-format '" + options->output_format +
                                      "'; use one of " + format_names());
            }
        }
        write.csv_style = CsvStyle::from_name(options->csv_style);
        write.node_link.key =
            options->node_link_key == "links" ? NodeLinkKey::Links : NodeLinkKey::Edges;
        write.edge_list.comments = options->edge_list_comments
                                       ? EdgeListComments::DirectionAndIsolates
                                       : EdgeListComments::None;
        write.gexf.version = *parse_gexf_version(options->gexf_version);
        if (write.format.value_or(is_standard_stream(options->output)
                                      ? NetworkFormat::CsvFolder
                                      : detect_output_format(options->output)) ==
            NetworkFormat::Gexf) {
            write.gexf.drawing = gexf_drawing(network, options->gexf_positions, global.quiet);
        }
        std::vector<std::string> warnings;
        if (is_standard_stream(options->output)) {
            if (!write.format) {
                throw InvalidArgument("OUT '-' writes standard output, whose format no file name "
                                      "tells: give --output-format (json, node-link, graphml, "
                                      "dot, edgelist, gexf or pajek)");
            }
            write_standard_output([&](std::ostream& out) {
                warnings = write_network(network, out, *write.format, "standard output", write);
            });
        } else {
            const std::filesystem::path inputs[] = {options->input.path};
            warnings = write_network(network, options->output, write, inputs);
        }
        for (const std::string& warning : warnings) warn(global.quiet, warning);
        return 0;
    };
}

}  // namespace coopnet::cli

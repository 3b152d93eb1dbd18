// `coopnet convert IN OUT`: between every format coopnet reads and writes.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "io/atomic_file.hpp"
#include "io/network_format.hpp"
#include "io/xlsx_network_writer.hpp"

namespace coopnet::cli {

namespace {
struct ConvertOptions {
    InputOptions input;
    std::filesystem::path output;
    std::string output_format;
    std::string csv_style = "default";
    std::string node_link_key = "edges";
    bool edge_list_comments = false;
};
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
                     "output: a .json, .graphml, .dot, .txt/.edges or .xlsx file, or a "
                     "folder (CSV) - never one of the inputs; - writes standard output (with "
                     "--output-format; not a workbook)")
        ->required();
    command->add_option("--output-format", options->output_format,
                        "override the format chosen by OUT's name: " + format_names() + ", xlsx");
    command->add_option("--csv-style", options->csv_style,
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
        std::vector<std::string> warnings;
        if (is_standard_stream(options->output)) {
            if (!write.format) {
                throw InvalidArgument("OUT '-' writes standard output, whose format no file name "
                                      "tells: give --output-format (json, node-link, graphml, "
                                      "dot, edgelist or pajek)");
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

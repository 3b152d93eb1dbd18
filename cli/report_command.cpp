// `coopnet report NET -o report.html [--lang de|en] [--title ...]`: one self-contained HTML
// report for planners (viz/report.hpp): key findings in plain language, the map, sortable
// tables and the methods, with the input's SHA-256 checksums. With `--compare BEFORE`
// (NET is the state after) or `--periods P1 P2` (two periods of NET) it adds the section
// on change over time.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "analysis/network_analysis.hpp"
#include "analysis/time/tie_survival.hpp"
#include "analysis/time/timeline.hpp"
#include "cli/betweenness_options.hpp"
#include "cli/chance_options.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "core/version.hpp"
#include "io/checksum.hpp"
#include "viz/report.hpp"

namespace coopnet::cli {

namespace {

struct ReportCommandOptions {
    InputOptions input;
    std::filesystem::path output;
    std::string language;
    std::string title;
    std::uint64_t seed = 1;
    ChanceCliOptions chance;
    std::size_t top = 5;
    bool unweighted = false;
    bool no_map = false;
    std::size_t threads = 0;
    std::filesystem::path compare;
    std::vector<std::string> periods;
    std::size_t broker_top = 10;
    std::vector<std::string> triangle;
    BetweennessCliOptions betweenness;
};

constexpr const char* kFooter = R"(
The report (README, "Reports"): key findings in plain language (size and density, the main
clusters, the top brokers and why, fragile points, the municipality-business-foundation
triangle, suggested cooperations and who could introduce them), the cooperation map, a
sortable and filterable actor table, sector mixing, and the methods with the input's
SHA-256 checksum.
Change over time: `report AFTER --compare BEFORE` (BEFORE is read with the same input
options as AFTER) or `report NET --periods 2003-2008 2015-2018` (each period as
`coopnet diff --periods` takes it) adds the section "Veränderung" / "Change over time":
ties and actors kept, lost and new, persistence overall and between sectors, the brokers
that left the top 10 by betweenness (--broker-top): gone from the network, fallen in rank
or no longer brokering; the change of density, components, centralisation and modularity
("barely changed" below a threshold the methods name), a map of the change and tables of
kept, lost and new ties.
The rest of the report describes NET as given.
One HTML file with inline CSS and script; it needs no network access. It prints on A4 (the
actor table on landscape pages); for a PDF, print it from a browser ("Save as PDF") or run
`chromium --headless --no-pdf-header-footer --print-to-pdf=report.pdf report.html`.
An output named other than .html or .htm (report.pdf) is refused (exit 2).
The same input and options give the same text and tables, byte for byte; the map in
it can route an edge differently from run to run (README, "Maps").
)";

// The files the network was read from: the file itself, or a CSV folder's .csv files in
// name order, or standard input.
std::vector<ReportInputFile> input_files(const std::filesystem::path& path) {
    if (is_standard_stream(path)) {
        return {{"standard input", sha256_hex(standard_input_text())}};
    }
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file() && entry.path().extension() == ".csv") {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(path);
    }
    std::vector<ReportInputFile> inputs;
    for (const auto& file : files) {
        inputs.push_back({file.generic_string(), sha256_file_hex(file)});
    }
    return inputs;
}

// The last component of a file or folder name ("before.json", "marxloh" for "marxloh/").
std::string short_name(const std::filesystem::path& path) {
    if (is_standard_stream(path)) return "standard input";
    std::filesystem::path normal = path.lexically_normal();
    if (normal.filename().empty()) normal = normal.parent_path();
    return normal.filename().string();
}

// Refuses an output whose name promises anything but HTML: the report is one HTML page, and
// coopnet has no sound way to lay it out as a PDF itself (Graphviz and Cairo draw the map but
// cannot lay out HTML; a browser engine in-process would be a dependency of its own). A name
// without an extension (`/dev/stdout`, a pipe) is written as given.
// @throws InvalidArgument naming the file and, for .pdf, how to make the PDF.
void check_html_output(const std::filesystem::path& output) {
    std::string extension = output.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension.empty() || extension == ".html" || extension == ".htm") return;
    std::filesystem::path html = output;
    html.replace_extension(".html");
    if (extension == ".pdf") {
        throw InvalidArgument(
            "cannot write the report as a PDF ('" + output.string() +
            "'): it is an HTML page. Write it with -o " + html.string() +
            ", then open it in a browser and print it (A4, \"Save as PDF\"), or run: chromium "
            "--headless --no-pdf-header-footer --print-to-pdf=" +
            output.string() + " " + html.string());
    }
    throw InvalidArgument("cannot write the report to '" + output.string() +
                          "': it is an HTML page; name the file .html or .htm (e.g. " +
                          html.string() + ")");
}

}  // namespace

Action add_report_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<ReportCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "report", "Write a self-contained HTML report: findings, map, tables and methods.");
    command->footer(kFooter);
    add_input_options(*command, options->input);
    command
        ->add_option("-o,--output", options->output,
                     "the HTML file, .html or .htm (written atomically; print it for a PDF), "
                     "or - for standard output")
        ->required();
    command
        ->add_option("--lang", options->language,
                     "de or en (default de, also when the locale is another)")
        ->check(CLI::IsMember({"de", "en"}));
    command->add_option("--title", options->title, "heading (default: the network's name)");
    add_triangle_option(*command, options->triangle);
    command->add_option("--seed", options->seed,
                        "seed of the Leiden communities and of the random networks behind "
                        "'weak' and 'strong' (default 1)");
    add_chance_options(*command, options->chance);
    add_betweenness_options(*command, options->betweenness);
    command
        ->add_option("--top", options->top,
                     "brokers, fragile points and suggestions named (default 5)")
        ->check(CLI::PositiveNumber);
    command->add_flag("--unweighted", options->unweighted, "treat every merged tie as weight 1");
    command->add_flag("--no-map", options->no_map, "leave the map out (no Graphviz layout)");
    command->add_option("--threads", options->threads,
                        "worker threads (0 = all cores); the report does not depend on it");
    CLI::Option* compare = command->add_option(
        "--compare", options->compare,
        "add the change over time from this earlier network (the state before) to NET");
    command
        ->add_option("--periods", options->periods,
                     "add the change over time between two periods of NET: FROM-TO FROM-TO, "
                     "e.g. 2003-2008 2015-2018")
        ->expected(2)
        ->excludes(compare);
    command
        ->add_option("--broker-top", options->broker_top,
                     "with --compare or --periods: brokers compared (top N by betweenness, "
                     "default 10)")
        ->check(CLI::PositiveNumber);

    return [options, &global]() {
        check_html_output(options->output);
        if (is_standard_stream(options->input.path) && is_standard_stream(options->compare)) {
            throw InvalidArgument("NET and --compare cannot both be - (standard input)");
        }
        LoadedNetwork loaded = read_input(options->input, global.quiet);
        std::optional<LoadedNetwork> before;
        if (!options->compare.empty()) {
            InputOptions other = options->input;
            other.path = options->compare;
            before = read_input(other, global.quiet);
        }
        // The filter names are checked against both states: a sector may be in one only.
        std::vector<const LoadedNetwork*> states{&loaded};
        if (before) states.push_back(&*before);
        check_filter_names(options->input, states);
        loaded.network = filter_input(std::move(loaded.network), options->input, loaded.sector_map);
        if (before) {
            before->network =
                filter_input(std::move(before->network), options->input, before->sector_map);
        }
        const Network& network = loaded.network;
        ReportOptions report;
        report.triangle_groups = triangle_corners(options->triangle, loaded.sector_map);
        report.sector_words = std::move(loaded.sector_words);
        report.language = command_language(options->language, global, Language::German);
        report.title = options->title;
        if (report.title.empty() && network.name().empty() &&
            !is_standard_stream(options->input.path)) {
            // A CSV folder has no name of its own: use the folder's (or the file's) name.
            std::filesystem::path path = options->input.path.lexically_normal();
            if (path.filename().empty()) path = path.parent_path();
            report.title = path.filename().string();
        }
        report.subtitle = period_subtitle(options->input, report.language);
        report.inputs = input_files(options->input.path);
        report.version = version_with_commit();
        report.community_seed = options->seed;
        {
            BrokersAndGapsOptions chance;
            apply_chance_options(options->chance, options->seed, chance);
            report.chance = chance.chance;
            report.always_simulate = chance.always_simulate;
        }
        report.top = options->top;
        report.map = !options->no_map;
        report.analysis.weights =
            options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
        report.analysis.threads = options->threads;
        // Dated data: the course over the years, as `coopnet timeline` computes it.
        if (dated_years(network)) {
            TimelineOptions timeline_options;
            timeline_options.diff.leiden.seed = options->seed;
            timeline_options.triangle.groups = report.triangle_groups;
            report.course = ReportCourse{coopnet::timeline(network, timeline_options, report.analysis),
                                         tie_survival(network)};
        }
        std::vector<std::filesystem::path> inputs{options->input.path};
        const auto compare = [&](const Network& first, const Network& second,
                                 std::string first_name, std::string second_name) {
            NetworkDiff diff =
                diff_networks(first, second, report_diff_options(report, options->broker_top),
                              report.analysis);
            ChangeActors actors = change_actors(first, second, diff);
            report.comparison =
                ReportComparison{std::move(diff), std::move(actors), std::move(first_name),
                                 std::move(second_name), options->broker_top};
        };
        if (!options->periods.empty()) {
            const Period first = parse_period(options->periods.at(0));
            const Period second = parse_period(options->periods.at(1));
            compare(period_network(network, first), period_network(network, second),
                    period_display_name(first, report.language),
                    period_display_name(second, report.language));
        } else if (before) {
            compare(before->network, network, short_name(options->compare),
                    short_name(options->input.path));
            for (ReportInputFile& file : input_files(options->compare)) {
                report.inputs.push_back(std::move(file));
            }
            inputs.push_back(options->compare);
        }
        const NetworkAnalysis analysis = analyze_network(
            network,
            {.communities = report_communities(report),
             .brokers = report_brokers_and_gaps(report),
             .approximate_betweenness =
                 betweenness_choice(options->betweenness, options->seed, network, global.quiet)},
            report.analysis);
        const std::string html = render_report(network, analysis, report);
        write_output(options->output, [&](std::ostream& out) { out << html; }, inputs);
        return 0;
    };
}

}  // namespace coopnet::cli

// `coopnet diff BEFORE AFTER` or `coopnet diff NET --periods P1 P2`: what changed in a
// cooperation network between two states, as text for planners or as JSON, and with
// `--map FILE` a map of kept, lost and new ties (viz/diff_map.hpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "cli/commands.hpp"
#include "cli/diff_output.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/language_option.hpp"
#include "cli/map_analysis.hpp"
#include "cli/output_target.hpp"
#include "cli/result_table.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"
#include "io/network_format.hpp"
#include "viz/diff_map.hpp"
#include "viz/interactive_map.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

struct DiffOptions {
    std::filesystem::path before;
    std::filesystem::path after;
    std::vector<std::string> periods;
    std::string input_format;
    std::vector<std::string> kinds;
    std::vector<std::string> sectors;
    std::string projection = "shared";
    std::string format;  ///< text when empty, or xlsx when -o names a .xlsx file
    std::filesystem::path output;
    bool unweighted = false;
    std::size_t top = 10;
    std::filesystem::path map;
    std::string language;
    std::uint64_t layout_seed = 1;
};

/// What the two states are, in words, and the actors' display names.
struct DiffContext {
    std::string before_name;
    std::string after_name;
    const Network* before = nullptr;
    const Network* after = nullptr;
    std::size_t broker_top = 10;

    /// The display name of actor `id`, escaped for the terminal.
    [[nodiscard]] std::string name_of(const std::string& id) const {
        for (const Network* network : {after, before}) {
            if (const auto v = network->find(id)) {
                return printable(network->actor(*v).display_name());
            }
        }
        return printable(id);
    }
};

constexpr const char* kConventions = R"(
Conventions:
  actors       the same actor when the ids are equal.
  ties         merged ties: one per pair of actors (ordered pair when directed), however
               many ties or shared projects join them; the same tie when it joins the same
               two ids (in the same direction when directed). Kinds, weights and periods
               play no part in the identity.
  persistence  ties kept / ties before; cross-sector: the same for ties whose actors have
               different sectors (sectors as before).
  brokers      top 10 (--top) by betweenness (normalised; distance 1/weight unless
               --unweighted), only actors above 0, equal values by id. A broker that left
               the list after is gone (no actor or no tie), ranked lower, or brokers no
               more; each line says which (JSON: "fate").
  network      density, weak components, Freeman degree centralisation, and modularity of
               a Leiden partition (seed 1) of each state.
  --map        kept ties solid grey, lost ties dashed red, new ties bold green; lost actors
               faded with a dashed outline, new actors with a green double outline; the
               legend says so (in the language of --lang). Format from the extension: .svg, .png,
               .pdf or .dot; the same input gives the same DOT, byte for byte (the
               drawing can vary, see README).
  --periods    each period filters the network as --from/--to do (ties and projects that
               overlap it, undated ones always); a period's actors are those with a tie or
               a project membership in it.
)";

/// The display name of actor `id` as the data has it (the state after first).
std::string label_of(const DiffContext& context, const std::string& id) {
    for (const Network* network : {context.after, context.before}) {
        if (const auto v = network->find(id)) return network->actor(*v).display_name();
    }
    return id;
}

/// The workbook of `diff -o FILE.xlsx`: network (the JSON's figures as key/value rows, the
/// id lists and brokers left to their sheets), actors and ties (one row each, status kept,
/// lost or new) and brokers (the top lists before and after, and who dropped out).
std::vector<XlsxTable> diff_workbook(const NetworkDiff& diff, const DiffContext& context,
                                     Language language) {
    const auto sheet = [&](const ResultTable& table, Word name) {
        return result_sheet(table, std::string(catalogue_text(name, language)), language);
    };
    Json figures = diff_json(diff, context.before_name, context.after_name);
    figures.erase("brokers");
    for (const char* part : {"actors", "ties"}) {
        for (const char* list : {"kept_ids", "lost_ids", "new_ids"}) figures[part].erase(list);
    }

    ResultTable actors;
    actors.columns = {{"id", Word::CsvId}, {"label", Word::CsvLabel}, {"status", Word::CsvStatus}};
    ResultTable ties;
    ties.columns = {
        {"first", Word::CsvFirst}, {"second", Word::CsvSecond}, {"status", Word::CsvStatus}};
    const std::pair<const char*, const std::vector<std::string>*> actor_lists[] = {
        {"kept", &diff.actors.kept}, {"lost", &diff.actors.lost}, {"new", &diff.actors.added}};
    for (const auto& [status, ids] : actor_lists) {
        for (const std::string& id : *ids) {
            actors.rows.push_back({id, label_of(context, id), std::string(status)});
        }
    }
    const std::pair<const char*, const std::vector<TiePair>*> tie_lists[] = {
        {"kept", &diff.ties.kept}, {"lost", &diff.ties.lost}, {"new", &diff.ties.added}};
    for (const auto& [status, pairs] : tie_lists) {
        for (const TiePair& pair : *pairs) {
            ties.rows.push_back({pair.first, pair.second, std::string(status)});
        }
    }

    ResultTable brokers;
    brokers.columns = {{"ranking", Word::CsvRanking},
                       {"rank", Word::CsvRank},
                       {"id", Word::CsvId},
                       {"label", Word::CsvLabel},
                       {"betweenness", Word::MeasureBetweenness},
                       {"fate", Word::CsvFate},
                       {"rank_after", Word::CsvRankAfter},
                       {"betweenness_after", Word::CsvBetweennessAfter}};
    const auto top_rows = [&](const char* ranking, const std::vector<BrokerRank>& top) {
        for (const BrokerRank& rank : top) {
            brokers.rows.push_back({std::string(ranking), count_cell(rank.rank), rank.id,
                                    label_of(context, rank.id), rank.betweenness});
        }
    };
    top_rows("before_top", diff.brokers_before);
    top_rows("after_top", diff.brokers_after);
    for (const DroppedBroker& broker : diff.brokers_dropped_out) {
        brokers.rows.push_back(
            {std::string("dropped_out"), count_cell(broker.rank_before), broker.id,
             label_of(context, broker.id), broker.betweenness_before,
             std::string(broker_fate_name(broker.fate)),
             broker.rank_after ? count_cell(*broker.rank_after) : ResultCell{},
             broker.betweenness_after ? ResultCell{*broker.betweenness_after} : ResultCell{}});
    }
    return {sheet(figures_table(figures), Word::SheetNetwork), sheet(actors, Word::SheetActors),
            sheet(ties, Word::SheetTies), sheet(brokers, Word::SheetBrokers)};
}

std::string percent(const std::optional<double>& share, const Words& w) {
    if (!share) return std::string(w(Word::DiffNotDefined));
    return w.percent(*share);
}

/// Names separated by commas, wrapped at 100 characters, each line indented by `indent`.
void write_names(std::ostream& out, const std::vector<std::string>& names, std::size_t indent) {
    std::size_t column = indent;
    out << std::string(indent, ' ');
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string item = names[i] + (i + 1 < names.size() ? "," : "");
        const std::size_t width = display_width(item);
        if (column > indent && column + 1 + width > 100) {
            out << '\n' << std::string(indent, ' ');
            column = indent;
        } else if (column > indent) {
            out << ' ';
            ++column;
        }
        out << item;
        column += width;
    }
    out << '\n';
}

/// Tie lists longer than this print as counts only.
constexpr std::size_t kTiesListed = 15;

void write_text(const NetworkDiff& diff, const DiffContext& context, const Words& w,
                std::ostream& out) {
    const auto integer = [&](std::size_t n) { return w.integer(static_cast<long long>(n)); };
    // The titles of the kept, lost and new groups, padded to one width.
    const std::size_t title_width =
        2 + std::max({display_width(w(Word::DiffKept)), display_width(w(Word::DiffLost)),
                      display_width(w(Word::DiffNew)), display_width(w(Word::Before)),
                      display_width(w(Word::After))});
    const auto title = [&](Word word) { return pad_right(w(word), title_width); };
    const std::string indent(2 + title_width + 2, ' ');

    out << w(Word::DiffTitle) << '\n';
    out << "  " << title(Word::Before) << context.before_name << '\n';
    out << "  " << title(Word::After) << context.after_name << '\n';
    out << w(diff.directed ? Word::DiffCountingDirected : Word::DiffCounting) << "\n\n";

    out << w(Word::DiffActorsHeading, {integer(diff.actors.before()), integer(diff.actors.after())})
        << '\n';
    const auto write_actor_group = [&](Word heading, const std::vector<std::string>& ids) {
        out << "  " << title(heading) << integer(ids.size()) << '\n';
        if (ids.empty()) return;
        std::vector<std::string> names;
        for (const std::string& id : ids) names.push_back(context.name_of(id));
        std::sort(names.begin(), names.end());  // read by name; the JSON keeps id order
        write_names(out, names, indent.size());
    };
    write_actor_group(Word::DiffKept, diff.actors.kept);
    write_actor_group(Word::DiffLost, diff.actors.lost);
    write_actor_group(Word::DiffNew, diff.actors.added);

    out << '\n'
        << w(Word::DiffTiesHeading, {integer(diff.ties.before()), integer(diff.ties.after())})
        << '\n';
    const char* arrow = diff.directed ? " -> " : " - ";
    const auto write_ties = [&](Word heading, const std::vector<TiePair>& pairs,
                                const std::string& remark) {
        out << "  " << title(heading) << integer(pairs.size()) << remark;
        if (pairs.size() > kTiesListed) {
            out << "  " << w(Word::DiffTooMany) << '\n';
            return;
        }
        out << '\n';
        for (const TiePair& pair : pairs) {
            out << indent << context.name_of(pair.first) << arrow << context.name_of(pair.second)
                << '\n';
        }
    };
    write_ties(Word::DiffKept, diff.ties.kept,
               "  " + w(Word::DiffPersistence, {percent(diff.tie_persistence, w)}));
    write_ties(Word::DiffLost, diff.ties.lost, "");
    write_ties(Word::DiffNew, diff.ties.added, "");
    out << "  "
        << w(Word::DiffBetweenSectors, {integer(diff.cross_sector_kept),
                                        integer(diff.cross_sector_before),
                                        percent(diff.cross_sector_persistence, w)})
        << '\n';

    out << '\n' << w(Word::DiffBrokersHeading, {integer(context.broker_top)}) << '\n';
    const auto write_top = [&](Word heading, const std::vector<BrokerRank>& top) {
        out << "  " << title(heading);
        if (top.empty()) out << w(Word::DiffNobodyBetween);
        for (std::size_t i = 0; i < top.size(); ++i) {
            out << (i == 0 ? "" : "\n" + std::string(2 + title_width, ' ')) << top[i].rank << ". "
                << context.name_of(top[i].id) << " (" << w.number(top[i].betweenness, 3) << ")";
        }
        out << '\n';
    };
    write_top(Word::Before, diff.brokers_before);
    write_top(Word::After, diff.brokers_after);
    out << "  " << w(Word::DiffDroppedOut, {integer(diff.brokers_dropped_out.size())}) << '\n';
    for (const DroppedBroker& broker : diff.brokers_dropped_out) {
        out << indent
            << w(Word::DiffDroppedLine, {context.name_of(broker.id),
                                         std::to_string(broker.rank_before),
                                         w.number(broker.betweenness_before, 3)});
        if (broker.rank_after) {
            out << w(Word::ChangeRankAfter, {std::to_string(*broker.rank_after),
                                             w.number(*broker.betweenness_after, 3)});
        } else if (broker.betweenness_after) {
            out << w(Word::ChangeStillThereNoBroker);
        } else {
            out << w(Word::ChangeGoneAfter);
        }
        out << '\n';
    }

    // The table of whole-network measures: labels padded by characters, numbers right-aligned.
    const StateMeasures& b = diff.before;
    const StateMeasures& a = diff.after;
    const Word labels[] = {Word::RowDensity, Word::RowComponents, Word::RowCentralization,
                           Word::RowModularity};
    std::size_t label_width = 0;
    for (const Word label : labels) label_width = std::max(label_width, display_width(w(label)));
    label_width += 2;
    const auto right = [](const std::string& text, std::size_t width) {
        const std::size_t shown = display_width(text);
        return std::string(shown < width ? width - shown : 1, ' ') + text;
    };
    out << '\n' << pad_right(w(Word::DiffWholeNetwork), 2 + label_width)
        << right(std::string(w(Word::Before)), 9) << right(std::string(w(Word::After)), 10)
        << right(std::string(w(Word::ColChange)), 20) << '\n';
    const auto row = [&](Word name, const std::string& x, const std::string& y,
                         const std::string& change) {
        out << "  " << pad_right(w(name), label_width) << right(x, 9) << right(y, 10)
            << right(change, 20) << '\n';
    };
    row(Word::RowDensity, w.percent(b.density), w.percent(a.density),
        w(Word::PercentagePoints, {w.signed_number(100.0 * (a.density - b.density), 1)}));
    row(Word::RowComponents, integer(b.components), integer(a.components),
        w.signed_number(static_cast<double>(a.components) - static_cast<double>(b.components), 0));
    row(Word::RowCentralization, w.number(b.centralization, 3), w.number(a.centralization, 3),
        w.signed_number(a.centralization - b.centralization, 3));
    row(Word::RowModularity, w.number(b.modularity, 3), w.number(a.modularity, 3),
        w.signed_number(a.modularity - b.modularity, 3));
}

/// A path as given, or "standard input" for `-`.
std::string path_name(const std::filesystem::path& path) {
    return is_standard_stream(path) ? "standard input" : path.string();
}

/// The last component of a file or folder name ("before.json", "marxloh" for "marxloh/").
std::string short_name(const std::filesystem::path& path) {
    if (is_standard_stream(path)) return "standard input";
    std::filesystem::path normal = path.lexically_normal();
    if (normal.filename().empty()) normal = normal.parent_path();
    return normal.filename().string();
}

}  // namespace

Action add_diff_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<DiffOptions>();
    CLI::App* command = app.add_subcommand(
        "diff",
        "What changed between two states of a network: actors and ties kept, lost and new, "
        "brokers that dropped out, density, components, centralisation, modularity.");
    command->footer(kConventions);
    command
        ->add_option("BEFORE", options->before,
                     "the network before (with --periods: the one dated network)")
        ->required();
    CLI::Option* after =
        command->add_option("AFTER", options->after, "the network after (not with --periods)");
    command
        ->add_option("--periods", options->periods,
                     "compare two periods of BEFORE: FROM-TO FROM-TO, e.g. 2003-2008 "
                     "2015-2018 (years or ISO dates; 2015- leaves the end open)")
        ->expected(2)
        ->excludes(after);
    command->add_option("--input-format", options->input_format,
                        "override the format detected from the name: " + format_names());
    command
        ->add_option("--kinds", options->kinds,
                     "keep only ties of these kinds (`project` keeps every project)")
        ->delimiter(',');
    command->add_option("--sectors", options->sectors, "keep only actors of these sectors")
        ->delimiter(',');
    command
        ->add_option("--projection", options->projection,
                     "weight of ties between co-members of a project: `shared` or `newman`")
        ->check(CLI::IsMember({"shared", "newman"}));
    command
        ->add_option("--format", options->format,
                     "text (default), json or xlsx (the default for -o FILE.xlsx)")
        ->check(CLI::IsMember({"text", "json", "xlsx"}));
    command->add_option("-o,--output", options->output,
                        "write to this file (atomically) instead of standard output; a .xlsx "
                        "file is a workbook");
    command->add_flag("--unweighted", options->unweighted,
                      "betweenness and modularity with every merged tie as weight 1");
    command->add_option("--top", options->top, "length of the broker lists compared (10)")
        ->check(CLI::PositiveNumber);
    CLI::Option* map = command->add_option(
        "--map", options->map,
        "also draw the change as a map: kept, lost and new ties and actors drawn differently "
        "(.svg, .png, .pdf or .dot; written atomically)");
    add_language_option(*command, options->language);
    command
        ->add_option("--layout-seed", options->layout_seed,
                     "seed of the map's initial placement (default 1)")
        ->needs(map);

    return [options, &global]() {
        if (wants_workbook(options->output, options->format)) options->format = "xlsx";
        if (options->format == "xlsx") refuse_workbook_on_standard_output(options->output);
        const bool period_mode = !options->periods.empty();
        if (!period_mode && options->after.empty()) {
            throw InvalidArgument(
                "diff needs two networks (BEFORE AFTER) or one network and --periods FROM-TO "
                "FROM-TO");
        }
        if (!period_mode && is_standard_stream(options->before) &&
            is_standard_stream(options->after)) {
            throw InvalidArgument("BEFORE and AFTER cannot both be - (standard input)");
        }
        if (is_standard_stream(options->map)) {
            throw InvalidArgument("--map needs a file (.svg, .png, .pdf or .dot): standard "
                                  "output carries the text (-o)");
        }
        std::optional<MapFormat> map_format;
        if (!options->map.empty()) {
            map_format = map_format_for_path(options->map);
            if (map_format == MapFormat::Html) {
                throw InvalidArgument("the change map is drawn as .svg, .png, .pdf or .dot; the "
                                      "interactive map is `coopnet map -o FILE.html`'s and the "
                                      "report's (`coopnet report --periods`)");
            }
            if (!map_format) {
                throw InvalidArgument("cannot tell the map format from '" + options->map.string() +
                                      "'; name it .svg, .png, .pdf or .dot");
            }
        }
        const Words words(command_language(options->language, global));
        DiffMapOptions map_options;
        map_options.language = words.language();
        map_options.layout_seed = options->layout_seed;
        InputOptions input;
        input.format = options->input_format;
        input.kinds = options->kinds;
        input.sectors = options->sectors;
        input.projection = options->projection;

        NetworkDiffOptions diff_options;
        diff_options.broker_top = options->top;
        AnalysisOptions analysis;
        analysis.weights = options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;

        std::vector<std::filesystem::path> inputs{options->before};
        Network before;
        Network after;
        DiffContext context;
        if (period_mode) {
            const Period first = parse_period(options->periods.at(0));
            const Period second = parse_period(options->periods.at(1));
            input.path = options->before;
            const Network network = load_network(input, global.quiet);
            before = period_network(network, first);
            after = period_network(network, second);
            map_options.before_name = period_display_name(first, words.language());
            map_options.after_name = period_display_name(second, words.language());
            context.before_name = map_options.before_name + " (" + path_name(options->before) + ")";
            context.after_name = map_options.after_name + " (" + path_name(options->before) + ")";
        } else {
            input.path = options->before;
            LoadedNetwork first = read_input(input, global.quiet);
            input.path = options->after;
            LoadedNetwork second = read_input(input, global.quiet);
            // The filter names are checked against both: a sector may be in one state only.
            const LoadedNetwork* states[] = {&first, &second};
            check_filter_names(input, states);
            before = filter_input(std::move(first.network), input, first.sector_map);
            after = filter_input(std::move(second.network), input, second.sector_map);
            inputs.push_back(options->after);
            context.before_name = path_name(options->before);
            context.after_name = path_name(options->after);
            map_options.before_name = short_name(options->before);
            map_options.after_name = short_name(options->after);
        }
        context.broker_top = options->top;
        context.before = &before;
        context.after = &after;
        const NetworkDiff diff = diff_networks(before, after, diff_options, analysis);

        if (options->format == "xlsx") {
            write_workbook_output(options->output, diff_workbook(diff, context, words.language()),
                                  inputs);
        } else {
            write_output(
                options->output,
                [&](std::ostream& out) {
                    if (options->format == "json") {
                        write_json(out, diff_json(diff, context.before_name, context.after_name));
                    } else {
                        write_text(diff, context, words, out);
                    }
                },
                inputs);
        }
        if (map_format) {
            map_options.format = *map_format;
            // The actors stay where `coopnet map AFTER -o map.html` puts them, so the two
            // maps can be compared by eye.
            MapOptions after_map;
            after_map.language = words.language();
            after_map.layout_seed = options->layout_seed;
            map_options.positions =
                map_positions(after, analyze_for_map(after, after_map, std::nullopt, analysis), after_map);
            const MapResult picture =
                render_diff_map(change_actors(before, after, diff), diff, map_options);
            for (const std::string& warning : picture.warnings) {
                warn(global.quiet, "Graphviz: " + warning);
            }
            write_output(
                options->map,
                [&](std::ostream& out) {
                    out.write(picture.data.data(),
                              static_cast<std::streamsize>(picture.data.size()));
                },
                inputs);
        }
        return 0;
    };
}

}  // namespace coopnet::cli

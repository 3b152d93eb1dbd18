// `coopnet compare NET… [--outcome FILE]`: many networks side by side, one row each
// (analysis/change/network_summary.hpp), and with an outcome table the measures compared
// between the networks' outcomes (rank tests, analysis/statistics/rank_tests.hpp).
//
// JSON (a contract outside tests rely on): `networks` is a list of {"name", "density", ...}
// in the order of the command line. The outcome file: a CSV (`;` or `,`), the network
// names in the first column, the outcome in the column `--outcome-column` (default: the
// second); numbers, or yes/no, ja/nein, true/false as 1/0.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/change/network_summary.hpp"
#include "cli/chance_options.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "cli/result_table.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/csv.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

struct CompareOptions {
    InputOptions input;  ///< the filters; its path is set per network
    std::vector<std::filesystem::path> paths;
    std::filesystem::path outcome;
    std::string outcome_column;
    std::string format;  ///< table when empty, or xlsx when -o names a .xlsx file
    std::filesystem::path output;
    std::uint64_t seed = 1;
    bool unweighted = false;
    std::vector<std::string> triangle;
    std::string csv_style = "default";
    std::string language;
    ChanceCliOptions chance;
};

constexpr const char* kConventions = R"(
Conventions (README "Many networks side by side"):
  row          per network, as `diff` and `gaps` compute each measure: merged ties,
               density, weak components, Freeman degree centralisation, Leiden modularity
               (--seed), E-I between sectors, triangle sides present (or strong) and weak
               against chance (--draws random networks, seeded by --seed; 0: Poisson),
               the top broker's share of all (raw) betweenness, cut points and bridges.
  name         the network's name, else the file or folder name.
  outcome      CSV: network names in the first column, the outcome in the second (or
               --outcome-column); two values: Mann-Whitney U between the groups (R's
               wilcox.test: exact without ties and below 50 per group, else normal with tie
               and continuity correction); more values: Spearman's rho (R's cor.test).
               p two-sided. A handful of networks shows little: the text says how little.
)";

struct Compared {
    std::string name;
    std::filesystem::path path;
    NetworkSummary summary;
};

std::string short_name(const std::filesystem::path& path) {
    std::filesystem::path normal = path.lexically_normal();
    if (normal.filename().empty()) normal = normal.parent_path();
    return normal.filename().string();
}

std::optional<double> yes_no(std::string_view cell) {
    const std::string word = to_lower_ascii(trim(cell));
    if (word == "yes" || word == "ja" || word == "true" || word == "wahr") return 1.0;
    if (word == "no" || word == "nein" || word == "false" || word == "falsch") return 0.0;
    return std::nullopt;
}

struct Outcome {
    std::string column;
    std::map<std::string, double> values;  ///< by network name
};

/// Reads the outcome table; every bad cell and repeated name is reported at once.
Outcome read_outcome(const std::filesystem::path& path, const std::string& wanted) {
    const CsvTable table = read_csv_file(path);
    std::vector<Diagnostic> problems;
    const SourceLocation header_at{table.file, table.header_line, 1};
    std::size_t column = 1;
    if (!wanted.empty()) {
        const auto it = std::find(table.header.begin(), table.header.end(), wanted);
        if (it == table.header.end()) {
            throw InputError(header_at, "no column '" + wanted + "' in the header");
        }
        column = static_cast<std::size_t>(it - table.header.begin());
    }
    if (table.header.size() < 2 || column == 0) {
        throw InputError(header_at,
                         "an outcome table needs the network names in the first column and "
                         "the outcome in another (e.g. network;continued)");
    }
    Outcome outcome{table.header[column], {}};
    std::map<std::string, std::size_t> seen;  // name -> line
    for (const CsvRecord& record : table.records) {
        const std::string name(record.fields.empty() ? "" : trim(record.fields[0]));
        if (name.empty()) {
            problems.push_back({table.location(record, 0), "no network name"});
            continue;
        }
        if (const auto it = seen.find(name); it != seen.end()) {
            problems.push_back({table.location(record, 0),
                                "network '" + name + "' is listed twice (first on line " +
                                    std::to_string(it->second) + ")"});
            continue;
        }
        seen.emplace(name, record.line);
        const std::string cell = column < record.fields.size() ? record.fields[column] : "";
        if (trim(cell).empty()) continue;  // no outcome for this network
        std::optional<double> value = yes_no(cell);
        if (!value) {
            const NumberCell number = parse_number_cell(cell, table.delimiter);
            if (number.value && std::isfinite(*number.value)) {
                value = number.value;
            } else {
                problems.push_back(
                    {table.location(record, column),
                     "outcome '" + cell + "' is not a number or yes/no" +
                         (number.problem.empty() ? "" : " (" + number.problem + ")")});
                continue;
            }
        }
        outcome.values.emplace(name, *value);
    }
    if (!problems.empty()) throw InputError(std::move(problems));
    return outcome;
}

ResultTable rows_table(const std::vector<Compared>& rows) {
    ResultTable table;
    table.columns = {{"network", Word::CsvNetwork},
                     {"actors", Word::CsvActors},
                     {"ties", Word::CsvTies},
                     {"density", Word::CsvDensity},
                     {"components", Word::CsvComponents},
                     {"centralization", Word::CsvCentralization},
                     {"modularity", Word::CsvModularity},
                     {"ei", Word::CsvEi},
                     {"triangle_present", Word::CsvTrianglePresent},
                     {"triangle_weak", Word::CsvTriangleWeak},
                     {"top_broker_share", Word::CsvTopBrokerShare},
                     {"cut_points", Word::CsvCutPoints},
                     {"bridges", Word::CsvBridges},
                     {"top_broker", Word::CsvTopBroker}};
    for (const Compared& row : rows) {
        std::vector<ResultCell> cells{row.name};
        for (const SummaryMeasure& m : summary_measures(row.summary)) {
            const bool counted = m.key == "actors" || m.key == "ties" || m.key == "components" ||
                                 m.key.starts_with("triangle") || m.key == "cut_points" ||
                                 m.key == "bridges";
            if (counted) {
                cells.emplace_back(static_cast<std::int64_t>(m.value));
            } else {
                cells.emplace_back(m.value);
            }
        }
        cells.emplace_back(row.summary.top_broker);
        table.rows.push_back(std::move(cells));
    }
    return table;
}

std::string method_word(RankTestMethod method, const Words& w) {
    switch (method) {
        case RankTestMethod::Exact:
            return std::string(w(Word::CompareMethodExact));
        case RankTestMethod::NormalApproximation:
            return std::string(w(Word::CompareMethodNormal));
        case RankTestMethod::Edgeworth:
            return std::string(w(Word::CompareMethodEdgeworth));
        case RankTestMethod::TApproximation:
            return std::string(w(Word::CompareMethodT));
        case RankTestMethod::None:
            break;
    }
    return std::string(w(Word::CompareMethodNone));
}

/// The smallest two-sided p-value the test can give on these networks (no ties): below
/// 0.05 or not decides whether a difference could be shown at all.
double smallest_p(const OutcomeComparison& c) {
    if (c.binary) {
        if (c.groups.n_x == 0 || c.groups.n_y == 0) return 1.0;
        return std::min(1.0, 2.0 * mann_whitney_cdf(0, c.groups.n_x, c.groups.n_y));
    }
    if (c.networks < 3) return 1.0;
    if (c.networks > 9) return 0.0;
    double orders = 1.0;
    for (std::size_t k = 2; k <= c.networks; ++k) orders *= static_cast<double>(k);
    return std::min(1.0, 2.0 / orders);
}

struct OutcomeView {
    Outcome outcome;
    std::filesystem::path file;
    std::vector<std::optional<double>> per_row;
    std::vector<std::string> missing;  ///< networks without an outcome
    std::vector<OutcomeComparison> comparisons;
    double low = 0.0;
    double high = 0.0;
};

/// What a handful of networks can carry, in words: nothing can be shown when even the
/// most extreme order gives p >= 0.05; otherwise a hint with the multiple-testing caveat.
std::string carrying_note(const OutcomeView& view, const Words& w) {
    std::size_t networks = 0;
    double smallest = 1.0;
    for (const OutcomeComparison& c : view.comparisons) {
        networks = std::max(networks, c.networks);
        smallest = std::min(smallest, smallest_p(c));
    }
    const bool binary = !view.comparisons.empty() && view.comparisons.front().binary;
    const std::string n = w.integer(static_cast<long long>(networks));
    if (smallest >= 0.05) {
        return w(binary ? Word::CompareNoDifference : Word::CompareNoCorrelation,
                 {n, w.number(smallest, 3)});
    }
    return w(Word::CompareHint,
             {n, w.integer(static_cast<long long>(view.comparisons.size()))});
}

Json outcome_json(const OutcomeView& view, const Words& english) {
    Json json;
    json["file"] = view.file.string();
    json["column"] = view.outcome.column;
    const bool binary = !view.comparisons.empty() && view.comparisons.front().binary;
    json["kind"] = binary ? "binary" : "numeric";
    json["test"] = binary ? "Mann-Whitney U, two-sided, as R wilcox.test"
                          : "Spearman rank correlation, two-sided, as R cor.test";
    if (binary) {
        json["groups"] = {{"higher", view.high}, {"lower", view.low}};
    }
    json["networks_without_outcome"] = view.missing;
    Json list = Json::array();
    for (const OutcomeComparison& c : view.comparisons) {
        Json item;
        item["measure"] = c.measure;
        item["networks"] = c.networks;
        if (c.binary) {
            item["median_higher"] = number_or_null(c.groups.median_x);
            item["median_lower"] = number_or_null(c.groups.median_y);
            item["networks_higher"] = c.groups.n_x;
            item["networks_lower"] = c.groups.n_y;
            item["u"] = number_or_null(c.groups.u);
            item["p"] = number_or_null(c.groups.p_value);
            item["method"] = rank_test_method_name(c.groups.method);
        } else {
            item["rho"] = number_or_null(c.correlation.rho);
            item["p"] = number_or_null(c.correlation.p_value);
            item["method"] = rank_test_method_name(c.correlation.method);
        }
        item["smallest_possible_p"] = smallest_p(c);
        list.push_back(item);
    }
    json["comparisons"] = list;
    json["note"] = carrying_note(view, english);
    return json;
}

ResultTable outcome_table(const OutcomeView& view) {
    ResultTable table;
    const bool binary = !view.comparisons.empty() && view.comparisons.front().binary;
    if (binary) {
        table.columns = {{"measure", Word::CsvMeasure},  {"networks", Word::CsvNetworks},
                         {"median_higher", Word::CsvValue}, {"median_lower", Word::CsvValue},
                         {"u", Word::CsvEstimate},       {"p", Word::CsvP},
                         {"method", Word::CsvMethod}};
    } else {
        table.columns = {{"measure", Word::CsvMeasure}, {"networks", Word::CsvNetworks},
                         {"rho", Word::CsvCorrelation}, {"p", Word::CsvP},
                         {"method", Word::CsvMethod}};
    }
    for (const OutcomeComparison& c : view.comparisons) {
        if (binary) {
            table.rows.push_back({std::string(c.measure), count_cell(c.networks),
                                  c.groups.median_x, c.groups.median_y, c.groups.u,
                                  c.groups.p_value,
                                  std::string(rank_test_method_name(c.groups.method))});
        } else {
            table.rows.push_back({std::string(c.measure), count_cell(c.networks),
                                  c.correlation.rho, c.correlation.p_value,
                                  std::string(rank_test_method_name(c.correlation.method))});
        }
    }
    return table;
}

/// An outcome value as people wrote it: whole numbers without decimals.
std::string level(double value, const Words& w) {
    return w.number(value, value == std::round(value) ? 0 : 3);
}

std::string right(const std::string& text, std::size_t width) {
    const std::size_t shown = display_width(text);
    return std::string(shown < width ? width - shown : 1, ' ') + text;
}

void write_text(const std::vector<Compared>& rows, const std::optional<OutcomeView>& view,
                const CompareOptions& options, const Words& w, std::ostream& out) {
    out << w.pick(Word::CompareTitle, rows.size(), {w.integer(static_cast<long long>(rows.size()))})
        << '\n';
    std::size_t name_width = display_width(w(Word::CsvNetwork));
    for (const Compared& row : rows) {
        name_width = std::max(name_width, display_width(printable(row.name)));
    }
    name_width += 2;
    const std::vector<std::string> headers{
        std::string(w(Word::CsvActors)),       std::string(w(Word::CsvTies)),
        std::string(w(Word::CsvDensity)),      std::string(w(Word::CsvComponents)),
        std::string(w(Word::CsvCentralization)), std::string(w(Word::CsvModularity)),
        "E-I",                                 std::string(w(Word::CompareTriangleHeader)),
        std::string(w(Word::CompareBrokerHeader)), std::string(w(Word::CompareFragileHeader))};
    const auto width = [&](std::size_t h) { return std::max<std::size_t>(display_width(headers[h]) + 2, 8); };
    out << "  " << pad_right(std::string(w(Word::CsvNetwork)), name_width);
    for (std::size_t h = 0; h < headers.size(); ++h) out << right(headers[h], width(h));
    out << '\n';
    for (const Compared& row : rows) {
        const NetworkSummary& s = row.summary;
        const std::string name = printable(row.name);
        const std::vector<std::string> cells{
            w.integer(static_cast<long long>(s.measures.actors)),
            w.integer(static_cast<long long>(s.measures.ties)),
            w.number(s.measures.density, 3),
            w.integer(static_cast<long long>(s.measures.components)),
            w.number(s.measures.centralization, 3),
            w.number(s.measures.modularity, 3),
            s.ei ? w.number(*s.ei, 2) : "–",
            std::to_string(s.triangle_present) + "/" + std::to_string(s.triangle_weak),
            w.percent(s.top_broker_share, 0),
            std::to_string(s.cut_points) + "/" + std::to_string(s.bridges)};
        out << "  " << pad_right(name, name_width);
        for (std::size_t h = 0; h < cells.size(); ++h) out << right(cells[h], width(h));
        out << '\n';
    }
    out << "  " << w(Word::CompareColumnsNote, {std::to_string(options.seed)}) << '\n';
    const bool simulated = std::any_of(rows.begin(), rows.end(), [](const Compared& r) {
        return r.summary.triangle_simulated;
    });
    out << "  "
        << (simulated ? w(Word::CompareChanceSimulated,
                          {w.integer(static_cast<long long>(options.chance.draws)),
                           std::to_string(options.seed)})
                      : std::string(w(Word::CompareChancePoisson)))
        << '\n';
    if (!view) return;
    out << '\n'
        << w(Word::CompareOutcomeHeading, {printable(view->outcome.column),
                                           printable(view->file.string())})
        << '\n';
    const bool binary = !view->comparisons.empty() && view->comparisons.front().binary;
    const OutcomeComparison* first = view->comparisons.empty() ? nullptr : &view->comparisons[0];
    if (binary && first) {
        out << "  "
            << w(Word::CompareGroups,
                 {w.integer(static_cast<long long>(first->groups.n_x)), level(view->high, w),
                  w.integer(static_cast<long long>(first->groups.n_y)), level(view->low, w)})
            << '\n';
    } else if (first) {
        out << "  "
            << w(Word::CompareNumericOutcome, {w.integer(static_cast<long long>(first->networks))})
            << '\n';
    }
    if (!view->missing.empty()) {
        std::vector<std::string> names;
        for (const std::string& name : view->missing) names.push_back(printable(name));
        out << "  " << w(Word::CompareNoOutcome, {w.join(names)}) << '\n';
    }
    std::vector<std::string> head{std::string(w(Word::CsvMeasure))};
    if (binary) {
        head.push_back(w(Word::CompareMedianAt, {level(view->high, w)}));
        head.push_back(w(Word::CompareMedianAt, {level(view->low, w)}));
        head.push_back("U");
    } else {
        head.push_back("rho");
    }
    head.push_back("p");
    out << "  " << pad_right(head[0], 20);
    for (std::size_t h = 1; h < head.size(); ++h) out << right(head[h], std::max<std::size_t>(display_width(head[h]) + 2, 10));
    out << "  " << w(Word::CsvMethod) << '\n';
    for (const OutcomeComparison& c : view->comparisons) {
        std::vector<std::string> cells;
        if (binary) {
            cells = {w.number(c.groups.median_x, 3), w.number(c.groups.median_y, 3),
                     w.number(c.groups.u, 1), w.number(c.groups.p_value, 3)};
        } else {
            cells = {w.number(c.correlation.rho, 3), w.number(c.correlation.p_value, 3)};
        }
        out << "  " << pad_right(std::string(c.measure), 20);
        for (std::size_t h = 0; h < cells.size(); ++h) {
            out << right(cells[h], std::max<std::size_t>(display_width(head[h + 1]) + 2, 10));
        }
        out << "  "
            << method_word(binary ? c.groups.method : c.correlation.method, w) << '\n';
    }
    out << "  " << w(binary ? Word::CompareTestNote : Word::CompareSpearmanNote) << '\n';
    out << "  " << carrying_note(*view, w) << '\n';
}

}  // namespace

Action add_compare_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<CompareOptions>();
    CLI::App* command = app.add_subcommand(
        "compare",
        "Many networks side by side: one row each (actors, ties, density, components, "
        "centralisation, modularity, E-I, triangle, top broker, fragile points); with "
        "--outcome the measures compared between outcomes (Mann-Whitney, Spearman).");
    command->footer(kConventions);
    add_input_options(*command, options->input);
    // The shared NET takes one network; compare takes several.
    command->remove_option(command->get_option("NET"));
    command
        ->add_option("NET", options->paths,
                     "networks: CSV folders, .json, .graphml, .dot, .xlsx, edge lists ...")
        ->required();
    command->add_option("--outcome", options->outcome,
                        "a CSV table network;outcome (e.g. network;continued) joined by "
                        "network name");
    command->add_option("--outcome-column", options->outcome_column,
                        "the outcome's column in --outcome (default: the second)");
    add_table_output_options(*command, options->format, options->output);
    command->add_option("--seed", options->seed,
                        "seed of the Leiden communities and of the random networks (default 1)");
    command->add_flag("--unweighted", options->unweighted, "treat every merged tie as weight 1");
    add_triangle_option(*command, options->triangle);
    command->add_option("--csv-style", options->csv_style, "default or excel-de")
        ->check(CLI::IsMember({"default", "excel-de"}));
    add_language_option(*command, options->language);
    add_chance_options(*command, options->chance);

    return [options, &global]() {
        if (wants_workbook(options->output, options->format)) options->format = "xlsx";
        if (options->format == "xlsx") refuse_workbook_on_standard_output(options->output);
        // Read every network first, so that the filter names are checked against all.
        std::vector<LoadedNetwork> loaded;
        for (const std::filesystem::path& path : options->paths) {
            InputOptions input = options->input;
            input.path = path;
            loaded.push_back(read_input(input, global.quiet));
        }
        std::vector<const LoadedNetwork*> all;
        for (const LoadedNetwork& l : loaded) all.push_back(&l);
        check_filter_names(options->input, all);
        std::optional<Outcome> outcome;
        if (!options->outcome.empty()) outcome = read_outcome(options->outcome, options->outcome_column);

        AnalysisOptions analysis;
        analysis.weights = options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
        std::vector<Compared> rows;
        for (std::size_t i = 0; i < loaded.size(); ++i) {
            const Network network = filter_input(std::move(loaded[i].network), options->input,
                                                 loaded[i].sector_map);
            NetworkSummaryOptions summary_options;
            summary_options.leiden.seed = options->seed;
            summary_options.brokers.triangle_groups =
                triangle_corners(options->triangle, loaded[i].sector_map);
            apply_chance_options(options->chance, options->seed, summary_options.brokers);
            Compared row;
            row.path = options->paths[i];
            row.name = network.name().empty() ? short_name(options->paths[i]) : network.name();
            row.summary = summarize_network(network, summary_options, analysis);
            rows.push_back(std::move(row));
        }

        std::optional<OutcomeView> view;
        if (outcome) {
            view.emplace();
            view->outcome = *outcome;
            view->file = options->outcome;
            std::vector<NetworkSummary> summaries;
            std::vector<double> present;
            for (const Compared& row : rows) {
                summaries.push_back(row.summary);
                const auto it = outcome->values.find(row.name);
                if (it == outcome->values.end()) {
                    view->per_row.emplace_back();
                    view->missing.push_back(row.name);
                } else {
                    view->per_row.emplace_back(it->second);
                    present.push_back(it->second);
                }
            }
            for (const auto& [name, value] : outcome->values) {
                const bool used = std::any_of(rows.begin(), rows.end(),
                                              [&](const Compared& r) { return r.name == name; });
                if (!used) {
                    warn(global.quiet, options->outcome.string() + ": '" + name +
                                           "' names none of the networks compared");
                }
            }
            if (!present.empty()) {
                view->low = *std::min_element(present.begin(), present.end());
                view->high = *std::max_element(present.begin(), present.end());
            }
            view->comparisons = compare_by_outcome(summaries, view->per_row);
        }

        std::vector<std::filesystem::path> inputs = options->paths;
        if (!options->outcome.empty()) inputs.push_back(options->outcome);
        const Words words(command_language(options->language, global));
        const Language headers = csv_header_language(options->csv_style);
        if (options->format == "xlsx") {
            std::vector<XlsxTable> sheets{result_sheet(rows_table(rows), "networks", words.language())};
            if (view) sheets.push_back(result_sheet(outcome_table(*view), "outcome", words.language()));
            write_workbook_output(options->output, sheets, inputs);
            return 0;
        }
        write_output(
            options->output,
            [&](std::ostream& out) {
                if (options->format == "json") {
                    Json json;
                    json["seed"] = options->seed;
                    json["draws"] = options->chance.draws;
                    Json list = Json::array();
                    for (const Compared& row : rows) {
                        const NetworkSummary& s = row.summary;
                        Json item;
                        item["name"] = row.name;
                        item["file"] = row.path.string();
                        for (const SummaryMeasure& m : summary_measures(s)) {
                            item[std::string(m.key)] = number_or_null(m.value);
                        }
                        Json sides = Json::array();
                        for (const SideStatus status : s.triangle) {
                            sides.push_back(side_status_name(status));
                        }
                        item["triangle_sides"] = sides;
                        item["triangle_simulated"] = s.triangle_simulated;
                        item["top_broker"] = s.top_broker.empty() ? Json(nullptr) : Json(s.top_broker);
                        list.push_back(item);
                    }
                    json["networks"] = list;
                    if (view) json["outcome"] = outcome_json(*view, Words(Language::English));
                    write_json(out, std::move(json));
                } else if (options->format == "csv") {
                    const CsvStyle style = CsvStyle::from_name(options->csv_style);
                    write_result_csv(rows_table(rows), style, headers, out);
                    if (view) {
                        out << (style.crlf ? "\r\n" : "\n");
                        write_result_csv(outcome_table(*view), style, headers, out);
                    }
                } else {
                    write_text(rows, view, *options, words, out);
                }
            },
            inputs);
        return 0;
    };
}

}  // namespace coopnet::cli

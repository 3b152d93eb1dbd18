// `coopnet timeline NET`: the course of a dated network year by year (or by quarter) and
// how long its ties last (Kaplan–Meier with Greenwood intervals, log-rank tests by group,
// the share still active after the funding end), as a table, JSON or CSV.
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "analysis/time/tie_survival.hpp"
#include "analysis/time/timeline.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "cli/result_table.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"
#include "viz/timeline_chart.hpp"
#include "viz/words.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

constexpr double kDaysPerYear = 365.25;

struct TimelineCliOptions {
    InputOptions input;
    std::string step = "year";
    std::string funding_end;
    std::string observed_until;
    std::string format = "table";
    std::filesystem::path output;
    std::filesystem::path chart;
    std::filesystem::path survival_chart;
    std::string language;
    std::string csv_style = "default";
    std::uint64_t seed = 1;
    bool unweighted = false;
    std::vector<std::string> triangle;
};

constexpr const char* kConventions = R"(
Conventions:
  steps        each year (or quarter) is the network of `coopnet diff --periods` for that
               span: ties and projects whose period overlaps it (a year means the whole
               year; undated ones are in every step) and the actors in them. Measures as
               diff: merged ties, density, weak components, Freeman degree centralisation,
               modularity of a Leiden partition (--seed). Triangle: the sides with ties.
               kept/lost/new: merged ties against the step before.
  --from/--to  filter the ties and give the first and last year (default: the earliest
               and latest year in the data).
  tie          a pair of actors and a kind (`project` for co-members of a project); its
               records merge from the earliest start to the latest end.
  duration     from the first day of `since` to the last day of `until`, in days; years =
               days / 365.25. No `until` (or one after --observed-until): censored at the
               observation end (default: the latest date in the data). No `since`: left
               out and counted.
  survival     Kaplan-Meier (Kaplan & Meier 1958); Greenwood standard errors; 95 % intervals
               on the log scale, as R survfit's default conf.type = "log". Log-rank tests
               (Mantel 1966) by sector pair, tie kind and cross-sector or not, as R survdiff.
  --funding-end  of the ties active on that date (its last day), the share still active
               1 and 2 years later; ties whose observation ends before are unknown.
  --chart, --survival-chart  SVG charts (640 x 320, greyscale, --lang words): actors
               and ties per step; the Kaplan-Meier steps with + for censored ties and the
               numbers at risk (ties lasting at least that long) under each year tick.
)";

std::optional<PartialDate> parse_date_option(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    const auto date = PartialDate::parse(text);
    if (!date) {
        throw InvalidArgument(std::string(option) + " needs a year or ISO date (2022, 2022-06, " +
                              "2022-06-30), not '" + text + "'");
    }
    return date;
}

template <typename T>
Json optional_json(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json curve_json(const KaplanMeier& km) {
    Json curve = Json::array();
    for (const KaplanMeierStep& step : km.steps) {
        curve.push_back({{"time_years", step.time / kDaysPerYear},
                         {"survival", step.survival},
                         {"at_risk", step.at_risk},
                         {"events", step.events},
                         {"std_err", number_or_null(step.std_err)},
                         {"lower", number_or_null(step.lower)},
                         {"upper", number_or_null(step.upper)}});
    }
    return curve;
}

Json median_json(const KaplanMeier& km) {
    return km.median ? Json(*km.median / kDaysPerYear) : Json(nullptr);
}

Json timeline_json(const Network& network, const Timeline& timeline,
                   const TieSurvival& survival) {
    Json json;
    json["network"] = network.name();
    json["step"] = timeline.step == TimelineStep::Year ? "year" : "quarter";
    Json steps = Json::array();
    for (const TimelineEntry& entry : timeline.steps) {
        Json sides = Json::object();
        for (std::size_t s = 0; s < 3; ++s) {
            sides[timeline.side_names[s]] = side_status_name(entry.sides[s]);
        }
        steps.push_back({{"period", entry.label},
                         {"actors", entry.measures.actors},
                         {"ties", entry.measures.ties},
                         {"density", number_or_null(entry.measures.density)},
                         {"components", entry.measures.components},
                         {"centralization", number_or_null(entry.measures.centralization)},
                         {"modularity", number_or_null(entry.measures.modularity)},
                         {"triangle_sides_present", entry.sides_present},
                         {"triangle", sides},
                         {"ties_kept", optional_json(entry.ties_kept)},
                         {"ties_lost", optional_json(entry.ties_lost)},
                         {"ties_new", optional_json(entry.ties_new)}});
    }
    json["steps"] = steps;

    const TieDurations& d = survival.durations;
    Json tie_survival;
    tie_survival["observed_until"] =
        d.observed_until ? Json(d.observed_until->to_string()) : Json(nullptr);
    tie_survival["ties"] = d.ties.size();
    tie_survival["events"] = survival.curve.events;
    tie_survival["undated"] = d.undated;
    tie_survival["after_observation"] = d.after_observation;
    tie_survival["conf_type"] = "log";
    tie_survival["conf_level"] = 0.95;
    tie_survival["median_years"] = median_json(survival.curve);
    tie_survival["curve"] = curve_json(survival.curve);
    Json groupings = Json::array();
    for (const GroupedSurvival& grouped : survival.grouped) {
        Json groups = Json::array();
        for (const SurvivalGroup& group : grouped.groups) {
            groups.push_back({{"name", group.name},
                              {"ties", group.curve.records},
                              {"events", group.curve.events},
                              {"median_years", median_json(group.curve)},
                              {"curve", curve_json(group.curve)}});
        }
        const bool tested = grouped.test.degrees_of_freedom > 0;
        groupings.push_back(
            {{"grouping", tie_grouping_name(grouped.grouping)},
             {"chi_square", tested ? number_or_null(grouped.test.chi_square) : Json(nullptr)},
             {"df", grouped.test.degrees_of_freedom},
             {"p_value", tested ? number_or_null(grouped.test.p_value) : Json(nullptr)},
             {"groups", groups}});
    }
    tie_survival["groups"] = groupings;
    Json follow = Json::array();
    for (const FundingFollowUp& f : survival.follow_up) {
        follow.push_back({{"years", f.years},
                          {"active_at_end", f.active_at_end},
                          {"still_active", f.still_active},
                          {"unknown", f.unknown},
                          {"share", optional_json(f.share)}});
    }
    tie_survival["funding_follow_up"] = follow;
    json["tie_survival"] = tie_survival;
    return json;
}

ResultTable steps_table(const Timeline& timeline) {
    ResultTable table;
    table.columns = {{"period", Word::TimelineColPeriod},
                     {"actors", Word::TimelineColActors},
                     {"ties", Word::TimelineColTies},
                     {"density", Word::TimelineColDensity},
                     {"components", Word::TimelineColComponents},
                     {"centralization", Word::TimelineColCentralization},
                     {"modularity", Word::TimelineColModularity},
                     {"triangle_sides_present", Word::TimelineColSides},
                     {"ties_kept", Word::TimelineColKept},
                     {"ties_lost", Word::TimelineColLost},
                     {"ties_new", Word::TimelineColNew}};
    const auto maybe = [](const std::optional<std::size_t>& n) -> ResultCell {
        if (!n) return std::monostate{};
        return count_cell(*n);
    };
    for (const TimelineEntry& e : timeline.steps) {
        table.rows.push_back({e.label, count_cell(e.measures.actors), count_cell(e.measures.ties),
                              e.measures.density, count_cell(e.measures.components),
                              e.measures.centralization, e.measures.modularity,
                              count_cell(e.sides_present), maybe(e.ties_kept),
                              maybe(e.ties_lost), maybe(e.ties_new)});
    }
    return table;
}

/// Rows of text cells, the first column left-aligned, the others right-aligned.
void write_columns(const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
    std::vector<std::size_t> width;
    for (const auto& row : rows) {
        width.resize(std::max(width.size(), row.size()), 0);
        for (std::size_t c = 0; c < row.size(); ++c) {
            width[c] = std::max(width[c], display_width(row[c]));
        }
    }
    for (const auto& row : rows) {
        std::string line = "  ";
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::size_t pad = width[c] - display_width(row[c]);
            line += c == 0 ? row[c] + std::string(pad, ' ') : "  " + std::string(pad, ' ') + row[c];
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }
}

void write_text(const Timeline& timeline, const TieSurvival& survival,
                const std::string& funding_end, const Words& w, std::ostream& out) {
    out << w(timeline.step == TimelineStep::Year ? Word::TimelineHeadingYear
                                                 : Word::TimelineHeadingQuarter)
        << '\n';
    if (timeline.steps.empty()) {
        out << "  " << w(Word::TimelineNothingDated) << '\n';
    } else {
        const ResultTable table = steps_table(timeline);
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> header;
        for (const ResultColumn& column : table.columns) header.emplace_back(w(column.german));
        rows.push_back(header);
        const auto maybe = [&](const std::optional<std::size_t>& n) {
            return n ? w.integer(static_cast<long long>(*n)) : std::string("–");
        };
        for (const TimelineEntry& e : timeline.steps) {
            const auto integer = [&](std::size_t n) { return w.integer(static_cast<long long>(n)); };
            rows.push_back({e.label, integer(e.measures.actors), integer(e.measures.ties),
                            w.number(e.measures.density, 3), integer(e.measures.components),
                            w.number(e.measures.centralization, 3),
                            w.number(e.measures.modularity, 3), integer(e.sides_present) + "/3",
                            maybe(e.ties_kept), maybe(e.ties_lost), maybe(e.ties_new)});
        }
        write_columns(rows, out);
    }

    const TieDurations& d = survival.durations;
    const KaplanMeier& km = survival.curve;
    out << '\n' << w(Word::SurvivalHeading) << '\n';
    const auto integer = [&](std::size_t n) { return w.integer(static_cast<long long>(n)); };
    out << "  "
        << w(Word::SurvivalCounts,
             {integer(d.ties.size()), integer(km.events), integer(d.ties.size() - km.events),
              d.observed_until ? d.observed_until->to_string() : "–",
              integer(d.undated + d.after_observation)})
        << '\n';
    out << "  "
        << (km.median ? w(Word::SurvivalMedian, {w.number(*km.median / kDaysPerYear, 2)})
                      : std::string(w(Word::SurvivalNoMedian)))
        << '\n';
    if (!km.steps.empty()) {
        std::vector<std::vector<std::string>> rows;
        rows.push_back({std::string(w(Word::SurvivalColYears)),
                        std::string(w(Word::SurvivalColAtRisk)),
                        std::string(w(Word::SurvivalColEvents)),
                        std::string(w(Word::SurvivalColSurvival)),
                        std::string(w(Word::SurvivalColLower)),
                        std::string(w(Word::SurvivalColUpper))});
        for (const KaplanMeierStep& step : km.steps) {
            rows.push_back({w.number(step.time / kDaysPerYear, 2), integer(step.at_risk),
                            integer(step.events), w.number(step.survival, 3),
                            w.number(step.lower, 3), w.number(step.upper, 3)});
        }
        write_columns(rows, out);
    }
    for (const GroupedSurvival& grouped : survival.grouped) {
        const Word name = grouped.grouping == TieGrouping::SectorPair ? Word::GroupingSectorPair
                          : grouped.grouping == TieGrouping::Kind    ? Word::GroupingKind
                                                                     : Word::GroupingCrossSector;
        const LogRankTest& test = grouped.test;
        if (test.degrees_of_freedom == 0 || !std::isfinite(test.chi_square)) {
            out << "  " << w(Word::SurvivalNoTest, {w(name)}) << '\n';
        } else {
            out << "  "
                << w(Word::SurvivalTest,
                     {w(name), integer(grouped.groups.size()), w.number(test.chi_square, 2),
                      integer(test.degrees_of_freedom),
                      test.p_value < 1e-4 ? "< " + w.number(1e-4, 4) : w.number(test.p_value, 4)})
                << '\n';
        }
    }
    for (const FundingFollowUp& f : survival.follow_up) {
        out << "  "
            << w(Word::FundingFollowUp,
                 {std::to_string(f.years), funding_end, integer(f.still_active), integer(f.active_at_end),
                  f.share ? w.percent(*f.share) : "–", integer(f.unknown)})
            << '\n';
    }
}

}  // namespace

Action add_timeline_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<TimelineCliOptions>();
    CLI::App* command = app.add_subcommand(
        "timeline",
        "The course of a dated network year by year (actors, ties, density, components, "
        "centralisation, modularity, triangle sides, ties kept/lost/new) and how long its "
        "ties last (Kaplan-Meier, log-rank tests by group, share active after the funding end).");
    command->footer(kConventions);
    add_input_options(*command, options->input);
    command->add_option("--step", options->step, "year (default) or quarter")
        ->check(CLI::IsMember({"year", "quarter"}));
    command->add_option("--funding-end", options->funding_end,
                        "the end of funding (year or ISO date): share of ties active then that "
                        "are still active 1 and 2 years later");
    command->add_option("--observed-until", options->observed_until,
                        "end of observation: ties without until are censored here (default: the "
                        "latest date in the data)");
    command->add_option("--format", options->format, "table (default), json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    command->add_option("-o,--output", options->output,
                        "write to this file (atomically) instead of standard output");
    command->add_option("--chart", options->chart,
                        "also draw actors and ties per step as an SVG line chart into this file "
                        "(atomically)");
    command->add_option("--survival-chart", options->survival_chart,
                        "also draw the Kaplan-Meier curve of tie survival, with the numbers at "
                        "risk, as an SVG chart into this file (atomically)");
    command->add_option("--seed", options->seed, "seed of the Leiden runs (default 1)");
    command->add_flag("--unweighted", options->unweighted, "modularity with every tie as weight 1");
    add_triangle_option(*command, options->triangle);
    command->add_option("--csv-style", options->csv_style, "default or excel-de")
        ->check(CLI::IsMember({"default", "excel-de"}));
    add_language_option(*command, options->language);

    return [options, &global]() {
        const auto funding_end = parse_date_option(options->funding_end, "--funding-end");
        const auto observed_until = parse_date_option(options->observed_until, "--observed-until");
        const auto from = parse_date_option(options->input.from, "--from");
        const auto to = parse_date_option(options->input.to, "--to");
        const LoadedNetwork loaded = load_network_with_sectors(options->input, global.quiet);
        const Network& network = loaded.network;

        TimelineOptions timeline_options;
        timeline_options.step =
            options->step == "quarter" ? TimelineStep::Quarter : TimelineStep::Year;
        if (from) timeline_options.from = from->year;
        if (to) timeline_options.to = to->year;
        timeline_options.diff.leiden.seed = options->seed;
        timeline_options.triangle.groups = triangle_corners(options->triangle, loaded.sector_map);
        AnalysisOptions analysis;
        analysis.weights = options->unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
        const Timeline timeline = coopnet::timeline(network, timeline_options, analysis);

        TieSurvivalOptions survival_options;
        survival_options.durations.observed_until = observed_until;
        survival_options.funding_end = funding_end;
        const TieSurvival survival = tie_survival(network, survival_options);

        const Words words(command_language(options->language, global));
        const std::filesystem::path inputs[] = {options->input.path};
        write_output(
            options->output,
            [&](std::ostream& out) {
                if (options->format == "json") {
                    write_json(out, timeline_json(network, timeline, survival));
                } else if (options->format == "csv") {
                    write_result_csv(steps_table(timeline), CsvStyle::from_name(options->csv_style),
                                     csv_header_language(options->csv_style), out);
                } else {
                    write_text(timeline, survival, options->funding_end, words, out);
                }
            },
            inputs);
        // The charts are written after the main output, each atomically; neither may
        // replace an input.
        if (!options->chart.empty()) {
            write_file_atomically(
                options->chart,
                [&](std::ostream& out) { out << timeline_chart_svg(timeline, words); }, inputs);
        }
        if (!options->survival_chart.empty()) {
            std::vector<SurvivalRecord> records;
            for (const TieDuration& tie : survival.durations.ties) {
                records.push_back({tie.days, tie.ended});
            }
            write_file_atomically(
                options->survival_chart,
                [&](std::ostream& out) {
                    out << survival_chart_svg(survival.curve, records, words);
                },
                inputs);
        }
        return 0;
    };
}

}  // namespace coopnet::cli

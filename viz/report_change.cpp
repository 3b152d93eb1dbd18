// The section of the HTML report on change over time (viz/report.hpp,
// viz/detail/report_change.hpp).
#include "viz/detail/report_change.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/diff_map.hpp"
#include "viz/interactive_map.hpp"
#include "viz/map_svg.hpp"
#include "viz/label_text.hpp"

namespace coopnet::detail {

namespace {

/// Actors named in a list before "and N more".
constexpr std::size_t kNamesListed = 6;
/// Tie tables longer than this scroll on screen (they print in full).
constexpr std::size_t kTallTable = 15;

/// The two states, for names and sectors.
class States {
public:
    explicit States(const ReportComparison& comparison) : c_(comparison) {}

    /// The actor of `id`, from the state after when it is there, else from before.
    [[nodiscard]] const Actor* actor(const std::string& id) const { return c_.actors.find(id); }
    [[nodiscard]] std::string display_name(const std::string& id) const {
        const Actor* found = actor(id);
        return found != nullptr ? found->display_name() : id;
    }
    [[nodiscard]] std::string sector_of(const std::string& id) const {
        const Actor* found = actor(id);
        return found != nullptr ? found->sector.str() : std::string();
    }

private:
    const ReportComparison& c_;
};

/// "A, B, C und 18 weitere" of the actors' names, sorted by name, escaped.
std::string name_list(const std::vector<std::string>& ids, const States& states,
                      const ReportFormat& f) {
    std::vector<std::string> names;
    names.reserve(ids.size());
    for (const std::string& id : ids) names.push_back(states.display_name(id));
    std::sort(names.begin(), names.end());
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < names.size() && i < kNamesListed; ++i) {
        shown.push_back(escape_html(names[i]));
    }
    if (names.size() > shown.size()) {
        shown.push_back(
            f(Word::AndMore, {f.integer(static_cast<long long>(names.size() - shown.size()))}));
    }
    return f.join(shown);
}

/// How a measure changed, for its wording.
enum class Direction { Same, Barely, Up, Down };

/// Same when the numbers as shown are equal, Barely when |change| is below `threshold`
/// (detail/report_change.hpp), else Up or Down by the sign of `change`.
Direction direction_of(const std::string& before, const std::string& after, double change,
                       double threshold) {
    if (before == after) return Direction::Same;
    if (std::abs(change) < threshold) return Direction::Barely;
    return change > 0.0 ? Direction::Up : Direction::Down;
}

/// "steigt von x auf y" / "rises from x to y", "sinkt …", "bleibt bei y" / "stays at y",
/// "ist mit y (vorher x) kaum verändert" / "barely changed at y (x before)".
std::string trend(const std::string& before, const std::string& after, Direction direction,
                  const ReportFormat& f) {
    switch (direction) {
        case Direction::Same:
            return f(Word::TrendSame, {after});
        case Direction::Barely:
            return f(Word::TrendBarely, {before, after});
        case Direction::Up:
            return f(Word::TrendUp, {before, after});
        case Direction::Down:
            break;
    }
    return f(Word::TrendDown, {before, after});
}

std::string bold(const std::string& text) { return "<b>" + text + "</b>"; }

std::string count_of(const ReportFormat& f, std::size_t n) {
    return f.integer(static_cast<long long>(n));
}

void actors_finding(std::ostream& out, const NetworkDiff& diff, const States& states,
                    const ReportFormat& f) {
    const SetChange<std::string>& a = diff.actors;
    out << "<li>";
    if (a.before() == 0) {
        out << f(Word::ChangeNoActorsBefore, {count_of(f, a.after())});
    } else {
        out << f(Word::ChangeOfBefore, {bold(f.count(Word::ActorsDative, a.before()))}) << " "
            << f.pick(Word::ChangeActorsKept, a.kept.size(), {count_of(f, a.kept.size())}) << "; "
            << f.join({f.pick(Word::ChangeActorsLost, a.lost.size(), {count_of(f, a.lost.size())}),
                       f.pick(Word::ChangeActorsNew, a.added.size(),
                              {count_of(f, a.added.size())})})
            << ".";
    }
    out << "</li>\n";
    if (!a.lost.empty()) {
        out << "<li>" << f(Word::ChangeNoLongerThere, {name_list(a.lost, states, f)}) << "</li>\n";
    }
    if (!a.added.empty()) {
        out << "<li>" << f(Word::ChangeNewlyThere, {name_list(a.added, states, f)}) << "</li>\n";
    }
}

void ties_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    const SetChange<TiePair>& ties = diff.ties;
    out << "<li>";
    if (ties.before() == 0) {
        out << f(Word::ChangeNoTiesBefore, {count_of(f, ties.after())}) << "</li>\n";
        return;
    }
    out << f(Word::ChangeOfBefore, {bold(f.count(Word::Ties, ties.before()))}) << " "
        << f.pick(Word::ChangeTiesKept, ties.kept.size(), {count_of(f, ties.kept.size())})
        << ": " << bold(f(Word::ChangePersistence, {f.percent(*diff.tie_persistence)})) << ". "
        << f.join({f.pick(Word::ChangeTiesLost, ties.lost.size(), {count_of(f, ties.lost.size())}),
                   f.pick(Word::ChangeTiesNew, ties.added.size(),
                          {count_of(f, ties.added.size())})})
        << ".</li>\n<li>";
    if (diff.cross_sector_before == 0) {
        out << f(Word::ChangeNoCrossSectorBefore);
    } else {
        out << f.pick(Word::ChangeCrossSector, diff.cross_sector_kept,
                      {count_of(f, diff.cross_sector_kept), count_of(f, diff.cross_sector_before),
                       f.percent(*diff.cross_sector_persistence),
                       f.percent(*diff.tie_persistence)});
    }
    out << "</li>\n";
}

void brokers_finding(std::ostream& out, const NetworkDiff& diff, const States& states,
                     std::size_t top, const ReportFormat& f) {
    out << "<li>";
    if (diff.brokers_before.empty()) {
        out << f(Word::ChangeNoBrokersBefore);
    } else if (diff.brokers_dropped_out.empty()) {
        out << f.pick(Word::ChangeBrokersAllStay, diff.brokers_before.size(),
                      {count_of(f, diff.brokers_before.size()), count_of(f, top)});
    } else {
        std::string items;
        for (const DroppedBroker& broker : diff.brokers_dropped_out) {
            const std::string name = bold(escape_html(states.display_name(broker.id)));
            const std::string sector = f.html_sector(states.sector_of(broker.id));
            const std::string rank_before = std::to_string(broker.rank_before);
            const std::string betweenness_before = f.number(broker.betweenness_before);
            if (!items.empty()) items += "; ";
            switch (broker.fate) {
                case BrokerFate::FellInRank:
                    items += f(Word::ChangeBrokerFell,
                               {name, sector, rank_before, std::to_string(*broker.rank_after),
                                betweenness_before, f.number(*broker.betweenness_after)});
                    break;
                case BrokerFate::NoLongerBrokers:
                    items += f(Word::ChangeBrokerNoLongerBrokers,
                               {name, sector, rank_before, betweenness_before});
                    break;
                case BrokerFate::LeftNetwork:
                    // Still an actor after, but without ties; or no actor of that id.
                    items += f(broker.betweenness_after ? Word::ChangeBrokerLeftNoTies
                                                        : Word::ChangeBrokerLeft,
                               {name, sector, rank_before, betweenness_before});
                    break;
            }
        }
        out << f(Word::ChangeBrokersDropped, {count_of(f, top), items});
    }
    out << "</li>\n";
}

/// `sentence` and, when the measure rose or fell, ": " and the word for the direction.
std::string with_direction(std::string sentence, Direction direction, Word rising, Word falling,
                           const ReportFormat& f) {
    if (direction == Direction::Up) sentence += ": " + std::string(f(rising));
    if (direction == Direction::Down) sentence += ": " + std::string(f(falling));
    return sentence + ".";
}

/// "Die Zentralisierung … sinkt von 0,67 auf 0,33: die Kooperation verteilt sich …", the
/// numbers shown with two decimals.
std::string measure_sentence(Word sentence, double before, double after, double threshold,
                             Word rising, Word falling, const ReportFormat& f) {
    const std::string shown_before = f.number(before, 2);
    const std::string shown_after = f.number(after, 2);
    const Direction direction = direction_of(shown_before, shown_after, after - before, threshold);
    return with_direction(f(sentence, {trend(shown_before, shown_after, direction, f)}), direction,
                          rising, falling, f);
}

void measures_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    const StateMeasures& b = diff.before;
    const StateMeasures& a = diff.after;
    const std::string d_before = f.percent(b.density);
    const std::string d_after = f.percent(a.density);
    const Direction density =
        direction_of(d_before, d_after, a.density - b.density, kBarelyChangedDensity);
    out << "<li>" << f(Word::ChangeDensity, {trend(d_before, d_after, density, f)})
        << "</li>\n<li>";
    if (a.components == b.components) {
        out << (a.components <= 1 ? f(Word::ChangeConnectedBoth)
                                  : f(Word::ChangePartsBoth, {count_of(f, a.components)}));
    } else {
        out << f(Word::ChangeParts, {count_of(f, b.components), count_of(f, a.components)})
            << " – "
            << f(a.components > b.components ? Word::ChangeMoreFragmented
                                             : Word::ChangeMoreConnected)
            << ".";
    }
    out << "</li>\n<li>"
        << measure_sentence(Word::ChangeCentralization, b.centralization, a.centralization,
                            kBarelyChangedCentralization, Word::ChangeCentralizationUp,
                            Word::ChangeCentralizationDown, f)
        << "</li>\n<li>";
    if (!std::isfinite(b.modularity) || !std::isfinite(a.modularity)) {
        out << f(Word::ChangeModularityUndefined,
                 {f.number(b.modularity, 2), f.number(a.modularity, 2)});
    } else {
        out << measure_sentence(Word::ChangeModularity, b.modularity, a.modularity,
                                kBarelyChangedModularity, Word::ChangeModularityUp,
                                Word::ChangeModularityDown, f);
    }
    out << "</li>\n";
}

void measures_table(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    const StateMeasures& b = diff.before;
    const StateMeasures& a = diff.after;
    out << "<h3>" << f(Word::ChangeMeasuresHeading) << "</h3>\n<div class=\"scroll\">\n"
        << "<table id=\"change-measures\">\n<thead><tr><th>" << f(Word::ColMeasure)
        << "</th><th class=\"n\">" << f(Word::Before) << "</th><th class=\"n\">"
        << f(Word::After) << "</th><th class=\"n\">" << f(Word::ColChange)
        << "</th></tr></thead>\n<tbody>\n";
    const auto row = [&](Word label, const std::string& x, const std::string& y,
                         const std::string& change) {
        out << "<tr><td>" << f(label) << "</td><td class=\"n\">" << x << "</td><td class=\"n\">"
            << y << "</td><td class=\"n\">" << change << "</td></tr>\n";
    };
    const auto count_row = [&](Word label, std::size_t x, std::size_t y) {
        row(label, count_of(f, x), count_of(f, y),
            f.signed_number(static_cast<double>(y) - static_cast<double>(x), 0));
    };
    count_row(Word::RowActors, b.actors, a.actors);
    count_row(Word::RowTies, b.ties, a.ties);
    row(Word::RowDensity, f.percent(b.density), f.percent(a.density),
        f(Word::PercentagePoints, {f.signed_number(100.0 * (a.density - b.density), 1)}));
    count_row(Word::RowComponents, b.components, a.components);
    row(Word::RowCentralization, f.number(b.centralization), f.number(a.centralization),
        f.signed_number(a.centralization - b.centralization));
    row(Word::RowModularity, f.number(b.modularity), f.number(a.modularity),
        f.signed_number(a.modularity - b.modularity));
    out << "</tbody>\n</table>\n</div>\n";
}

void tie_table(std::ostream& out, const char* id, Word heading, const std::vector<TiePair>& pairs,
               bool directed, const States& states, const ReportFormat& f) {
    out << "<h3>" << f(heading) << " (" << count_of(f, pairs.size()) << ")</h3>\n";
    if (pairs.empty()) {
        out << "<p class=\"note\">" << f(Word::NoneSentence) << "</p>\n";
        return;
    }
    struct Row {
        std::string first;  ///< display names in the order shown
        std::string second;
        std::string first_id;
        std::string second_id;
    };
    std::vector<Row> rows;
    rows.reserve(pairs.size());
    for (const TiePair& pair : pairs) {
        Row row{states.display_name(pair.first), states.display_name(pair.second), pair.first,
                pair.second};
        if (!directed && row.second < row.first) {
            std::swap(row.first, row.second);
            std::swap(row.first_id, row.second_id);
        }
        rows.push_back(std::move(row));
    }
    // By name; pairs of equal names keep their id order (the input is sorted by id).
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        return std::tie(x.first, x.second) < std::tie(y.first, y.second);
    });
    const std::string_view a = f(directed ? Word::ColFrom : Word::ColActor);
    const std::string_view b = f(directed ? Word::ColTo : Word::ColActor);
    const std::string_view sector = f(Word::ColSector);
    out << "<div class=\"scroll" << (pairs.size() > kTallTable ? " tall" : "") << "\">\n"
        << "<table id=\"" << id << "\" class=\"ties\">\n<thead><tr><th>" << a << "</th><th>"
        << sector << "</th><th>" << b << "</th><th>" << sector << "</th></tr></thead>\n<tbody>\n";
    for (const Row& row : rows) {
        out << "<tr><td>" << escape_html(row.first) << "</td><td>"
            << f.html_sector(states.sector_of(row.first_id)) << "</td><td>"
            << escape_html(row.second) << "</td><td>"
            << f.html_sector(states.sector_of(row.second_id)) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</div>\n";
}

std::string state_name(std::string_view word, const std::string& name) {
    return "<b>" + std::string(word) + "</b>" +
           (name.empty() ? "" : " (" + escape_html(name) + ")");
}

}  // namespace

void write_change_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    out << "<h3>" << f(Word::ChangeHeading) << "</h3>\n<ul>\n<li>";
    if (diff.ties.before() == 0) {
        out << f(Word::ChangeNoTiesBefore, {count_of(f, diff.ties.after())});
    } else {
        out << f(Word::ChangeOfBefore, {f.count(Word::Ties, diff.ties.before())}) << " "
            << f.pick(Word::ChangeTiesKept, diff.ties.kept.size(),
                      {count_of(f, diff.ties.kept.size())})
            << " (" << f(Word::ChangePersistence, {f.percent(*diff.tie_persistence)}) << ").";
    }
    const auto left = static_cast<std::size_t>(
        std::count_if(diff.brokers_dropped_out.begin(), diff.brokers_dropped_out.end(),
                      [](const DroppedBroker& b) { return b.fate == BrokerFate::LeftNetwork; }));
    const std::size_t still_there = diff.brokers_dropped_out.size() - left;
    if (left > 0) out << " " << f.count(Word::ChangeSummaryBrokers, left);
    if (still_there > 0) out << " " << f.count(Word::ChangeSummaryBrokersStillThere, still_there);
    out << " <a href=\"#change\">" << f(Word::ChangeSummaryLink) << "</a></li>\n</ul>\n";
}

void write_change_section(std::ostream& out, const ReportComparison& comparison,
                          const ReportOptions& options, const ActorPositions& positions,
                          const ReportFormat& f) {
    const NetworkDiff& diff = comparison.diff;
    const States states(comparison);
    out << "<section id=\"change\">\n<h2>" << f(Word::ChangeHeading) << "</h2>\n<p class=\"note\">"
        << f(Word::ChangeCompared, {state_name(f(Word::Before), comparison.before_name),
                                    state_name(f(Word::After), comparison.after_name)})
        << " " << f(Word::ChangeTieDefinition)
        << (diff.directed ? f(Word::ChangeSameDirection) : std::string_view()) << "."
        << "</p>\n<div class=\"findings\">\n<ul>\n";
    actors_finding(out, diff, states, f);
    ties_finding(out, diff, f);
    brokers_finding(out, diff, states, comparison.broker_top, f);
    measures_finding(out, diff, f);
    out << "</ul>\n</div>\n";
    measures_table(out, diff, f);

    if (options.map && diff.actors.before() + diff.actors.after() > 0) {
        out << "<div class=\"figure\">\n<h3>" << f(Word::ChangeMapHeading) << "</h3>\n";
        DiffMapOptions map;
        map.format = MapFormat::Svg;
        map.language = f.language();
        map.title = options.title;
        map.before_name = comparison.before_name;
        map.after_name = comparison.after_name;
        map.positions = positions;
        // Drawn by coopnet at Graphviz's positions (viz/map_svg.hpp), as the report's map.
        const auto draw = [&] {
            const MapModel model = diff_map_model(comparison.actors, diff, map);
            MapSvgOptions svg;
            svg.id = "change-map-svg";
            svg.viewport_id = "change-map-viewport";
            svg.title = std::string(f(Word::ChangeMapHeading));
            return map_svg(model, detail::place_map_model("diff map", model), svg) +
                   map_legend_html(model.legend);
        };
        write_map_figure(out, draw, f(Word::ChangeMapNote), f(Word::MapMissing), "change-map");
        out << "</div>\n";
    }

    tie_table(out, "kept-ties", Word::KeptTiesHeading, diff.ties.kept, diff.directed, states, f);
    tie_table(out, "lost-ties", Word::LostTiesHeading, diff.ties.lost, diff.directed, states, f);
    tie_table(out, "new-ties", Word::NewTiesHeading, diff.ties.added, diff.directed, states, f);
    out << "</section>\n";
}

void write_change_method(std::ostream& out, const ReportComparison& comparison,
                         const ReportFormat& f) {
    out << "<dt>" << f(Word::ChangeHeading) << "</dt><dd>"
        << f(Word::ChangeMethod,
             {std::to_string(comparison.broker_top), f.number(100.0 * kBarelyChangedDensity, 1),
              f.number(kBarelyChangedCentralization, 2), f.number(kBarelyChangedModularity, 2)})
        << " <span class=\"note\">Freeman (1979), Social Networks 1:215, "
           "doi:10.1016/0378-8733(78)90021-7</span></dd>\n";
}

}  // namespace coopnet::detail

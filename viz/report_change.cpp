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
#include "viz/diff_map.hpp"
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
    [[nodiscard]] const Actor* actor(const std::string& id) const {
        if (const auto v = c_.after.find(id)) return &c_.after.actor(*v);
        if (const auto v = c_.before.find(id)) return &c_.before.actor(*v);
        return nullptr;
    }
    [[nodiscard]] std::string display_name(const std::string& id) const {
        const Actor* found = actor(id);
        return found != nullptr ? found->display_name() : id;
    }
    [[nodiscard]] std::string sector_of(const std::string& id) const {
        const Actor* found = actor(id);
        return found != nullptr ? found->sector : std::string();
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
        shown.push_back(std::to_string(names.size() - shown.size()) +
                        std::string(f.t(" weitere", " more")));
    }
    return f.join(shown);
}

/// "steigt von x auf y" / "rises from x to y", "sinkt …", "bleibt bei y" / "stays at y",
/// comparing the numbers as shown.
std::string trend(const std::string& before, const std::string& after, double change,
                  const ReportFormat& f) {
    if (before == after) return std::string(f.t("bleibt bei ", "stays at ")) + after;
    return std::string(change > 0.0 ? f.t("steigt von ", "rises from ")
                                    : f.t("sinkt von ", "falls from ")) +
           before + std::string(f.t(" auf ", " to ")) + after;
}

void actors_finding(std::ostream& out, const NetworkDiff& diff, const States& states,
                    const ReportFormat& f) {
    const SetChange<std::string>& a = diff.actors;
    out << "<li>";
    if (a.before() == 0) {
        out << f.t("Vorher gab es keine Akteure; nachher sind es <b>",
                   "There were no actors before; after there are <b>")
            << a.after() << "</b>.";
    } else {
        const auto be = [&](std::size_t count) {
            return count == 1 ? f.t(" ist", " is") : f.t(" sind", " are");
        };
        out << f.t("Von <b>", "Of <b>") << a.before()
            << (a.before() == 1 ? f.t(" Akteur", " actor") : f.t(" Akteuren", " actors"))
            << f.t("</b> vorher", "</b> before,");
        if (f.german()) {
            out << be(a.kept.size()) << " <b>" << a.kept.size() << "</b> auch nachher dabei; ";
        } else {
            out << " <b>" << a.kept.size() << "</b>" << be(a.kept.size()) << " still there after; ";
        }
        out << a.lost.size();
        if (f.german()) {
            out << be(a.lost.size()) << " nicht mehr dabei, " << a.added.size()
                << be(a.added.size()) << " neu hinzugekommen.";
        } else {
            out << (a.lost.size() == 1 ? " has" : " have") << " left and " << a.added.size()
                << (a.added.size() == 1 ? " has" : " have") << " joined.";
        }
    }
    out << "</li>\n";
    if (!a.lost.empty()) {
        out << "<li>" << f.t("Nicht mehr dabei: ", "No longer there: ")
            << name_list(a.lost, states, f) << ".</li>\n";
    }
    if (!a.added.empty()) {
        out << "<li>" << f.t("Neu dabei: ", "New: ") << name_list(a.added, states, f) << ".</li>\n";
    }
}

void ties_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    const SetChange<TiePair>& ties = diff.ties;
    out << "<li>";
    if (ties.before() == 0) {
        out << f.t("Vorher gab es keine Kooperationen; nachher sind es <b>",
                   "There were no ties before; after there are <b>")
            << ties.after() << "</b>.</li>\n";
        return;
    }
    const std::size_t kept = ties.kept.size();
    out << f.t("Von <b>", "Of <b>") << ties.before()
        << (ties.before() == 1 ? f.t(" Kooperation", " tie") : f.t(" Kooperationen", " ties"))
        << f.t("</b> vorher ", "</b> before, <b>")
        << (f.german() ? (kept == 1 ? "besteht <b>" : "bestehen <b>") : "") << kept << "</b>"
        << (f.german() ? " fort" : (kept == 1 ? " lasts" : " last")) << ": <b>"
        << f.t("Fortbestand ", "persistence ") << f.percent(*diff.tie_persistence) << "</b>. "
        << ties.lost.size();
    if (f.german()) {
        out << (ties.lost.size() == 1 ? " ist" : " sind") << " weggefallen, " << ties.added.size()
            << (ties.added.size() == 1 ? " ist" : " sind") << " neu entstanden.";
    } else {
        out << " ended and " << ties.added.size() << " began.";
    }
    out << "</li>\n<li>";
    if (diff.cross_sector_before == 0) {
        out << f.t("Vorher gab es keine Kooperation zwischen verschiedenen Sektoren.",
                   "There were no ties between different sectors before.");
    } else {
        out << f.t("Zwischen verschiedenen Sektoren ", "Between different sectors, ");
        if (f.german()) out << (diff.cross_sector_kept == 1 ? "besteht " : "bestehen ");
        out << "<b>" << diff.cross_sector_kept << "</b>" << f.t(" von ", " of ")
            << diff.cross_sector_before
            << (f.german() ? " fort" : (diff.cross_sector_kept == 1 ? " lasts" : " last"))
            << " (<b>" << f.percent(*diff.cross_sector_persistence) << "</b>; "
            << f.t("insgesamt ", "all ties ") << f.percent(*diff.tie_persistence) << ").";
    }
    out << "</li>\n";
}

void brokers_finding(std::ostream& out, const NetworkDiff& diff, const States& states,
                     std::size_t top, const ReportFormat& f) {
    out << "<li>";
    if (diff.brokers_before.empty()) {
        out << f.t("Vorher lag kein Akteur zwischen anderen: es gab keine Vermittler.",
                   "No actor lay between others before: there were no brokers.");
    } else if (diff.brokers_dropped_out.empty()) {
        out << f.t("Alle ", "All ") << diff.brokers_before.size()
            << f.t(" Vermittler von vorher gehören auch nachher zu den ",
                   " brokers of before are still among the top ")
            << top << f.t(" wichtigsten (nach Betweenness).", " by betweenness after.");
    } else {
        out << f.t("Nicht mehr unter den ", "No longer among the top ") << top
            << f.t(" wichtigsten Vermittlern (nach Betweenness): ", " brokers (by betweenness): ");
        std::vector<std::string> items;
        for (const DroppedBroker& broker : diff.brokers_dropped_out) {
            std::string item = "<b>" + escape_html(states.display_name(broker.id)) + "</b> (" +
                               f.sector(states.sector_of(broker.id)) + "; " +
                               std::string(f.t("vorher Rang ", "rank ")) +
                               std::to_string(broker.rank_before) +
                               std::string(f.t(", Betweenness ", " before, betweenness ")) +
                               f.num(broker.betweenness_before) + ") – ";
            if (broker.rank_after) {
                item += std::string(f.t("nachher Rang ", "rank ")) +
                        std::to_string(*broker.rank_after) + std::string(f.t(" (", " after (")) +
                        f.num(*broker.betweenness_after) + ")";
            } else if (broker.betweenness_after) {
                item += std::string(f.t("nachher noch dabei, vermittelt aber zwischen niemandem",
                                        "still there after, but between nobody"));
            } else {
                item += std::string(f.t("nachher nicht mehr im Netzwerk", "gone after"));
            }
            items.push_back(std::move(item));
        }
        for (std::size_t i = 0; i < items.size(); ++i) out << (i > 0 ? "; " : "") << items[i];
        out << ".";
    }
    out << "</li>\n";
}

void measures_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    const StateMeasures& b = diff.before;
    const StateMeasures& a = diff.after;
    // Density
    out << "<li>" << f.t("Die Dichte ", "Density ")
        << trend(f.percent(b.density), f.percent(a.density), a.density - b.density, f)
        << f.t(" (Anteil der möglichen Paare, die direkt kooperieren).",
               " (the share of possible pairs that cooperate directly).")
        << "</li>\n<li>";
    // Components
    if (a.components == b.components) {
        if (a.components <= 1) {
            out << f.t("Vorher wie nachher sind alle Akteure über Kooperationsketten verbunden.",
                       "Before and after, every actor can reach every other through chains of "
                       "cooperation.");
        } else {
            out << f.t("Vorher wie nachher zerfällt das Netzwerk in ",
                       "Before and after, the network falls into ")
                << a.components << f.t(" getrennte Teile.", " separate parts.");
        }
    } else {
        out << f.t("Getrennte Teile: vorher ", "Separate parts: ") << b.components
            << f.t(", nachher ", " before, ") << a.components
            << (a.components > b.components
                    ? f.t(" – das Netzwerk ist zersplitterter.", " after – it is more fragmented.")
                    : f.t(" – das Netzwerk ist zusammenhängender.",
                          " after – it is more connected."));
    }
    out << "</li>\n<li>";
    // Centralisation
    const std::string c_before = f.num(b.centralization, 2);
    const std::string c_after = f.num(a.centralization, 2);
    out << f.t("Die Zentralisierung (Freeman, nach Zahl der Partner) ",
               "Degree centralisation (Freeman) ");
    if (!std::isfinite(b.centralization) || !std::isfinite(a.centralization)) {
        out << f.t("ist vorher ", "is ") << c_before << f.t(", nachher ", " before, ") << c_after
            << f.t(" (bei höchstens zwei Akteuren nicht bestimmt)",
                   " after (undefined with two actors or fewer)");
    } else {
        out << trend(c_before, c_after, a.centralization - b.centralization, f);
    }
    if (c_before != c_after && std::isfinite(b.centralization) &&
        std::isfinite(a.centralization)) {
        out << (a.centralization > b.centralization
                    ? f.t(": die Kooperation hängt nun stärker an wenigen Akteuren",
                          ": cooperation now depends more on a few actors")
                    : f.t(": die Kooperation verteilt sich nun gleichmäßiger",
                          ": cooperation is now spread more evenly"));
    }
    out << ".</li>\n<li>";
    // Modularity
    if (!std::isfinite(b.modularity) || !std::isfinite(a.modularity)) {
        out << f.t("Die Modularität (Leiden) ist vorher ", "Modularity (Leiden): ")
            << f.num(b.modularity, 2) << f.t(", nachher ", " before, ") << f.num(a.modularity, 2)
            << f.t(" (ohne Kooperationen nicht bestimmt).", " after (undefined without ties).");
    } else {
        const std::string m_before = f.num(b.modularity, 2);
        const std::string m_after = f.num(a.modularity, 2);
        out << f.t("Die Modularität (Leiden) ", "Modularity (Leiden) ")
            << trend(m_before, m_after, a.modularity - b.modularity, f);
        if (m_before != m_after) {
            out << (a.modularity > b.modularity
                        ? f.t(": die Gruppen sind nun deutlicher voneinander abgegrenzt",
                              ": the clusters are now more clearly separated")
                        : f.t(": die Gruppen sind nun weniger deutlich voneinander abgegrenzt",
                              ": the clusters are now less clearly separated"));
        }
        out << ".";
    }
    out << "</li>\n";
}

void measures_table(std::ostream& out, const NetworkDiff& diff, const ReportWords& w,
                    const ReportFormat& f) {
    const StateMeasures& b = diff.before;
    const StateMeasures& a = diff.after;
    out << "<h3>" << w.change_measures << "</h3>\n<div class=\"scroll\">\n"
        << "<table id=\"change-measures\">\n<thead><tr><th>" << w.col_measure
        << "</th><th class=\"n\">" << w.col_before << "</th><th class=\"n\">" << w.col_after
        << "</th><th class=\"n\">" << w.col_change << "</th></tr></thead>\n<tbody>\n";
    const auto row = [&](std::string_view label, const std::string& x, const std::string& y,
                         const std::string& change) {
        out << "<tr><td>" << label << "</td><td class=\"n\">" << x << "</td><td class=\"n\">" << y
            << "</td><td class=\"n\">" << change << "</td></tr>\n";
    };
    const auto count_row = [&](std::string_view label, std::size_t x, std::size_t y) {
        row(label, std::to_string(x), std::to_string(y),
            f.signed_num(static_cast<double>(y) - static_cast<double>(x), 0));
    };
    count_row(w.row_actors, b.actors, a.actors);
    count_row(w.row_ties, b.ties, a.ties);
    row(w.row_density, f.percent(b.density), f.percent(a.density),
        f.signed_num(100.0 * (a.density - b.density), 1) +
            std::string(f.t(" Prozentpunkte", " points")));
    count_row(w.row_components, b.components, a.components);
    row(w.row_centralization, f.num(b.centralization), f.num(a.centralization),
        f.signed_num(a.centralization - b.centralization));
    row(w.row_modularity, f.num(b.modularity), f.num(a.modularity),
        f.signed_num(a.modularity - b.modularity));
    out << "</tbody>\n</table>\n</div>\n";
}

void tie_table(std::ostream& out, const char* id, std::string_view heading,
               const std::vector<TiePair>& pairs, bool directed, const States& states,
               const ReportFormat& f) {
    out << "<h3>" << heading << " (" << pairs.size() << ")</h3>\n";
    if (pairs.empty()) {
        out << "<p class=\"note\">" << f.t("Keine.", "None.") << "</p>\n";
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
    const std::string_view a = directed ? f.t("von", "from") : f.t("Akteur", "Actor");
    const std::string_view b = directed ? f.t("an", "to") : f.t("Akteur", "Actor");
    const std::string_view sector = f.t("Sektor", "Sector");
    out << "<div class=\"scroll" << (pairs.size() > kTallTable ? " tall" : "") << "\">\n"
        << "<table id=\"" << id << "\" class=\"ties\">\n<thead><tr><th>" << a << "</th><th>"
        << sector << "</th><th>" << b << "</th><th>" << sector << "</th></tr></thead>\n<tbody>\n";
    for (const Row& row : rows) {
        out << "<tr><td>" << escape_html(row.first) << "</td><td>"
            << f.sector(states.sector_of(row.first_id)) << "</td><td>" << escape_html(row.second)
            << "</td><td>" << f.sector(states.sector_of(row.second_id)) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</div>\n";
}

std::string state_name(std::string_view word, const std::string& name) {
    return "<b>" + std::string(word) + "</b>" +
           (name.empty() ? "" : " (" + escape_html(name) + ")");
}

}  // namespace

void write_change_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f) {
    out << "<h3>" << f.t("Veränderung", "Change over time") << "</h3>\n<ul>\n<li>";
    if (diff.ties.before() == 0) {
        out << f.t("Vorher gab es keine Kooperationen; nachher sind es ",
                   "There were no ties before; after there are ")
            << diff.ties.after() << ".";
    } else {
        out << f.t("Von ", "Of ") << diff.ties.before()
            << (diff.ties.before() == 1 ? f.t(" Kooperation", " tie")
                                        : f.t(" Kooperationen", " ties"))
            << f.t(" vorher ", " before, ")
            << (f.german() ? (diff.ties.kept.size() == 1 ? "besteht " : "bestehen ") : "") << "<b>"
            << diff.ties.kept.size() << "</b>"
            << (f.german() ? " fort" : (diff.ties.kept.size() == 1 ? " lasts" : " last")) << " ("
            << f.t("Fortbestand ", "persistence ") << f.percent(*diff.tie_persistence) << ").";
    }
    if (!diff.brokers_dropped_out.empty()) {
        out << " " << diff.brokers_dropped_out.size()
            << (diff.brokers_dropped_out.size() == 1
                    ? f.t(" wichtiger Vermittler ist ausgeschieden.", " main broker dropped out.")
                    : f.t(" wichtige Vermittler sind ausgeschieden.",
                          " main brokers dropped out."));
    }
    out << " <a href=\"#change\">"
        << f.t("Mehr dazu im Abschnitt „Veränderung“.", "More in the section “Change over time”.")
        << "</a></li>\n</ul>\n";
}

void write_change_section(std::ostream& out, const NetworkDiff& diff,
                          const ReportComparison& comparison, const ReportOptions& options,
                          const ReportFormat& f) {
    const ReportWords& w = report_words(f.language());
    const States states(comparison);
    out << "<section id=\"change\">\n<h2>" << w.change << "</h2>\n<p class=\"note\">"
        << f.t("Verglichen werden ", "Compared: ")
        << state_name(w.col_before, comparison.before_name) << f.t(" und ", " and ")
        << state_name(w.col_after, comparison.after_name) << ". "
        << f.t("Eine Kooperation ist ein Paar von Akteuren, gleich wie viele Kooperationen oder "
               "gemeinsame Projekte es verbinden; sie besteht fort, wenn nachher dieselben "
               "zwei Akteure (Kennungen) kooperieren",
               "A tie is a pair of actors, however many ties or shared projects join them; it "
               "lasts when the same two actors (ids) cooperate after")
        << (diff.directed ? f.t(", in derselben Richtung.", ", in the same direction.") : ".")
        << "</p>\n<div class=\"findings\">\n<ul>\n";
    actors_finding(out, diff, states, f);
    ties_finding(out, diff, f);
    brokers_finding(out, diff, states, comparison.broker_top, f);
    measures_finding(out, diff, f);
    out << "</ul>\n</div>\n";
    measures_table(out, diff, w, f);

    if (options.map && diff.actors.before() + diff.actors.after() > 0) {
        out << "<div class=\"figure\">\n<h3>" << w.change_map << "</h3>\n";
        DiffMapOptions map;
        map.format = MapFormat::Svg;
        map.language = f.language();
        map.title = options.title;
        map.before_name = comparison.before_name;
        map.after_name = comparison.after_name;
        write_map_figure(
            out,
            [&] { return render_diff_map(comparison.before, comparison.after, diff, map).data; },
            w.change_map_note, w.map_missing, "change-map");
        out << "</div>\n";
    }

    tie_table(out, "kept-ties", w.kept_ties, diff.ties.kept, diff.directed, states, f);
    tie_table(out, "lost-ties", w.lost_ties, diff.ties.lost, diff.directed, states, f);
    tie_table(out, "new-ties", w.new_ties, diff.ties.added, diff.directed, states, f);
    out << "</section>\n";
}

void write_change_method(std::ostream& out, const ReportComparison& comparison,
                         const ReportFormat& f) {
    out << "<dt>" << f.t("Veränderung", "Change over time") << "</dt><dd>"
        << f.t("Akteure sind dieselben bei gleicher Kennung, Kooperationen bei gleichem Paar "
               "von Kennungen (gerichtet: gleiche Richtung); mehrere Kooperationen eines Paares "
               "zählen einmal. Fortbestand = fortbestehende Kooperationen / Kooperationen "
               "vorher, ebenso für Kooperationen zwischen verschiedenen Sektoren (Sektoren wie "
               "vorher). Ausgeschieden ist ein Vermittler, der vorher zu den ",
               "Actors are the same when their ids are equal, ties when they join the same "
               "pair of ids (directed: in the same direction); several ties of a pair count "
               "once. Persistence = ties kept / ties before, likewise for ties between "
               "different sectors (sectors as before). A broker dropped out when it was among "
               "the top ")
        << comparison.broker_top
        << f.t(" mit der höchsten Betweenness gehörte und nachher fehlt oder nicht mehr dazu "
               "gehört. Dichte, Komponenten, Zentralisierung nach Grad und die Modularität "
               "einer Leiden-Partition werden für jeden Zustand für sich berechnet.",
               " by betweenness before and is gone or outside the top after. Density, "
               "components, degree centralisation and the modularity of a Leiden partition are "
               "computed for each state on its own.")
        << " <span class=\"note\">Freeman (1979), Social Networks 1:215, "
           "doi:10.1016/0378-8733(78)90021-7</span></dd>\n";
}

}  // namespace coopnet::detail

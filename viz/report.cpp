#include "viz/report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <utility>

#include "analysis/network_analysis.hpp"
#include "core/error.hpp"
#include "core/number_format.hpp"
#include "viz/analysis_words.hpp"
#include "viz/detail/isolated.hpp"
#include "viz/detail/report_change.hpp"
#include "viz/detail/report_format.hpp"
#include "viz/interactive_map.hpp"
#include "viz/label_text.hpp"
#include "viz/network_map.hpp"
#include "viz/timeline_chart.hpp"

namespace coopnet {

void detail::write_map_figure(std::ostream& out, const std::function<std::string()>& render_svg,
                              std::string_view note, std::string_view missing,
                              std::string_view div_id) {
    std::string svg;
    std::string failure;
    try {
        svg = inline_svg(render_svg());
    } catch (const detail::ChildDied&) {
        throw;  // Graphviz crashed (out of memory, most often): the report fails
    } catch (const OutputError& error) {
        failure = error.what();
    }
    if (svg.empty()) {
        out << "<p>" << missing << " " << escape_html(failure) << "</p>\n";
        return;
    }
    out << "<p class=\"note\">" << note << "</p>\n<div class=\"map\"";
    if (!div_id.empty()) out << " id=\"" << div_id << "\"";
    out << ">\n" << svg << "</div>\n";
}

std::string detail::inline_svg(const std::string& svg) {
    const std::size_t start = svg.find("<svg");
    if (start == std::string::npos) return {};
    std::string out;
    std::size_t pos = start;
    while (pos < svg.size()) {
        const std::size_t comment = svg.find("<!--", pos);
        if (comment == std::string::npos) {
            out.append(svg, pos, std::string::npos);
            break;
        }
        out.append(svg, pos, comment - pos);
        const std::size_t end = svg.find("-->", comment + 4);
        if (end == std::string::npos) break;
        pos = end + 3;
        if (pos < svg.size() && svg[pos] == '\n') ++pos;
    }
    return out;
}

namespace {

// The page's style. Print (A4): the actor table on landscape pages of its own (the named
// page `wide`), since on screen it scrolls sideways and .scroll would cut its columns off on
// paper; a .figure (a map with its heading and note) is never split, its map as wide as the
// page and at most 22 cm tall; headings stay with what follows; the filter and the sort hint
// are left out. tests/e2e/report_print_test.sh checks the PDF that Chromium prints.
// Uncertain actors named in the findings at most; the rest are counted.
constexpr std::size_t kUncertainListed = 8;

constexpr std::string_view kStyle = R"(
:root{--ink:#1d2330;--muted:#5b6473;--line:#d8dde5;--band:#f3f5f8;--accent:#0072B2}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 28px 48px}
figure.chart{margin:12px 0}figure.chart svg{max-width:100%;height:auto;break-inside:avoid}
header{border-bottom:3px solid var(--accent);margin-bottom:20px;padding-bottom:10px}
h1{font-size:1.9em;margin:0 0 2px}
.kind{color:var(--muted);margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:.8em}
.subtitle{color:var(--muted);margin:4px 0 0}
h2{font-size:1.35em;margin:34px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.05em;margin:18px 0 6px}
.findings{background:var(--band);border-left:4px solid var(--accent);padding:6px 20px 14px;border-radius:4px}
.findings ul{margin:4px 0 6px;padding-left:22px}
.findings li{margin:3px 0}
.note{color:var(--muted);font-size:.9em}
.map{border:1px solid var(--line);border-radius:4px;padding:8px;text-align:center;background:#fff}
.map svg{max-width:100%;height:auto}
.scroll{overflow-x:auto}
.scroll.tall{max-height:26em;overflow-y:auto;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;font-size:.88em;width:100%}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
thead th{background:var(--band);position:sticky;top:0}
table.sortable thead th{cursor:pointer;user-select:none}
table.sortable thead th::after{content:" \2195";color:#a0a8b4;font-size:.8em}
table.sortable thead th[aria-sort=ascending]::after{content:" \25B2";color:var(--accent)}
table.sortable thead th[aria-sort=descending]::after{content:" \25BC";color:var(--accent)}
tbody tr:nth-child(even){background:#fafbfc}
.filter{margin:6px 0 10px;padding:6px 10px;font:inherit;width:min(420px,100%);border:1px solid var(--line);border-radius:4px}
.status-missing{color:#b03a00;font-weight:600}
.status-weak{color:#8a6d00;font-weight:600}
.status-strong{color:#1b6e20;font-weight:600}
.status-present{color:#1b6e3c;font-weight:600}
dl.methods dt{font-weight:600;margin-top:8px}
dl.methods dd{margin:0 0 0 18px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
@page{size:A4;margin:16mm 15mm 18mm}
@page wide{size:A4 landscape;margin:14mm 15mm 15mm}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0}
.filter,.hint{display:none}
thead th{position:static}
.scroll,.scroll.tall{max-height:none;overflow:visible;border-bottom:none}
table.sortable thead th::after{content:none}
h1,h2,h3,dt{break-after:avoid}
tr,li,dd,.figure{break-inside:avoid}
.map{border:none;padding:0}
.map svg{width:100%;max-height:22cm}
#actors{page:wide}
#actor-table{font-size:8pt}
#actor-table th,#actor-table td{padding:3px 5px}
.findings{border-left-width:2px}
a{color:inherit;text-decoration:none}
}
)";

// Sorting, filtering and the #selftest hook of the actor table.
constexpr std::string_view kScript = R"(
(function () {
  'use strict';
  var table = document.getElementById('actor-table');
  if (!table) { return; }
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  function key(row, col, numeric) {
    var cell = row.cells[col];
    var v = cell.getAttribute('data-v');
    if (numeric) { return v === null || v === '' ? NaN : parseFloat(v); }
    return (v !== null ? v : cell.textContent).toLowerCase();
  }
  function sortBy(col, descending) {
    var numeric = heads[col].getAttribute('data-type') === 'num';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, col, numeric), y = key(b, col, numeric), c = 0;
      if (numeric) {
        if (isNaN(x) || isNaN(y)) { c = isNaN(x) === isNaN(y) ? 0 : (isNaN(x) ? 1 : -1); }
        else if (x !== y) { c = descending ? y - x : x - y; }
      } else {
        c = x.localeCompare(y);
        if (descending) { c = -c; }
      }
      return c !== 0 ? c : a.getAttribute('data-i') - b.getAttribute('data-i');
    });
    rows.forEach(function (row) { body.appendChild(row); });
    for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute('aria-sort'); }
    heads[col].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }
  function toggle(col) {
    var state = heads[col].getAttribute('aria-sort');
    var numeric = heads[col].getAttribute('data-type') === 'num';
    sortBy(col, state ? state === 'ascending' : numeric);
  }
  Array.prototype.forEach.call(heads, function (th, col) {
    th.tabIndex = 0;
    th.addEventListener('click', function () { toggle(col); });
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(col); }
    });
  });
  var filter = document.getElementById('actor-filter');
  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (row) {
      row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
    });
  }
  if (filter) { filter.addEventListener('input', applyFilter); }
  if (window.location.hash === '#selftest') {
    var col = -1;
    for (var i = 0; i < heads.length; i++) {
      if (heads[i].getAttribute('data-key') === 'betweenness') { col = i; }
    }
    var ok = col >= 0 && body.rows.length > 0;
    var names = [];
    if (ok) {
      sortBy(col, true);
      for (var r = 0; r < body.rows.length; r++) {
        var v = key(body.rows[r], col, true);
        if (r > 0 && v > key(body.rows[r - 1], col, true)) { ok = false; }
        if (r < 3) { names.push(body.rows[r].cells[0].textContent); }
      }
      if (filter) {
        filter.value = names[0];
        applyFilter();
        var shown = 0;
        Array.prototype.forEach.call(body.rows, function (row) { if (!row.hidden) { shown++; } });
        if (shown < 1 || body.rows[0].hidden) { ok = false; }
        filter.value = '';
        applyFilter();
      }
    }
    var change = document.getElementById('change');
    var note = '';
    if (change) {
      var svg = change.querySelector('#change-map svg');
      var box = svg ? svg.getBoundingClientRect() : null;
      var shown = box !== null && box.width > 0 && box.height > 0;
      var rows = function (id) {
        var t = document.getElementById(id);
        return t ? t.tBodies[0].rows.length : 0;
      };
      var edges = svg ? svg.querySelectorAll('.edge').length : 0;
      if (change.querySelector('#change-map') && (!shown || edges === 0)) { ok = false; }
      note = '; change map ' + (shown ? Math.round(box.width) + 'x' + Math.round(box.height)
        : 'not shown') + ', ' + edges + ' lines, tables kept ' + rows('kept-ties') +
        ' lost ' + rows('lost-ties') + ' new ' + rows('new-ties');
    }
    document.body.setAttribute('data-selftest',
      (ok ? 'pass' : 'fail') + ': betweenness descending: ' + names.join(' | ') + note);
  }
})();
)";

class Writer {
public:
    Writer(const Network& network, const NetworkAnalysis& analysis, const ReportOptions& options,
           const NetworkDiff* diff)
        : network_(network), a_(analysis), options_(options), diff_(diff), w_(options.language) {}

    std::string run();

private:
    [[nodiscard]] std::string num(double value, int digits = 3) const {
        return w_.number(value, digits);
    }
    [[nodiscard]] std::string sector(std::string_view name) const { return w_.html_sector(name); }
    [[nodiscard]] std::string name(NodeId v) const {
        return escape_html(network_.actor(v).display_name());
    }
    [[nodiscard]] std::string name_with_sector(NodeId v) const {
        return "<b>" + name(v) + "</b> (" + sector(network_.actor(v).sector) + ")";
    }
    [[nodiscard]] std::string actors_word(std::size_t count) const {
        return w_.count(Word::Actors, count);
    }

    void head();
    void findings();
    void finding_size();
    void finding_clusters();
    void finding_uncertain_actors();
    void finding_brokers();
    void finding_fragile();
    void finding_triangle();
    [[nodiscard]] std::string triangle_heading() const;
    void finding_suggestions();
    void map_section();
    void change_section();
    void course_section();
    void actor_table();
    void community_table();
    void mixing_table();
    void triangle_table();
    void methods();
    void chance_method();

    const Network& network_;
    const NetworkAnalysis& a_;
    const ReportOptions& options_;
    const NetworkDiff* diff_;  ///< the comparison's diff, or nullptr
    detail::ReportFormat w_;
    /// Where the map put the actors; the change map keeps them (empty without a map).
    ActorPositions positions_;
    std::ostringstream out_;
};

void Writer::head() {
    std::string title = options_.title;
    if (title.empty()) title = network_.name();
    if (title.empty() && !options_.inputs.empty()) title = options_.inputs.front().name;
    if (title.empty()) title = "coopnet";
    out_ << "<!DOCTYPE html>\n<html lang=\"" << language_code(w_.language()) << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<meta name=\"generator\" content=\"coopnet " << escape_html(options_.version)
         << "\">\n"
         << "<title>" << escape_html(title) << " – " << w_(Word::ReportKind) << "</title>\n"
         << "<style>" << kStyle << interactive_map_style() << "</style>\n</head>\n<body>\n<main>\n<header>\n"
         << "<p class=\"kind\">" << w_(Word::ReportKind) << "</p>\n<h1>" << escape_html(title)
         << "</h1>\n";
    if (!options_.subtitle.empty()) {
        out_ << "<p class=\"subtitle\">" << escape_html(options_.subtitle) << "</p>\n";
    }
    out_ << "</header>\n";
}

void Writer::finding_size() {
    const NetworkSummary& s = a_.network;
    out_ << "<h3>" << w_(Word::SizeHeading) << "</h3>\n<ul>\n";
    if (s.actors == 0) {
        out_ << "<li>" << w_(Word::SizeNoActors) << "</li>\n</ul>\n";
        return;
    }
    out_ << "<li>"
         << w_(Word::SizeSentence,
               {"<b>" + actors_word(s.actors) + "</b>",
                "<b>" + w_.count(Word::DirectCooperations, s.ties) + "</b>", w_.percent(s.density)})
         << "</li>\n";
    std::map<std::string, std::size_t> sectors;
    for (NodeId v = 0; v < network_.actor_count(); ++v) ++sectors[network_.actor(v).sector];
    out_ << "<li>" << w_(Word::SizeSectors, {w_.html_count_sectors(sectors)}) << "</li>\n";
    out_ << "<li>";
    if (s.weak_components <= 1) {
        out_ << w_(Word::SizeConnected);
    } else {
        out_ << w_(Word::SizeFallsApart, {w_.integer(static_cast<long long>(s.weak_components)),
                                          actors_word(s.largest_component)});
    }
    if (s.largest_component > 1) {
        out_ << " "
             << w_(Word::SizePathLength,
                   {num(s.average_path_length, 1), w_.integer(static_cast<long long>(s.diameter))});
    }
    out_ << "</li>\n</ul>\n";
}

void Writer::finding_clusters() {
    if (!a_.communities || a_.network.actors == 0) return;
    const CommunityAnalysis& c = *a_.communities;
    out_ << "<h3>" << w_(Word::ClustersHeading) << "</h3>\n<ul>\n";
    out_ << "<li>"
         << w_(Word::ClustersFound,
               {w_.count(Word::ClusterCount, c.partition.community_count), num(c.modularity, 2)})
         << "</li>\n";
    std::size_t listed = 0;
    for (const CommunitySummary& summary : c.summaries) {
        if (summary.size < 2 || listed == 3) break;
        ++listed;
        std::string main_sector;
        std::size_t main_count = 0;
        for (const auto& [sector_name, count] : summary.sector_counts) {
            if (count > main_count) main_sector = sector_name, main_count = count;
        }
        out_ << "<li>"
             << w_(Word::ClusterLine,
                   {std::to_string(summary.community + 1), actors_word(summary.size),
                    sector(main_sector), w_.integer(static_cast<long long>(main_count)),
                    name_with_sector(summary.most_central)});
        if (c.stability && c.stability->community[summary.community] >= kStableCluster) {
            out_ << w_(Word::ClusterStable,
                       {w_.percent(c.stability->community[summary.community], 0),
                        w_.integer(static_cast<long long>(c.stability->restarts))});
        }
        out_ << "</li>\n";
    }
    finding_uncertain_actors();
    out_ << "</ul>\n";
}

// Actors below kUncertainAssignment, most uncertain first (ties by NodeId), as names.
void Writer::finding_uncertain_actors() {
    const CommunityAnalysis& c = *a_.communities;
    if (!c.stability) return;
    std::vector<NodeId> uncertain;
    for (NodeId v = 0; v < network_.actor_count(); ++v) {
        if (c.stability->actor[v] < kUncertainAssignment) uncertain.push_back(v);
    }
    if (uncertain.empty()) return;
    std::stable_sort(uncertain.begin(), uncertain.end(), [&](NodeId a, NodeId b) {
        return c.stability->actor[a] < c.stability->actor[b];
    });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < uncertain.size() && i < kUncertainListed; ++i) {
        names.push_back(name_with_sector(uncertain[i]));
    }
    if (uncertain.size() > kUncertainListed) {
        names.push_back(w_(Word::AndMore, {w_.integer(static_cast<long long>(
                                               uncertain.size() - kUncertainListed))}));
    }
    out_ << "<li>"
         << w_(Word::UncertainActors,
               {w_.join(names), w_.integer(static_cast<long long>(c.stability->restarts))})
         << "</li>\n";
}

void Writer::finding_brokers() {
    if (!a_.brokers_and_gaps) return;
    const auto& entries = a_.brokers_and_gaps->brokers.by_betweenness;
    out_ << "<h3>" << w_(Word::BrokersHeading) << "</h3>\n<ul>\n";
    if (entries.empty()) out_ << "<li>" << w_(Word::BrokersNone) << "</li>\n";
    for (std::size_t i = 0; i < entries.size() && i < options_.top; ++i) {
        const BrokerEntry& entry = entries[i];
        out_ << "<li>"
             << w_(Word::BrokerValue,
                   {name_with_sector(entry.actor), num(a_.actors.betweenness[entry.actor])})
             << ": ";
        if (entry.links.empty()) {
            out_ << w_(Word::BrokerNoLink);
        } else {
            out_ << broker_links_text(entry, w_, &escape_html) << ".";
        }
        out_ << "</li>\n";
    }
    out_ << "</ul>\n";
    if (a_.betweenness_estimate) {
        out_ << "<p>" << escape_html(betweenness_estimate_sentence(*a_.betweenness_estimate, w_))
             << "</p>\n";
    }
}

void Writer::finding_fragile() {
    if (!a_.brokers_and_gaps) return;
    const FragilePoints& fragile = a_.brokers_and_gaps->fragile;
    out_ << "<h3>" << w_(Word::FragileHeading) << "</h3>\n<ul>\n";
    if (fragile.actors.empty() && fragile.ties.empty()) {
        out_ << "<li>" << w_(Word::FragileNone) << "</li>\n";
    }
    const auto cut_text = [&](const CutOff& cut) {
        std::string text =
            actors_word(cut.actors) + " (" + w_.html_count_sectors(cut.sectors) + ")";
        std::vector<std::string> names;
        for (NodeId v : cut.listed) {
            if (names.size() == 4) break;
            names.push_back(name(v));
        }
        if (!names.empty()) {
            std::string listed = w_.join(names);
            if (cut.actors > names.size()) listed += " " + std::string(w_(Word::AndOthers));
            text += ", " + w_(Word::AmongThem, {listed});
        }
        return text;
    };
    for (std::size_t i = 0; i < fragile.actors.size() && i < options_.top; ++i) {
        const FragileActor& point = fragile.actors[i];
        out_ << "<li>"
             << w_.pick(Word::FragileActor, point.cut_off.actors,
                        {name_with_sector(point.actor), cut_text(point.cut_off)})
             << "</li>\n";
    }
    std::size_t ties_listed = 0;
    for (const FragileTie& tie : fragile.ties) {
        if (tie.cut_off.actors < 2 || ties_listed == 3) continue;
        ++ties_listed;
        out_ << "<li>"
             << w_.pick(Word::FragileTie, tie.cut_off.actors,
                        {name(tie.first), name(tie.second), cut_text(tie.cut_off)})
             << "</li>\n";
    }
    if (fragile.actors.size() > options_.top) {
        out_ << "<li>"
             << w_(Word::FragileMore, {w_.integer(static_cast<long long>(fragile.actors.size()))})
             << "</li>\n";
    }
    out_ << "</ul>\n";
}

std::string Writer::triangle_heading() const {
    const auto& groups =
        a_.brokers_and_gaps ? a_.brokers_and_gaps->triangle.groups : options_.triangle_groups;
    return w_(Word::TriangleHeading, {sector(groups[0]), sector(groups[1]), sector(groups[2])});
}

void Writer::finding_triangle() {
    if (!a_.brokers_and_gaps) return;
    const CooperationTriangle& triangle = a_.brokers_and_gaps->triangle;
    out_ << "<h3>" << triangle_heading() << "</h3>\n<ul>\n";
    for (const std::string& absent : triangle.absent_groups) {
        std::string who;
        if (absent == "foundation") {
            who = w_(Word::TriangleAbsentFoundation);
        } else if (absent == "municipality") {
            who = w_(Word::TriangleAbsentMunicipality);
        } else if (absent == "business") {
            who = w_(Word::TriangleAbsentBusiness);
        } else {
            who = w_(Word::TriangleAbsentOther, {sector(absent)});
        }
        std::vector<std::string> sides;
        for (const TriangleSide& side : triangle.sides) {
            if (side.groups[0] == absent || side.groups[1] == absent) {
                sides.push_back(sector(side.groups[0]) + "–" + sector(side.groups[1]));
            }
        }
        out_ << "<li><b>" << w_(Word::TriangleAbsent, {who}) << "</b> – "
             << w_(Word::TriangleAbsentSides, {w_.join(sides)});
        if (const std::string words = sector_words_list(options_.sector_words, w_, escape_html);
            !words.empty()) {
            out_ << " " << w_(Word::TriangleWordsSeen, {words});
        }
        out_ << "</li>\n";
    }
    for (const TriangleSide& side : triangle.sides) {
        if (!side.absent_groups.empty()) continue;
        const std::string a = sector(side.groups[0]);
        const std::string b = sector(side.groups[1]);
        const std::string expected = num(shown_expectation(side), 1);
        out_ << "<li>";
        // The status is the analysis's (analysis/gaps/cooperation_triangle.hpp); only its words
        // are chosen here.
        if (side.status == SideStatus::Missing) {
            out_ << w_(Word::SideMissing, {a, b});
        } else if (side.status == SideStatus::Weak) {
            out_ << w_(Word::SideWeak,
                       {a, b, w_.count(Word::DirectCooperations, side.ties), expected});
        } else if (side.status == SideStatus::Strong) {
            out_ << w_(Word::SideStrong, {a, b, w_.count(Word::Cooperations, side.ties), expected});
        } else {
            out_ << w_(Word::SidePresent,
                       {a, b, w_.count(Word::Cooperations, side.ties), expected});
        }
        if ((side.status == SideStatus::Missing || side.status == SideStatus::Weak) &&
            !side.brokers.empty()) {
            std::vector<std::string> names;
            for (const SideBroker& broker : side.brokers) {
                if (names.size() == 3) break;
                names.push_back(name(broker.actor));
            }
            const std::string list = w_.join(names);
            out_ << " " << w_(Word::SideGoBetweens, {list}) << (list.ends_with('.') ? "" : ".");
        }
        out_ << "</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::finding_suggestions() {
    if (!a_.brokers_and_gaps) return;
    const SuggestionsResult& suggestions = a_.brokers_and_gaps->suggestions;
    out_ << "<h3>" << w_(Word::SuggestionsHeading) << "</h3>\n<ul>\n";
    if (suggestions.pairs.empty() && suggestions.joins.empty()) {
        out_ << "<li>" << w_(Word::SuggestionsNone) << "</li>\n";
    }
    for (std::size_t i = 0; i < suggestions.pairs.size() && i < options_.top; ++i) {
        const PairSuggestion& pair = suggestions.pairs[i];
        std::vector<std::string> partners;
        for (NodeId z : pair.shared_partners) {
            if (partners.size() == 3) break;
            partners.push_back(name(z));
        }
        std::string by = w_.join(partners);
        if (pair.shared_partners.size() > partners.size())
            by += " " + std::string(w_(Word::AndOthers));
        out_ << "<li>"
             << w_(Word::SuggestionPair,
                   {name_with_sector(pair.first), name_with_sector(pair.second), by})
             << " (" << w_.count(Word::SharedPartners, pair.shared_partners.size());
        if (pair.triangle_side) out_ << "; " << w_(Word::SuggestionTriangleSide);
        out_ << ").</li>\n";
    }
    for (std::size_t i = 0; i < suggestions.joins.size() && i < options_.top; ++i) {
        const JoinSuggestion& join_tie = suggestions.joins[i];
        out_ << "<li>"
             << w_(Word::SuggestionJoin,
                   {name_with_sector(join_tie.second), actors_word(join_tie.second_component_size),
                    name_with_sector(join_tie.first)})
             << "</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::findings() {
    out_ << "<section id=\"findings\">\n<h2>" << w_(Word::Findings)
         << "</h2>\n<div class=\"findings\">\n";
    finding_size();
    finding_clusters();
    finding_brokers();
    finding_fragile();
    finding_triangle();
    finding_suggestions();
    if (diff_ != nullptr) detail::write_change_finding(out_, *diff_, w_);
    out_ << "</div>\n</section>\n";
}

void Writer::map_section() {
    if (!options_.map || network_.actor_count() == 0) return;
    out_ << "<section id=\"map\" class=\"figure\">\n<h2>" << w_(Word::MapHeading) << "</h2>\n";
    MapOptions map;
    map.format = MapFormat::Svg;
    map.language = w_.language();
    map.community_seed = options_.community_seed;
    // The report's suggestions are the first of the analysis's (they are ranked).
    map.suggestions = a_.brokers_and_gaps ? std::min<std::size_t>(options_.top, 5) : 0;
    map.triangle_groups = options_.triangle_groups;
    map.title = options_.title;
    map.subtitle = options_.subtitle;
    // The interactive map (viz/interactive_map.hpp): the same component as `coopnet map
    // -o map.html`. A layout Graphviz refuses leaves a note; a Graphviz that died fails.
    try {
        const InteractiveMap drawn = interactive_map(network_, a_, map);
        positions_ = actor_positions(drawn);
        out_ << "<p class=\"note\">" << w_(Word::MapNote) << "</p>\n" << drawn.html;
    } catch (const detail::ChildDied&) {
        throw;
    } catch (const OutputError& error) {
        out_ << "<p>" << w_(Word::MapMissing) << " " << escape_html(error.what()) << "</p>\n";
    }
    out_ << "</section>\n";
}

// The charts are SVG documents; inline, they go without their XML declaration.
std::string inline_svg(const std::string& document) {
    const std::size_t start = document.find("<svg");
    return start == std::string::npos ? document : document.substr(start);
}

void Writer::course_section() {
    if (!options_.course) return;
    const ReportCourse& course = *options_.course;
    const TieDurations& durations = course.survival.durations;
    std::size_t ended = 0;
    for (const TieDuration& tie : durations.ties) ended += tie.ended ? 1 : 0;
    out_ << "<section id=\"course\">\n<h2>" << w_(Word::CourseHeading) << "</h2>\n<p>"
         << w_(Word::CourseSummary,
               {w_.integer(static_cast<long long>(durations.ties.size())),
                w_.integer(static_cast<long long>(ended)),
                w_.integer(static_cast<long long>(durations.ties.size() - ended))});
    if (course.survival.curve.median) {
        out_ << " " << w_(Word::CourseMedian, {num(*course.survival.curve.median / 365.25, 1)});
    } else if (!durations.ties.empty()) {
        out_ << " " << w_(Word::CourseNoMedian);
    }
    if (durations.undated > 0) {
        out_ << " " << w_(Word::CourseUndated, {w_.integer(static_cast<long long>(durations.undated))});
    }
    out_ << "</p>\n<figure class=\"chart\">"
         << inline_svg(timeline_chart_svg(course.timeline, w_)) << "</figure>\n";
    std::vector<SurvivalRecord> records;
    for (const TieDuration& tie : durations.ties) records.push_back({tie.days, tie.ended});
    out_ << "<figure class=\"chart\">"
         << inline_svg(survival_chart_svg(course.survival.curve, records, w_))
         << "</figure>\n<p class=\"note\">" << w_(Word::CourseMethod)
         << " <span class=\"note\">Kaplan &amp; Meier (1958), J. Am. Stat. Assoc. 53:457, "
            "doi:10.1080/01621459.1958.10501452</span></p>\n</section>\n";
}

void Writer::change_section() {
    if (diff_ == nullptr) return;
    detail::write_change_section(out_, *options_.comparison, options_, positions_, w_);
}

void Writer::actor_table() {
    const ActorMetrics& m = a_.actors;
    const bool holes = a_.brokers_and_gaps.has_value();
    out_ << "<section id=\"actors\">\n<h2>" << w_(Word::ActorsHeading) << "</h2>\n"
         << "<input id=\"actor-filter\" class=\"filter\" type=\"search\" placeholder=\""
         << w_(Word::FilterPlaceholder) << "\" aria-label=\"" << w_(Word::FilterPlaceholder)
         << "\">\n"
         << "<p class=\"note hint\">" << w_(Word::SortHint) << "</p>\n"
         << "<div class=\"scroll\">\n<table id=\"actor-table\" class=\"sortable\">\n<thead><tr>";
    const auto th = [&](Word label, const char* key, bool numeric) {
        out_ << "<th data-key=\"" << key << "\""
             << (numeric ? " data-type=\"num\" class=\"n\"" : "") << " scope=\"col\">" << w_(label)
             << "</th>";
    };
    th(Word::ColActor, "actor", false);
    th(Word::ColSector, "sector", false);
    if (a_.communities) th(Word::ColCommunity, "community", true);
    th(Word::MeasureDegree, "degree", true);
    th(Word::MeasureStrength, "strength", true);
    th(Word::MeasureBetweenness, "betweenness", true);
    th(Word::MeasureCloseness, "closeness", true);
    th(Word::MeasureHarmonic, "harmonic", true);
    th(Word::MeasureEigenvector, "eigenvector", true);
    th(Word::MeasurePageRank, "pagerank", true);
    th(Word::MeasureClustering, "clustering", true);
    th(Word::MeasureCore, "core", true);
    if (holes) th(Word::MeasureConstraint, "constraint", true);
    th(Word::MeasureCutPoint, "cut_point", false);
    out_ << "</tr></thead>\n<tbody>\n";
    const auto td = [&](double value, int digits) {
        out_ << "<td class=\"n\" data-v=\"" << (std::isfinite(value) ? format_number(value) : "")
             << "\">" << num(value, digits) << "</td>";
    };
    for (NodeId v = 0; v < network_.actor_count(); ++v) {
        const Actor& actor = network_.actor(v);
        out_ << "<tr data-i=\"" << v << "\"><td title=\"" << escape_html(actor.id) << "\">"
             << name(v) << "</td><td>" << sector(actor.sector) << "</td>";
        if (a_.communities) {
            const std::size_t community = a_.communities->partition.community[v] + 1;
            out_ << "<td class=\"n\" data-v=\"" << community << "\">" << community << "</td>";
        }
        out_ << "<td class=\"n\" data-v=\"" << m.degree[v] << "\">" << m.degree[v] << "</td>";
        td(m.strength[v], 2);
        td(m.betweenness[v], 3);
        td(m.closeness[v], 3);
        td(m.harmonic[v], 3);
        td(m.eigenvector[v], 3);
        td(m.pagerank[v], 3);
        td(m.clustering[v], 3);
        out_ << "<td class=\"n\" data-v=\"" << m.core[v] << "\">" << m.core[v] << "</td>";
        if (holes) {
            const auto& constraint = a_.brokers_and_gaps->structural_holes.constraint[v];
            td(constraint ? *constraint : std::nan(""), 3);
        }
        out_ << "<td>" << (m.articulation[v] ? w_(Word::Yes) : std::string_view())
             << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n</section>\n";
}

void Writer::community_table() {
    if (!a_.communities || a_.network.actors == 0) return;
    out_ << "<section id=\"communities\">\n<h2>" << w_(Word::CommunitiesHeading) << "</h2>\n"
         << "<div class=\"scroll\">\n<table>\n<thead><tr><th class=\"n\">" << w_(Word::ColCommunity)
         << "</th><th class=\"n\">" << w_(Word::ColSize) << "</th><th class=\"n\">"
         << w_(Word::ColInternalDensity) << "</th><th>" << w_(Word::ColMostCentral) << "</th><th>"
         << w_(Word::ColSectors) << "</th>";
    const std::optional<CommunityStability>& stability = a_.communities->stability;
    if (stability) out_ << "<th class=\"n\">" << w_(Word::ColStability) << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
    for (const CommunitySummary& summary : a_.communities->summaries) {
        if (summary.size == 0) continue;
        out_ << "<tr><td class=\"n\">" << summary.community + 1 << "</td><td class=\"n\">"
             << summary.size << "</td><td class=\"n\">" << num(summary.internal_density, 2)
             << "</td><td>" << name(summary.most_central) << "</td><td>"
             << w_.html_count_sectors(summary.sector_counts) << "</td>";
        if (stability) {
            out_ << "<td class=\"n\">" << num(stability->community[summary.community], 2)
                 << "</td>";
        }
        out_ << "</tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n</section>\n";
}

void Writer::mixing_table() {
    if (!a_.brokers_and_gaps) return;
    const MixingResult& mixing = a_.brokers_and_gaps->mixing;
    out_ << "<section id=\"mixing\">\n<h2>" << w_(Word::MixingHeading)
         << "</h2>\n<p class=\"note\">" << w_(Word::MixingNote) << " "
         << w_(Word::MixingIndices, {mixing.ei.value ? num(*mixing.ei.value, 2) : "–",
                                     mixing.assortativity ? num(*mixing.assortativity, 2) : "–"})
         << "</p>\n"
         << "<div class=\"scroll\">\n<table id=\"mixing-table\">\n<thead><tr><th>"
         << w_(Word::ColSectorA) << "</th><th>" << w_(Word::ColSectorB) << "</th><th class=\"n\">"
         << w_(Word::ColTies) << "</th><th class=\"n\">" << w_(Word::ColExpected)
         << "</th><th class=\"n\">" << w_(Word::ColRatio) << "</th></tr></thead>\n<tbody>\n";
    for (const GroupPairMixing& pair : mixing.pairs) {
        if (pair.ties == 0 && pair.expected == 0.0) continue;
        out_ << "<tr><td>" << sector(mixing.groups.names[pair.from]) << "</td><td>"
             << sector(mixing.groups.names[pair.to]) << "</td><td class=\"n\">" << pair.ties
             << "</td><td class=\"n\">" << num(pair.expected, 1) << "</td><td class=\"n\">"
             << (pair.ratio ? num(*pair.ratio, 2) : "–") << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n</section>\n";
}

void Writer::triangle_table() {
    if (!a_.brokers_and_gaps) return;
    const CooperationTriangle& triangle = a_.brokers_and_gaps->triangle;
    out_ << "<section id=\"triangle\">\n<h2>" << triangle_heading() << "</h2>\n"
         << "<div class=\"scroll\">\n<table>\n<thead><tr><th>" << w_(Word::ColSide) << "</th><th>"
         << w_(Word::ColStatus) << "</th><th class=\"n\">" << w_(Word::ColTies)
         << "</th><th class=\"n\">" << w_(Word::ColExpected) << "</th><th>" << w_(Word::ColBrokers)
         << "</th></tr></thead>\n<tbody>\n";
    for (const TriangleSide& side : triangle.sides) {
        const char* css = side.status == SideStatus::Missing  ? "missing"
                          : side.status == SideStatus::Weak   ? "weak"
                          : side.status == SideStatus::Strong ? "strong"
                                                              : "present";
        const Word status = side_status_word(side.status);
        std::vector<std::string> names;
        for (const SideBroker& broker : side.brokers) {
            if (names.size() == 5) break;
            names.push_back(name(broker.actor) + " (" + std::to_string(broker.two_paths) + ")");
        }
        out_ << "<tr><td>" << sector(side.groups[0]) << " – " << sector(side.groups[1])
             << "</td><td class=\"status-" << css << "\">" << w_(status) << "</td><td class=\"n\">"
             << side.ties << "</td><td class=\"n\">" << num(shown_expectation(side), 1) << "</td><td>"
             << (names.empty() ? std::string(w_(Word::None)) : w_.join(names)) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n<p class=\"note\">" << w_(Word::TriangleTableNote)
         << "</p>\n</section>\n";
}

/// An entry of the methods section: its name and text in the catalogue, and its references.
struct MetricText {
    Word name;
    Word text;
    std::string_view reference;
};

constexpr MetricText kMetrics[] = {
    {Word::MeasureDegree, Word::MethodDegree, "igraph degree(mode=\"all\")"},
    {Word::MeasureStrength, Word::MethodStrength,
     "Barrat et al. (2004), PNAS 101:3747, doi:10.1073/pnas.0400087101"},
    {Word::MeasureBetweenness, Word::MethodBetweenness,
     "Freeman (1977), Sociometry 40:35, doi:10.2307/3033543; Brandes (2001), J. Math. Sociol. "
     "25:163, doi:10.1080/0022250X.2001.9990249"},
    {Word::MeasureCloseness, Word::MethodCloseness,
     "Wasserman & Faust (1994), Social Network Analysis, §5.3.1, "
     "doi:10.1017/CBO9780511815478"},
    {Word::MeasureHarmonic, Word::MethodHarmonic,
     "Marchiori & Latora (2000), Physica A 285:539, doi:10.1016/S0378-4371(00)00311-3"},
    {Word::MeasureEigenvector, Word::MethodEigenvector,
     "Bonacich (1972), J. Math. Sociol. 2:113, doi:10.1080/0022250X.1972.9989806"},
    {Word::MeasurePageRank, Word::MethodPageRank,
     "Brin & Page (1998), Computer Networks 30:107, doi:10.1016/S0169-7552(98)00110-X"},
    {Word::MeasureClustering, Word::MethodClustering,
     "Watts & Strogatz (1998), Nature 393:440, doi:10.1038/30918"},
    {Word::MeasureCore, Word::MethodCore,
     "Seidman (1983), Social Networks 5:269, doi:10.1016/0378-8733(83)90028-X; Batagelj & "
     "Zaversnik (2003), arXiv:cs/0310049"},
    {Word::MeasureConstraint, Word::MethodConstraint,
     "Burt (1992), Structural Holes, Harvard UP; Burt (2004), Am. J. Sociol. 110:349, "
     "doi:10.1086/421787"},
    {Word::MeasureCutPoint, Word::MethodCutPoint,
     "Hopcroft & Tarjan (1973), Commun. ACM 16:372, doi:10.1145/362248.362272"},
    {Word::MethodBrokersName, Word::MethodBrokers,
     "Gould & Fernandez (1989), Sociol. Methodol. 19:89, doi:10.2307/270949"},
    {Word::MethodMixingName, Word::MethodMixing,
     "Newman (2003), Phys. Rev. E 67:026126, doi:10.1103/PhysRevE.67.026126; Krackhardt & "
     "Stern (1988), Soc. Psychol. Q. 51:123, doi:10.2307/2786835"},
    {Word::MethodSuggestionsName, Word::MethodSuggestions,
     "Zhou, Lü & Zhang (2009), Eur. Phys. J. B 71:623, doi:10.1140/epjb/e2009-00335-8; "
     "Adamic & Adar (2003), Social Networks 25:211, doi:10.1016/S0378-8733(03)00009-1"},
};

void Writer::methods() {
    out_ << "<section id=\"methods\">\n<h2>" << w_(Word::MethodsHeading)
         << "</h2>\n<dl class=\"methods\">\n";
    for (const MetricText& metric : kMetrics) {
        out_ << "<dt>" << w_(metric.name) << "</dt><dd>" << w_(metric.text)
             << " <span class=\"note\">" << metric.reference << "</span></dd>\n";
    }
    if (diff_ != nullptr) detail::write_change_method(out_, *options_.comparison, w_);
    out_ << "</dl>\n<h3>" << w_(Word::WeightsHeading) << "</h3>\n<p>"
         << w_(options_.analysis.weights == WeightMode::Weighted ? Word::WeightsWeighted
                                                                 : Word::WeightsUnweighted)
         << " <span class=\"note\">Opsahl, Agneessens &amp; Skvoretz (2010), Social Networks "
            "32:245, doi:10.1016/j.socnet.2010.03.006</span></p>\n";
    out_ << "<h3>" << w_(Word::CommunitiesMethodHeading) << "</h3>\n<p>"
         << w_(Word::CommunitiesMethod, {std::to_string(options_.community_seed)})
         << " <span class=\"note\">Traag, Waltman &amp; van Eck (2019), Sci. Rep. 9:5233, "
            "doi:10.1038/s41598-019-41695-z</span></p>\n";
    if (a_.communities && a_.communities->stability) {
        out_ << "<p>"
             << w_(Word::CommunitiesStability,
                   {w_.integer(static_cast<long long>(a_.communities->restarts)),
                    num(kStableCluster, 1), num(kUncertainAssignment, 1)})
             << " <span class=\"note\">Lancichinetti &amp; Fortunato (2012), Sci. Rep. 2:336, "
                "doi:10.1038/srep00336</span></p>\n";
    }
    chance_method();
    out_ << "<h3>" << w_(Word::ProvenanceHeading) << "</h3>\n<ul>\n<li>coopnet "
         << escape_html(options_.version) << "</li>\n";
    for (const ReportInputFile& input : options_.inputs) {
        out_ << "<li>" << w_(Word::ProvenanceInput) << " <code>" << escape_html(input.name)
             << "</code>, SHA-256 <code>" << escape_html(input.sha256) << "</code></li>\n";
    }
    out_ << "</ul>\n</section>\n";
}

// How "weak" and "strong" were decided: simulated random networks, or (for networks too
// large to simulate by default) the Poisson approximation.
void Writer::chance_method() {
    if (!a_.brokers_and_gaps) return;
    const BrokersAndGaps& gaps = *a_.brokers_and_gaps;
    out_ << "<h3>" << w_(Word::ChanceMethodHeading) << "</h3>\n<p>";
    if (gaps.chance) {
        const ChanceTests& chance = *gaps.chance;
        const Word model = chance.null_model == NullModel::Degrees ? Word::ChanceNullDegrees
                           : chance.null_model == NullModel::Size  ? Word::ChanceNullSize
                                                                   : Word::ChanceNullTies;
        out_ << w_(Word::ChanceMethod,
                   {w_.integer(static_cast<long long>(chance.draws)), std::string(w_(model)),
                    std::to_string(chance.seed)})
             << " <span class=\"note\">Anderson, Butts &amp; Carley (1999), Social Networks "
                "21:239; Butts (2008), J. Stat. Softw. 24(6), doi:10.18637/jss.v024.i06</span>";
    } else {
        out_ << w_(Word::ChanceMethodPoisson)
             << " <span class=\"note\">Newman (2018), Networks, 2nd ed., §12.1</span>";
    }
    out_ << "</p>\n";
}

std::string Writer::run() {
    head();
    findings();
    map_section();
    change_section();
    course_section();
    actor_table();
    community_table();
    mixing_table();
    triangle_table();
    methods();
    out_ << "</main>\n<script>" << kScript << interactive_map_script()
         << "</script>\n</body>\n</html>\n";
    return out_.str();
}

}  // namespace

CommunityOptions report_communities(const ReportOptions& options) {
    CommunityOptions communities;
    communities.method = CommunityMethod::Leiden;
    communities.leiden.seed = options.community_seed;
    return communities;
}

BrokersAndGapsOptions report_brokers_and_gaps(const ReportOptions& options) {
    BrokersAndGapsOptions brokers;
    brokers.top_k = std::max<std::size_t>(options.top, 1);
    brokers.triangle_groups = options.triangle_groups;
    brokers.chance = options.chance;
    brokers.always_simulate = options.always_simulate;
    return brokers;
}

NetworkDiffOptions report_diff_options(const ReportOptions& options, std::size_t broker_top) {
    NetworkDiffOptions diff_options;
    diff_options.broker_top = broker_top;
    diff_options.leiden.seed = options.community_seed;
    return diff_options;
}

std::string render_report(const Network& network, const NetworkAnalysis& analysis,
                          const ReportOptions& options) {
    if (analysis.network.actors != network.actor_count() ||
        analysis.actors.degree.size() != network.actor_count()) {
        throw InvalidArgument("report: the analysis is not of this network");
    }
    const NetworkDiff* diff = options.comparison ? &options.comparison->diff : nullptr;
    return Writer(network, analysis, options, diff).run();
}

}  // namespace coopnet

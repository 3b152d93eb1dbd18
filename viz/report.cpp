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
#include "viz/detail/report_change.hpp"
#include "viz/detail/report_format.hpp"
#include "viz/label_text.hpp"
#include "viz/network_map.hpp"

namespace coopnet {

void detail::write_map_figure(std::ostream& out, const std::function<std::string()>& render_svg,
                              std::string_view note, std::string_view missing,
                              std::string_view div_id) {
    std::string svg;
    std::string failure;
    try {
        svg = inline_svg(render_svg());
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
constexpr std::string_view kStyle = R"(
:root{--ink:#1d2330;--muted:#5b6473;--line:#d8dde5;--band:#f3f5f8;--accent:#0072B2}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 28px 48px}
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
      var edges = svg ? svg.querySelectorAll('g.edge').length : 0;
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
        : network_(network),
          a_(analysis),
          options_(options),
          diff_(diff),
          de_(options.language == ReportLanguage::German),
          w_(report_words(options.language)),
          f_(options.language) {}

    std::string run();

private:
    [[nodiscard]] std::string_view t(std::string_view german, std::string_view english) const {
        return f_.t(german, english);
    }
    [[nodiscard]] std::string num(double value, int digits = 3) const {
        return f_.num(value, digits);
    }
    [[nodiscard]] std::string sector(std::string_view name) const { return f_.sector(name); }
    [[nodiscard]] std::string name(NodeId v) const {
        return escape_html(network_.actor(v).display_name());
    }
    [[nodiscard]] std::string name_with_sector(NodeId v) const {
        return "<b>" + name(v) + "</b> (" + sector(network_.actor(v).sector) + ")";
    }
    [[nodiscard]] std::string join(const std::vector<std::string>& items) const {
        return f_.join(items);
    }
    [[nodiscard]] std::string count_sectors(
        const std::map<std::string, std::size_t>& sectors) const {
        return f_.count_sectors(sectors);
    }
    [[nodiscard]] std::string actors_word(std::size_t count) const {
        return f_.actors_word(count);
    }

    void head();
    void findings();
    void finding_size();
    void finding_clusters();
    void finding_brokers();
    void finding_fragile();
    void finding_triangle();
    void finding_suggestions();
    void map_section();
    void change_section();
    void actor_table();
    void community_table();
    void mixing_table();
    void triangle_table();
    void methods();

    const Network& network_;
    const NetworkAnalysis& a_;
    const ReportOptions& options_;
    const NetworkDiff* diff_;  ///< the comparison's diff, or nullptr
    bool de_;
    const ReportWords& w_;
    detail::ReportFormat f_;
    std::ostringstream out_;
};

void Writer::head() {
    std::string title = options_.title;
    if (title.empty()) title = network_.name();
    if (title.empty() && !options_.inputs.empty()) title = options_.inputs.front().name;
    if (title.empty()) title = "coopnet";
    out_ << "<!DOCTYPE html>\n<html lang=\"" << w_.html_lang << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<meta name=\"generator\" content=\"coopnet " << escape_html(options_.version)
         << "\">\n"
         << "<title>" << escape_html(title) << " – " << w_.report_kind << "</title>\n"
         << "<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n<header>\n"
         << "<p class=\"kind\">" << w_.report_kind << "</p>\n<h1>" << escape_html(title)
         << "</h1>\n";
    if (!options_.subtitle.empty()) {
        out_ << "<p class=\"subtitle\">" << escape_html(options_.subtitle) << "</p>\n";
    }
    out_ << "</header>\n";
}

void Writer::finding_size() {
    const NetworkSummary& s = a_.network;
    out_ << "<h3>" << t("Größe und Dichte", "Size and density") << "</h3>\n<ul>\n";
    if (s.actors == 0) {
        out_ << "<li>" << t("Das Netzwerk enthält keine Akteure.", "The network has no actors.")
             << "</li>\n</ul>\n";
        return;
    }
    out_ << "<li>" << t("Das Netzwerk umfasst ", "The network has ") << "<b>"
         << actors_word(s.actors) << "</b>" << t(" und ", " and ") << "<b>" << s.ties
         << (s.ties == 1 ? t(" direkte Kooperation", " direct cooperation")
                         : t(" direkte Kooperationen", " direct cooperations"))
         << "</b>. " << t("Die Dichte beträgt ", "Its density is ") << num(100.0 * s.density, 1)
         << " %"
         << t(": von allen möglichen Paaren arbeiten so viele direkt zusammen.",
              ": that share of all possible pairs cooperates directly.")
         << "</li>\n";
    std::map<std::string, std::size_t> sectors;
    for (NodeId v = 0; v < network_.actor_count(); ++v) ++sectors[network_.actor(v).sector];
    out_ << "<li>" << t("Vertreten sind: ", "Sectors: ") << count_sectors(sectors) << ".</li>\n";
    out_ << "<li>";
    if (s.weak_components <= 1) {
        out_ << t("Alle Akteure sind über Kooperationsketten miteinander verbunden.",
                  "Every actor can reach every other through chains of cooperation.");
    } else {
        out_ << t("Das Netzwerk zerfällt in ", "The network falls into ") << s.weak_components
             << t(" getrennte Teile; der größte umfasst ", " separate parts; the largest has ")
             << actors_word(s.largest_component) << ".";
    }
    if (s.largest_component > 1) {
        out_ << t(" Im größten Teil sind Akteure im Mittel ",
                  " In the largest part, actors are on average ")
             << num(s.average_path_length, 1)
             << t(" Schritte voneinander entfernt (höchstens ", " steps apart (at most ")
             << s.diameter << ").";
    }
    out_ << "</li>\n</ul>\n";
}

void Writer::finding_clusters() {
    if (!a_.communities || a_.network.actors == 0) return;
    const CommunityAnalysis& c = *a_.communities;
    out_ << "<h3>" << t("Die wichtigsten Gruppen", "The main clusters") << "</h3>\n<ul>\n";
    out_ << "<li>" << t("Das Leiden-Verfahren findet ", "The Leiden method finds ")
         << c.partition.community_count
         << t(" Gruppen von Akteuren, die untereinander dichter kooperieren als mit anderen "
              "(Modularität ",
              " clusters of actors who cooperate more with each other than with others "
              "(modularity ")
         << num(c.modularity, 2) << ").</li>\n";
    std::size_t listed = 0;
    for (const CommunitySummary& summary : c.summaries) {
        if (summary.size < 2 || listed == 3) break;
        ++listed;
        std::string main_sector;
        std::size_t main_count = 0;
        for (const auto& [sector_name, count] : summary.sector_counts) {
            if (count > main_count) main_sector = sector_name, main_count = count;
        }
        out_ << "<li>" << t("Gruppe ", "Cluster ") << summary.community + 1 << ": "
             << actors_word(summary.size) << t(", vor allem ", ", mostly ") << sector(main_sector)
             << " (" << main_count << ")" << t("; am stärksten vernetzt: ", "; most central: ")
             << name_with_sector(summary.most_central) << ".</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::finding_brokers() {
    if (!a_.brokers_and_gaps) return;
    const auto& entries = a_.brokers_and_gaps->brokers.by_betweenness;
    out_ << "<h3>" << t("Wer vermittelt (Broker)", "Who brokers") << "</h3>\n<ul>\n";
    if (entries.empty()) {
        out_ << "<li>"
             << t("Kein Akteur liegt auf kürzesten Wegen zwischen anderen: es gibt keine "
                  "Vermittler.",
                  "No actor lies on shortest paths between others: there are no brokers.")
             << "</li>\n";
    }
    for (std::size_t i = 0; i < entries.size() && i < options_.top; ++i) {
        const BrokerEntry& entry = entries[i];
        out_ << "<li>" << name_with_sector(entry.actor) << t(" – Betweenness ", " – betweenness ")
             << num(a_.actors.betweenness[entry.actor]) << ": ";
        if (entry.links.empty()) {
            out_ << t("liegt auf vielen kürzesten Wegen, verbindet aber keine verschiedenen "
                      "Sektoren direkt.",
                      "lies on many shortest paths but links no different sectors directly.");
        } else {
            const GroupLink& link = entry.links.front();
            out_ << t("verbindet ", "links ") << actors_word(link.actors_a) << t(" aus ", " from ")
                 << sector(link.group_a) << t(" mit ", " with ") << link.actors_b
                 << t(" aus ", " from ") << sector(link.group_b)
                 << t(", die nicht direkt miteinander kooperieren (", " who do not cooperate "
                                                                      "directly (")
                 << link.two_paths
                 << t(" offene Zweierpfade", " open two-paths") << ")";
            if (entry.links.size() > 1) {
                out_ << t("; insgesamt ", "; in all ") << entry.cross_group_two_paths
                     << t(" über ", " across ") << entry.links.size()
                     << t(" Sektorpaare", " sector pairs");
            }
            out_ << ".";
        }
        out_ << "</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::finding_fragile() {
    if (!a_.brokers_and_gaps) return;
    const FragilePoints& fragile = a_.brokers_and_gaps->fragile;
    out_ << "<h3>" << t("Schwachstellen", "Fragile points") << "</h3>\n<ul>\n";
    if (fragile.actors.empty() && fragile.ties.empty()) {
        out_ << "<li>"
             << t("Kein einzelner Akteur und keine einzelne Kooperation hält das Netzwerk "
                  "allein zusammen.",
                  "No single actor or cooperation alone holds the network together.")
             << "</li>\n";
    }
    const auto cut_text = [&](const CutOff& cut) {
        std::ostringstream text;
        text << actors_word(cut.actors) << " (" << count_sectors(cut.sectors) << ")";
        std::vector<std::string> names;
        for (NodeId v : cut.listed) {
            if (names.size() == 4) break;
            names.push_back(name(v));
        }
        if (!names.empty()) {
            text << t(", darunter ", ", among them ") << join(names);
            if (cut.actors > names.size()) text << t(" u. a.", " and others");
        }
        return text.str();
    };
    for (std::size_t i = 0; i < fragile.actors.size() && i < options_.top; ++i) {
        const FragileActor& point = fragile.actors[i];
        out_ << "<li>" << t("Fällt ", "Without ") << name_with_sector(point.actor)
             << (point.cut_off.actors == 1 ? t(" weg, ist ", ", ") : t(" weg, sind ", ", "))
             << cut_text(point.cut_off)
             << t(" vom Rest des Netzwerks abgeschnitten.",
                  " would be cut off from the rest of the network.")
             << "</li>\n";
    }
    std::size_t ties_listed = 0;
    for (const FragileTie& tie : fragile.ties) {
        if (tie.cut_off.actors < 2 || ties_listed == 3) continue;
        ++ties_listed;
        out_ << "<li>" << t("Endet die Kooperation ", "If the cooperation ") << name(tie.first)
             << " – " << name(tie.second) << t(", sind ", " ends, ") << cut_text(tie.cut_off)
             << t(" abgeschnitten.", " would be cut off.") << "</li>\n";
    }
    if (fragile.actors.size() > options_.top) {
        out_ << "<li>" << t("Insgesamt gibt es ", "In all there are ") << fragile.actors.size()
             << t(" solche Schnittpunkte (in der Karte als Achteck).",
                  " such cut points (octagons on the map).")
             << "</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::finding_triangle() {
    if (!a_.brokers_and_gaps) return;
    const CooperationTriangle& triangle = a_.brokers_and_gaps->triangle;
    out_ << "<h3>" << t("Das Dreieck Kommune – Wirtschaft – Stiftung",
                        "The municipality – business – foundation triangle")
         << "</h3>\n<ul>\n";
    for (const std::string& absent : triangle.absent_groups) {
        std::string who;
        if (absent == "foundation") {
            who = std::string(t("keine Stiftung", "no foundation"));
        } else if (absent == "municipality") {
            who = std::string(t("keine Kommune oder Verwaltung", "no municipality"));
        } else if (absent == "business") {
            who = std::string(t("kein Unternehmen und kein Wirtschaftsverband", "no business"));
        } else {
            who = std::string(t("kein Akteur des Sektors ", "no actor of the sector ")) +
                  sector(absent);
        }
        std::vector<std::string> sides;
        for (const TriangleSide& side : triangle.sides) {
            if (side.groups[0] == absent || side.groups[1] == absent) {
                sides.push_back(sector(side.groups[0]) + "–" + sector(side.groups[1]));
            }
        }
        out_ << "<li><b>" << t("In den Daten ist ", "The data contain ") << who
             << t(" vertreten", "") << "</b>"
             << t(" – die Seiten ", " – the sides ") << join(sides)
             << t(" des Dreiecks fehlen daher ganz.", " of the triangle are therefore missing.")
             << "</li>\n";
    }
    for (const TriangleSide& side : triangle.sides) {
        if (!side.absent_groups.empty()) continue;
        const std::string a = sector(side.groups[0]);
        const std::string b = sector(side.groups[1]);
        out_ << "<li>";
        if (side.status == SideStatus::Missing) {
            out_ << t("Zwischen ", "There is ") << "<b>"
                 << t("", "no direct cooperation ") << t("", "between ") << a
                 << t(" und ", " and ") << b << "</b>"
                 << t(" gibt es keine direkte Kooperation.", ".");
        } else if (side.status == SideStatus::Weak) {
            out_ << a << t(" und ", " and ") << b
                 << t(" kooperieren nur schwach: ", " cooperate only weakly: ") << side.ties
                 << (side.ties == 1 ? t(" direkte Kooperation", " direct cooperation")
                                    : t(" direkte Kooperationen", " direct cooperations"))
                 << t(", bei zufälliger Mischung wären ", ", random mixing would give ")
                 << num(side.expected, 1) << t(" zu erwarten.", ".");
        } else {
            out_ << a << t(" und ", " and ") << b << t(" kooperieren direkt: ", " cooperate directly: ")
                 << side.ties
                 << (side.ties == 1 ? t(" Kooperation", " cooperation")
                                    : t(" Kooperationen", " cooperations"))
                 << t(" (zu erwarten wären ", " (random mixing would give ")
                 << num(side.expected, 1) << ").";
        }
        if (side.status != SideStatus::Present && !side.brokers.empty()) {
            std::vector<std::string> names;
            for (const SideBroker& broker : side.brokers) {
                if (names.size() == 3) break;
                names.push_back(name(broker.actor));
            }
            const std::string list = join(names);
            out_ << t(" Vermitteln könnten ", " Possible go-betweens: ") << list
                 << (list.ends_with('.') ? "" : ".");
        }
        out_ << "</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::finding_suggestions() {
    if (!a_.brokers_and_gaps) return;
    const SuggestionsResult& suggestions = a_.brokers_and_gaps->suggestions;
    out_ << "<h3>" << t("Vorgeschlagene Kooperationen", "Suggested cooperations")
         << "</h3>\n<ul>\n";
    if (suggestions.pairs.empty() && suggestions.joins.empty()) {
        out_ << "<li>"
             << t("Keine Vorschläge: kein Paar aus verschiedenen Sektoren hat gemeinsame "
                  "Partner, ohne schon zu kooperieren.",
                  "No suggestions: no pair from different sectors shares partners without "
                  "already cooperating.")
             << "</li>\n";
    }
    for (std::size_t i = 0; i < suggestions.pairs.size() && i < options_.top; ++i) {
        const PairSuggestion& pair = suggestions.pairs[i];
        std::vector<std::string> partners;
        for (NodeId z : pair.shared_partners) {
            if (partners.size() == 3) break;
            partners.push_back(name(z));
        }
        out_ << "<li>" << name_with_sector(pair.first) << t(" und ", " and ")
             << name_with_sector(pair.second)
             << t(" könnten zusammengebracht werden durch ", " could be introduced by ")
             << join(partners);
        if (pair.shared_partners.size() > partners.size()) out_ << t(" u. a.", " and others");
        out_ << " (" << pair.shared_partners.size()
             << (pair.shared_partners.size() == 1 ? t(" gemeinsamer Partner", " shared partner")
                                                  : t(" gemeinsame Partner", " shared partners"));
        if (pair.triangle_side) out_ << t("; Seite des Dreiecks", "; a side of the triangle");
        out_ << ").</li>\n";
    }
    for (std::size_t i = 0; i < suggestions.joins.size() && i < options_.top; ++i) {
        const JoinSuggestion& join_tie = suggestions.joins[i];
        out_ << "<li>" << t("Der abgetrennte Teil um ", "The separate part around ")
             << name_with_sector(join_tie.second) << " (" << actors_word(join_tie.second_component_size)
             << t(") ließe sich über eine Kooperation mit ", ") could be joined through a "
                                                            "cooperation with ")
             << name_with_sector(join_tie.first) << t(" anbinden.", ".") << "</li>\n";
    }
    out_ << "</ul>\n";
}

void Writer::findings() {
    out_ << "<section id=\"findings\">\n<h2>" << w_.findings << "</h2>\n<div class=\"findings\">\n";
    finding_size();
    finding_clusters();
    finding_brokers();
    finding_fragile();
    finding_triangle();
    finding_suggestions();
    if (diff_ != nullptr) detail::write_change_finding(out_, *diff_, f_);
    out_ << "</div>\n</section>\n";
}

void Writer::map_section() {
    if (!options_.map || network_.actor_count() == 0) return;
    out_ << "<section id=\"map\" class=\"figure\">\n<h2>" << w_.map << "</h2>\n";
    MapOptions map;
    map.format = MapFormat::Svg;
    map.community_seed = options_.community_seed;
    map.suggestions = std::min<std::size_t>(options_.top, 5);
    map.triangle_groups = options_.triangle_groups;
    map.title = options_.title;
    map.subtitle = options_.subtitle;
    map.analysis = options_.analysis;
    detail::write_map_figure(
        out_, [&] { return render_map(network_, map).data; }, w_.map_note, w_.map_missing, "");
    out_ << "</section>\n";
}

void Writer::change_section() {
    if (diff_ == nullptr) return;
    detail::write_change_section(out_, *diff_, *options_.comparison, options_, f_);
}

void Writer::actor_table() {
    const ActorMetrics& m = a_.actors;
    const bool holes = a_.brokers_and_gaps.has_value();
    out_ << "<section id=\"actors\">\n<h2>" << w_.actors << "</h2>\n"
         << "<input id=\"actor-filter\" class=\"filter\" type=\"search\" placeholder=\""
         << w_.filter_placeholder << "\" aria-label=\"" << w_.filter_placeholder << "\">\n"
         << "<p class=\"note hint\">" << w_.sort_hint << "</p>\n"
         << "<div class=\"scroll\">\n<table id=\"actor-table\" class=\"sortable\">\n<thead><tr>";
    const auto th = [&](std::string_view label, const char* key, bool numeric) {
        out_ << "<th data-key=\"" << key << "\"" << (numeric ? " data-type=\"num\" class=\"n\"" : "")
             << " scope=\"col\">" << label << "</th>";
    };
    th(w_.col_actor, "actor", false);
    th(w_.col_sector, "sector", false);
    if (a_.communities) th(w_.col_community, "community", true);
    th(w_.col_degree, "degree", true);
    th(w_.col_strength, "strength", true);
    th(w_.col_betweenness, "betweenness", true);
    th(w_.col_closeness, "closeness", true);
    th(w_.col_harmonic, "harmonic", true);
    th(w_.col_eigenvector, "eigenvector", true);
    th(w_.col_pagerank, "pagerank", true);
    th(w_.col_clustering, "clustering", true);
    th(w_.col_core, "core", true);
    if (holes) th(w_.col_constraint, "constraint", true);
    th(w_.col_cut_point, "cut_point", false);
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
        out_ << "<td>" << (m.articulation[v] ? w_.yes : std::string_view()) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n</section>\n";
}

void Writer::community_table() {
    if (!a_.communities || a_.network.actors == 0) return;
    out_ << "<section id=\"communities\">\n<h2>" << w_.communities << "</h2>\n"
         << "<div class=\"scroll\">\n<table>\n<thead><tr><th class=\"n\">" << w_.col_community
         << "</th><th class=\"n\">" << w_.col_size << "</th><th class=\"n\">" << w_.col_density
         << "</th><th>" << w_.col_most_central << "</th><th>" << w_.col_sectors
         << "</th></tr></thead>\n<tbody>\n";
    for (const CommunitySummary& summary : a_.communities->summaries) {
        if (summary.size == 0) continue;
        out_ << "<tr><td class=\"n\">" << summary.community + 1 << "</td><td class=\"n\">"
             << summary.size << "</td><td class=\"n\">" << num(summary.internal_density, 2)
             << "</td><td>" << name(summary.most_central) << "</td><td>"
             << count_sectors(summary.sector_counts) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n</section>\n";
}

void Writer::mixing_table() {
    if (!a_.brokers_and_gaps) return;
    const MixingResult& mixing = a_.brokers_and_gaps->mixing;
    out_ << "<section id=\"mixing\">\n<h2>" << w_.mixing << "</h2>\n<p class=\"note\">"
         << t("Direkte Kooperationen zwischen zwei Sektoren, verglichen mit der Zahl, die "
              "zufällige Mischung bei gleicher Zahl der Partner jedes Akteurs ergäbe "
              "(Verhältnis unter 1: seltener als erwartet).",
              "Direct cooperations between two sectors, against the number random mixing "
              "with every actor's number of partners kept would give (ratio below 1: rarer "
              "than expected).")
         << " E-I-Index " << (mixing.ei.value ? num(*mixing.ei.value, 2) : "–")
         << t("; Assortativität ", "; assortativity ")
         << (mixing.assortativity ? num(*mixing.assortativity, 2) : "–") << ".</p>\n"
         << "<div class=\"scroll\">\n<table id=\"mixing-table\">\n<thead><tr><th>" << w_.col_from
         << "</th><th>" << w_.col_to << "</th><th class=\"n\">" << w_.col_ties
         << "</th><th class=\"n\">" << w_.col_expected << "</th><th class=\"n\">" << w_.col_ratio
         << "</th></tr></thead>\n<tbody>\n";
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
    out_ << "<section id=\"triangle\">\n<h2>" << w_.triangle << "</h2>\n"
         << "<div class=\"scroll\">\n<table>\n<thead><tr><th>" << w_.col_side << "</th><th>"
         << w_.col_status << "</th><th class=\"n\">" << w_.col_ties << "</th><th class=\"n\">"
         << w_.col_expected << "</th><th>" << w_.col_brokers << "</th></tr></thead>\n<tbody>\n";
    for (const TriangleSide& side : triangle.sides) {
        const char* css = side.status == SideStatus::Missing ? "missing"
                          : side.status == SideStatus::Weak  ? "weak"
                                                              : "present";
        const std::string_view status = side.status == SideStatus::Missing ? w_.status_missing
                                        : side.status == SideStatus::Weak  ? w_.status_weak
                                                                            : w_.status_present;
        std::vector<std::string> names;
        for (const SideBroker& broker : side.brokers) {
            if (names.size() == 5) break;
            names.push_back(name(broker.actor) + " (" + std::to_string(broker.two_paths) + ")");
        }
        out_ << "<tr><td>" << sector(side.groups[0]) << " – " << sector(side.groups[1])
             << "</td><td class=\"status-" << css << "\">" << status << "</td><td class=\"n\">"
             << side.ties << "</td><td class=\"n\">" << num(side.expected, 1) << "</td><td>"
             << (names.empty() ? std::string(w_.none) : join(names)) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</div>\n<p class=\"note\">"
         << t("In Klammern: Zweierpfade zwischen den beiden Sektoren über den Vermittler.",
              "In brackets: two-paths between the two sectors through the broker.")
         << "</p>\n</section>\n";
}

struct MetricText {
    std::string_view name;
    std::string_view german;
    std::string_view english;
    std::string_view reference;
};

constexpr MetricText kMetrics[] = {
    {"Grad / degree", "Zahl der verschiedenen Kooperationspartner.",
     "Number of distinct partners.", "igraph degree(mode=\"all\")"},
    {"Stärke / strength", "Summe der Gewichte der Kooperationen eines Akteurs.",
     "Summed weight of an actor's ties.",
     "Barrat et al. (2004), PNAS 101:3747, doi:10.1073/pnas.0400087101"},
    {"Betweenness",
     "Anteil der kürzesten Wege zwischen anderen Akteuren, die über den Akteur laufen "
     "(Brandes-Algorithmus; normiert mit 2/((n−1)(n−2))).",
     "Share of shortest paths between other actors that pass through the actor (Brandes' "
     "algorithm; normalised by 2/((n−1)(n−2))).",
     "Freeman (1977), Sociometry 40:35, doi:10.2307/3033543; Brandes (2001), J. Math. Sociol. "
     "25:163, doi:10.1080/0022250X.2001.9990249"},
    {"Closeness",
     "((r−1)/Σd)·((r−1)/(n−1)): Nähe zu allen erreichbaren Akteuren (r erreichbare Akteure, "
     "Σd ihre Entfernungen).",
     "((r−1)/Σd)·((r−1)/(n−1)): nearness to every reachable actor (r actors reach it, Σd "
     "their distances).",
     "Wasserman & Faust (1994), Social Network Analysis, §5.3.1, "
     "doi:10.1017/CBO9780511815478"},
    {"Harmonisch / harmonic", "Σ 1/d(u,v) über alle anderen Akteure, geteilt durch n−1.",
     "Σ 1/d(u,v) over all other actors, divided by n−1.",
     "Marchiori & Latora (2000), Physica A 285:539, doi:10.1016/S0378-4371(00)00311-3"},
    {"Eigenvektor / eigenvector",
     "Hauptvektor der gewichteten Nachbarschaftsmatrix (Norm 1): wichtig ist, wer mit "
     "Wichtigen kooperiert.",
     "Principal eigenvector of the weighted adjacency matrix (norm 1): central are those tied "
     "to the central.",
     "Bonacich (1972), J. Math. Sociol. 2:113, doi:10.1080/0022250X.1972.9989806"},
    {"PageRank", "Zufallswanderung über die Kooperationen, Dämpfung 0,85.",
     "Random walk along the ties, damping 0.85.",
     "Brin & Page (1998), Computer Networks 30:107, doi:10.1016/S0169-7552(98)00110-X"},
    {"Clustering",
     "Anteil der Partnerpaare eines Akteurs, die auch miteinander kooperieren (ungewichtet).",
     "Share of an actor's partner pairs who also cooperate with each other (unweighted).",
     "Watts & Strogatz (1998), Nature 393:440, doi:10.1038/30918"},
    {"k-Kern / k-core",
     "Größtes k, sodass der Akteur in einem Teilnetz liegt, in dem jeder mindestens k "
     "Partner hat.",
     "Largest k such that the actor lies in a subnetwork where everyone has at least k "
     "partners.",
     "Seidman (1983), Social Networks 5:269, doi:10.1016/0378-8733(83)90028-X; Batagelj & "
     "Zaversnik (2003), arXiv:cs/0310049"},
    {"Constraint (Burt)",
     "Wie stark die Kontakte eines Akteurs untereinander verbunden sind; niedrig = "
     "überbrückt strukturelle Löcher.",
     "How much an actor's contacts are tied among themselves; low = spans structural holes.",
     "Burt (1992), Structural Holes, Harvard UP; Burt (2004), Am. J. Sociol. 110:349, "
     "doi:10.1086/421787"},
    {"Schnittpunkt / cut point",
     "Akteur, dessen Wegfall das Netz zerteilt; Brücke: solche Kooperation.",
     "Actor whose loss splits the network; bridge: such a tie.",
     "Hopcroft & Tarjan (1973), Commun. ACM 16:372, doi:10.1145/362248.362272"},
    {"Vermittler / brokers",
     "Rangfolge nach Betweenness; Begründung aus offenen Zweierpfaden i – j – k zwischen "
     "verschiedenen Sektoren.",
     "Ranked by betweenness; the reason counts open two-paths i – j – k between different "
     "sectors.",
     "Gould & Fernandez (1989), Sociol. Methodol. 19:89, doi:10.2307/270949"},
    {"Mischung / mixing",
     "Erwartete Kooperationen D_a·D_b/(2m) bei zufälliger Mischung mit gleichen Graden; "
     "E-I-Index (E−I)/(E+I).",
     "Expected ties D_a·D_b/(2m) under random mixing with the same degrees; E-I index "
     "(E−I)/(E+I).",
     "Newman (2003), Phys. Rev. E 67:026126, doi:10.1103/PhysRevE.67.026126; Krackhardt & "
     "Stern (1988), Soc. Psychol. Q. 51:123, doi:10.2307/2786835"},
    {"Vorschläge / suggestions",
     "Nicht verbundene Paare verschiedener Sektoren mit gemeinsamen Partnern, nach "
     "Resource Allocation Σ 1/k_z (Adamic–Adar bei Gleichstand).",
     "Untied pairs of different sectors with shared partners, by resource allocation "
     "Σ 1/k_z (Adamic–Adar breaks ties).",
     "Zhou, Lü & Zhang (2009), Eur. Phys. J. B 71:623, doi:10.1140/epjb/e2009-00335-8; "
     "Adamic & Adar (2003), Social Networks 25:211, doi:10.1016/S0378-8733(03)00009-1"},
};

void Writer::methods() {
    out_ << "<section id=\"methods\">\n<h2>" << w_.methods << "</h2>\n<dl class=\"methods\">\n";
    for (const MetricText& metric : kMetrics) {
        out_ << "<dt>" << metric.name << "</dt><dd>" << (de_ ? metric.german : metric.english)
             << " <span class=\"note\">" << metric.reference << "</span></dd>\n";
    }
    if (diff_ != nullptr) detail::write_change_method(out_, *options_.comparison, f_);
    out_ << "</dl>\n<h3>" << t("Gewichte", "Weights") << "</h3>\n<p>";
    if (options_.analysis.weights == WeightMode::Weighted) {
        out_ << t("Ein Gewicht ist eine Stärke der Kooperation. Stärke, Eigenvektor und "
                  "PageRank nutzen das Gewicht selbst; wegbasierte Maße (Betweenness, Closeness, "
                  "harmonisch) die Entfernung 1/Gewicht. Mehrfache Kooperationen eines Paares "
                  "werden zu einer zusammengefasst, ihre Gewichte addiert.",
                  "A weight is a strength of cooperation. Strength, eigenvector and PageRank "
                  "use the weight itself; path measures (betweenness, closeness, harmonic) the "
                  "distance 1/weight. Several ties of one pair are merged, their weights "
                  "summed.");
    } else {
        out_ << t("Ungewichtet: jede zusammengefasste Kooperation zählt 1.",
                  "Unweighted: every merged tie counts 1.");
    }
    out_ << " <span class=\"note\">Opsahl, Agneessens &amp; Skvoretz (2010), Social Networks "
            "32:245, doi:10.1016/j.socnet.2010.03.006</span></p>\n";
    out_ << "<h3>" << t("Gruppen", "Clusters") << "</h3>\n<p>"
         << t("Leiden-Verfahren, Modularität, Auflösung 1, Startwert (Seed) ",
              "Leiden algorithm, modularity, resolution 1, seed ")
         << options_.community_seed
         << t("; Gruppe k ist Community k−1 von <code>coopnet analyze</code>.",
              "; cluster k is community k−1 of <code>coopnet analyze</code>.")
         << " <span class=\"note\">Traag, Waltman &amp; van Eck (2019), Sci. Rep. 9:5233, "
            "doi:10.1038/s41598-019-41695-z</span></p>\n";
    out_ << "<h3>" << t("Herkunft", "Provenance") << "</h3>\n<ul>\n<li>coopnet "
         << escape_html(options_.version) << "</li>\n";
    for (const ReportInputFile& input : options_.inputs) {
        out_ << "<li>" << t("Eingabe", "Input") << " <code>" << escape_html(input.name)
             << "</code>, SHA-256 <code>" << escape_html(input.sha256) << "</code></li>\n";
    }
    out_ << "</ul>\n</section>\n";
}

std::string Writer::run() {
    head();
    findings();
    map_section();
    change_section();
    actor_table();
    community_table();
    mixing_table();
    triangle_table();
    methods();
    out_ << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
    return out_.str();
}

}  // namespace

std::string render_report(const Network& network, const ReportOptions& options) {
    CommunityOptions communities;
    communities.method = CommunityMethod::Leiden;
    communities.seed = options.community_seed;
    BrokersAndGapsOptions brokers;
    brokers.top_k = std::max<std::size_t>(options.top, 1);
    brokers.triangle_groups = options.triangle_groups;
    std::optional<NetworkDiff> diff;
    if (options.comparison) {
        NetworkDiffOptions diff_options;
        diff_options.broker_top = options.comparison->broker_top;
        diff_options.leiden_seed = options.community_seed;
        diff_options.analysis = options.analysis;
        diff = diff_networks(options.comparison->before, options.comparison->after,
                             diff_options);
    }
    const NetworkAnalysis analysis =
        analyze_network(network, options.analysis, communities, brokers);
    return Writer(network, analysis, options, diff ? &*diff : nullptr).run();
}

}  // namespace coopnet

#include "viz/report_text.hpp"

#include <array>
#include <utility>

namespace coopnet {

namespace {

struct SectorNames {
    std::string_view sector;
    std::string_view german;
    std::string_view english;
};

constexpr std::array<SectorNames, 9> kSectors{{
    {"municipality", "Kommune/Verwaltung", "municipality"},
    {"public_agency", "Behörde/Agentur", "public agency"},
    {"business", "Wirtschaft", "business"},
    {"foundation", "Stiftung", "foundation"},
    {"civil_society", "Zivilgesellschaft", "civil society"},
    {"religious", "Religionsgemeinschaft", "religious community"},
    {"education", "Bildung", "education"},
    {"politics", "Politik", "politics"},
    {"other", "Sonstige", "other"},
}};

const ReportWords kGerman{
    .html_lang = "de",
    .report_kind = "Kooperationsbericht",
    .findings = "Wichtigste Befunde",
    .map = "Kooperationskarte",
    .map_note = "Farbe: Sektor; Größe: Betweenness (Vermittlungsposition); doppelter Rand: "
                "die wichtigsten Vermittler; Achteck: Schnittpunkt; gestrichelt: "
                "vorgeschlagene Kooperationen.",
    .map_missing = "Die Karte konnte nicht gezeichnet werden:",
    .actors = "Akteure und Kennzahlen",
    .filter_placeholder = "Akteure filtern …",
    .sort_hint = "Zum Sortieren auf eine Spaltenüberschrift klicken.",
    .communities = "Gruppen (Communities)",
    .mixing = "Kooperation zwischen den Sektoren",
    .triangle = "Das Dreieck Kommune – Wirtschaft – Stiftung",
    .methods = "Methoden und Herkunft der Daten",
    .col_actor = "Akteur", .col_id = "Kennung", .col_sector = "Sektor",
    .col_community = "Gruppe", .col_degree = "Grad", .col_strength = "Stärke",
    .col_betweenness = "Betweenness", .col_closeness = "Closeness",
    .col_harmonic = "Harmonisch", .col_eigenvector = "Eigenvektor",
    .col_pagerank = "PageRank", .col_clustering = "Clustering", .col_core = "k-Kern",
    .col_cut_point = "Schnittpunkt", .col_constraint = "Constraint (Burt)",
    .col_from = "Sektor A", .col_to = "Sektor B", .col_ties = "Kooperationen",
    .col_expected = "erwartet", .col_ratio = "Verhältnis", .col_weight = "Gewicht",
    .col_size = "Akteure", .col_density = "Dichte innen", .col_most_central = "zentral",
    .col_sectors = "Sektoren", .col_side = "Seite", .col_status = "Zustand",
    .col_reason = "Begründung", .col_brokers = "mögliche Vermittler",
    .yes = "ja",
    .status_missing = "fehlt", .status_weak = "schwach", .status_present = "vorhanden",
    .none = "keine",
};

const ReportWords kEnglish{
    .html_lang = "en",
    .report_kind = "Cooperation report",
    .findings = "Key findings",
    .map = "Cooperation map",
    .map_note = "Colour: sector; size: betweenness (brokerage position); double outline: the "
                "main brokers; octagon: cut point; dashed: suggested cooperations.",
    .map_missing = "The map could not be drawn:",
    .actors = "Actors and metrics",
    .filter_placeholder = "Filter actors …",
    .sort_hint = "Click a column heading to sort.",
    .communities = "Clusters (communities)",
    .mixing = "Cooperation between sectors",
    .triangle = "The municipality – business – foundation triangle",
    .methods = "Methods and provenance",
    .col_actor = "Actor", .col_id = "Id", .col_sector = "Sector",
    .col_community = "Cluster", .col_degree = "Degree", .col_strength = "Strength",
    .col_betweenness = "Betweenness", .col_closeness = "Closeness",
    .col_harmonic = "Harmonic", .col_eigenvector = "Eigenvector",
    .col_pagerank = "PageRank", .col_clustering = "Clustering", .col_core = "k-core",
    .col_cut_point = "Cut point", .col_constraint = "Constraint (Burt)",
    .col_from = "Sector A", .col_to = "Sector B", .col_ties = "Ties",
    .col_expected = "expected", .col_ratio = "ratio", .col_weight = "weight",
    .col_size = "Actors", .col_density = "Internal density", .col_most_central = "most central",
    .col_sectors = "Sectors", .col_side = "Side", .col_status = "Status",
    .col_reason = "Reason", .col_brokers = "possible brokers",
    .yes = "yes",
    .status_missing = "missing", .status_weak = "weak", .status_present = "present",
    .none = "none",
};

}  // namespace

std::string_view report_language_code(ReportLanguage language) {
    return language == ReportLanguage::German ? "de" : "en";
}

std::optional<ReportLanguage> parse_report_language(std::string_view code) {
    if (code == "de") return ReportLanguage::German;
    if (code == "en") return ReportLanguage::English;
    return std::nullopt;
}

std::string sector_display_name(std::string_view sector, ReportLanguage language) {
    for (const SectorNames& names : kSectors) {
        if (names.sector == sector) {
            return std::string(language == ReportLanguage::German ? names.german : names.english);
        }
    }
    return std::string(sector);
}

const ReportWords& report_words(ReportLanguage language) {
    return language == ReportLanguage::German ? kGerman : kEnglish;
}

}  // namespace coopnet

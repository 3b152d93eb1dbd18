#include "viz/report_text.hpp"

#include <array>
#include <cstddef>
#include <iterator>
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

/// One fixed phrase: the field of ReportWords it fills, in German and in English.
struct Phrase {
    std::string_view ReportWords::*field;
    std::string_view german;
    std::string_view english;
};

constexpr Phrase kPhrases[] = {
    {&ReportWords::html_lang, "de", "en"},
    {&ReportWords::report_kind, "Kooperationsbericht", "Cooperation report"},
    {&ReportWords::findings, "Wichtigste Befunde", "Key findings"},
    {&ReportWords::map, "Kooperationskarte", "Cooperation map"},
    {&ReportWords::map_note,
     "Farbe: Sektor; Größe: Betweenness (Vermittlungsposition); doppelter Rand: die "
     "wichtigsten Vermittler; Achteck: Schnittpunkt; gestrichelt: vorgeschlagene "
     "Kooperationen.",
     "Colour: sector; size: betweenness (brokerage position); double outline: the main "
     "brokers; octagon: cut point; dashed: suggested cooperations."},
    {&ReportWords::map_missing, "Die Karte konnte nicht gezeichnet werden:",
     "The map could not be drawn:"},
    {&ReportWords::actors, "Akteure und Kennzahlen", "Actors and metrics"},
    {&ReportWords::filter_placeholder, "Akteure filtern …", "Filter actors …"},
    {&ReportWords::sort_hint, "Zum Sortieren auf eine Spaltenüberschrift klicken.",
     "Click a column heading to sort."},
    {&ReportWords::communities, "Gruppen (Communities)", "Clusters (communities)"},
    {&ReportWords::mixing, "Kooperation zwischen den Sektoren", "Cooperation between sectors"},
    {&ReportWords::triangle, "Das Dreieck Kommune – Wirtschaft – Stiftung",
     "The municipality – business – foundation triangle"},
    {&ReportWords::methods, "Methoden und Herkunft der Daten", "Methods and provenance"},
    {&ReportWords::col_actor, "Akteur", "Actor"},
    {&ReportWords::col_id, "Kennung", "Id"},
    {&ReportWords::col_sector, "Sektor", "Sector"},
    {&ReportWords::col_community, "Gruppe", "Cluster"},
    {&ReportWords::col_degree, "Grad", "Degree"},
    {&ReportWords::col_strength, "Stärke", "Strength"},
    {&ReportWords::col_betweenness, "Betweenness", "Betweenness"},
    {&ReportWords::col_closeness, "Closeness", "Closeness"},
    {&ReportWords::col_harmonic, "Harmonisch", "Harmonic"},
    {&ReportWords::col_eigenvector, "Eigenvektor", "Eigenvector"},
    {&ReportWords::col_pagerank, "PageRank", "PageRank"},
    {&ReportWords::col_clustering, "Clustering", "Clustering"},
    {&ReportWords::col_core, "k-Kern", "k-core"},
    {&ReportWords::col_cut_point, "Schnittpunkt", "Cut point"},
    {&ReportWords::col_constraint, "Constraint (Burt)", "Constraint (Burt)"},
    {&ReportWords::col_from, "Sektor A", "Sector A"},
    {&ReportWords::col_to, "Sektor B", "Sector B"},
    {&ReportWords::col_ties, "Kooperationen", "Ties"},
    {&ReportWords::col_expected, "erwartet", "expected"},
    {&ReportWords::col_ratio, "Verhältnis", "ratio"},
    {&ReportWords::col_weight, "Gewicht", "weight"},
    {&ReportWords::col_size, "Akteure", "Actors"},
    {&ReportWords::col_density, "Dichte innen", "Internal density"},
    {&ReportWords::col_most_central, "zentral", "most central"},
    {&ReportWords::col_sectors, "Sektoren", "Sectors"},
    {&ReportWords::col_side, "Seite", "Side"},
    {&ReportWords::col_status, "Zustand", "Status"},
    {&ReportWords::col_reason, "Begründung", "Reason"},
    {&ReportWords::col_brokers, "mögliche Vermittler", "possible brokers"},
    {&ReportWords::yes, "ja", "yes"},
    {&ReportWords::status_missing, "fehlt", "missing"},
    {&ReportWords::status_weak, "schwach", "weak"},
    {&ReportWords::status_present, "vorhanden", "present"},
    {&ReportWords::none, "keine", "none"},
    {&ReportWords::change, "Veränderung", "Change over time"},
    {&ReportWords::change_measures, "Das Netzwerk vorher und nachher",
     "The network before and after"},
    {&ReportWords::change_map, "Karte der Veränderung", "Map of the change"},
    {&ReportWords::change_map_note,
     "Grau durchgezogen: Kooperation besteht fort; rot gestrichelt: weggefallen; grün "
     "kräftig: neu. Blass mit gestricheltem Rand: Akteur nicht mehr dabei; grüner "
     "Doppelrand: neu dabei. Farbe der Akteure: Sektor.",
     "Solid grey: tie kept; dashed red: lost; bold green: new. Faded with a dashed outline: "
     "actor no longer there; green double outline: new actor. Actor colour: sector."},
    {&ReportWords::kept_ties, "Fortbestehende Kooperationen", "Ties kept"},
    {&ReportWords::lost_ties, "Weggefallene Kooperationen", "Ties lost"},
    {&ReportWords::new_ties, "Neue Kooperationen", "New ties"},
    {&ReportWords::col_measure, "Kennzahl", "Measure"},
    {&ReportWords::col_before, "vorher", "before"},
    {&ReportWords::col_after, "nachher", "after"},
    {&ReportWords::col_change, "Veränderung", "change"},
    {&ReportWords::row_actors, "Akteure", "actors"},
    {&ReportWords::row_ties, "Kooperationen (Paare)", "ties (pairs)"},
    {&ReportWords::row_density, "Dichte", "density"},
    {&ReportWords::row_components, "getrennte Teile (Komponenten)",
     "separate parts (components)"},
    {&ReportWords::row_centralization, "Zentralisierung (Freeman, Grad)",
     "degree centralisation (Freeman)"},
    {&ReportWords::row_modularity, "Modularität (Leiden)", "modularity (Leiden)"},
};

// ReportWords holds string_views only: the table must set each of them exactly once.
constexpr bool every_field_once() {
    for (std::size_t i = 0; i < std::size(kPhrases); ++i) {
        for (std::size_t j = i + 1; j < std::size(kPhrases); ++j) {
            if (kPhrases[i].field == kPhrases[j].field) return false;
        }
    }
    return std::size(kPhrases) * sizeof(std::string_view) == sizeof(ReportWords);
}
static_assert(every_field_once(), "kPhrases must set every field of ReportWords exactly once");

ReportWords words_in(ReportLanguage language) {
    ReportWords words;
    for (const Phrase& phrase : kPhrases) {
        words.*phrase.field = language == ReportLanguage::German ? phrase.german : phrase.english;
    }
    return words;
}

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
    static const ReportWords german = words_in(ReportLanguage::German);
    static const ReportWords english = words_in(ReportLanguage::English);
    return language == ReportLanguage::German ? german : english;
}

std::string period_display_name(const Period& period, ReportLanguage language) {
    const bool de = language == ReportLanguage::German;
    if (period.since && period.until) {
        const std::string since = period.since->to_string();
        const std::string until = period.until->to_string();
        return since == until ? since : since + "–" + until;
    }
    if (period.since) return (de ? "ab " : "from ") + period.since->to_string();
    if (period.until) return (de ? "bis " : "until ") + period.until->to_string();
    return {};
}

}  // namespace coopnet

// The fixed words of the HTML report (viz/report.hpp) in German and English: headings,
// column names and the names of the documented sectors, in the register planners use
// ("Kommune/Verwaltung", "Zivilgesellschaft" ...). Sentences with numbers are built in
// viz/report.cpp from these and the data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopnet {

/// The language of a report.
enum class ReportLanguage { German, English };

/// "de" or "en".
std::string_view report_language_code(ReportLanguage language);
/// The language of a code as `report_language_code` gives it, if any.
std::optional<ReportLanguage> parse_report_language(std::string_view code);

/// The name of a sector in the report's language: the documented sectors
/// (core/network.hpp) get fixed names — German municipality → "Kommune/Verwaltung",
/// public_agency → "Behörde/Agentur", business → "Wirtschaft", foundation → "Stiftung",
/// civil_society → "Zivilgesellschaft", religious → "Religionsgemeinschaft", education →
/// "Bildung", politics → "Politik", other → "Sonstige"; English "municipality",
/// "public agency", "business", "foundation", "civil society", "religious community",
/// "education", "politics", "other". Any other name is returned unchanged (not escaped).
std::string sector_display_name(std::string_view sector, ReportLanguage language);

/// The fixed words of one language (UTF-8, already valid HTML text: no markup characters).
struct ReportWords {
    std::string_view html_lang;
    std::string_view report_kind;  ///< under the title: "Kooperationsbericht"
    std::string_view findings;
    std::string_view map;
    std::string_view map_note;
    std::string_view map_missing;
    std::string_view actors;
    std::string_view filter_placeholder;
    std::string_view sort_hint;
    std::string_view communities;
    std::string_view mixing;
    std::string_view triangle;
    std::string_view methods;
    std::string_view col_actor, col_id, col_sector, col_community, col_degree, col_strength,
        col_betweenness, col_closeness, col_harmonic, col_eigenvector, col_pagerank,
        col_clustering, col_core, col_cut_point, col_constraint;
    std::string_view col_from, col_to, col_ties, col_expected, col_ratio, col_weight;
    std::string_view col_size, col_density, col_most_central, col_sectors, col_side,
        col_status, col_reason, col_brokers;
    std::string_view yes;
    std::string_view status_missing, status_weak, status_present;
    std::string_view none;
};

/// The words of `language`.
const ReportWords& report_words(ReportLanguage language);

}  // namespace coopnet

// The language of a report and the names it gives sectors and periods. The words
// themselves live in the catalogue of viz/words.hpp; these are the report's names for it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "viz/words.hpp"

namespace coopnet {

/// The language of a report (and of a map's legend).
using ReportLanguage = Language;

/// "de" or "en" (`language_code`).
std::string_view report_language_code(ReportLanguage language);
/// The language of a code as `report_language_code` gives it, if any.
std::optional<ReportLanguage> parse_report_language(std::string_view code);

/// The name of a sector in `language` (`Words::sector`): the documented sectors
/// (core/network.hpp) get fixed names — German municipality → "Kommune/Verwaltung",
/// public_agency → "Behörde/Agentur", business → "Wirtschaft", foundation → "Stiftung",
/// civil_society → "Zivilgesellschaft", religious → "Religionsgemeinschaft", education →
/// "Bildung", politics → "Politik", other → "Sonstige"; English "municipality",
/// "public agency", "business", "foundation", "civil society", "religious community",
/// "education", "politics", "other". Any other name is returned unchanged (not escaped).
std::string sector_display_name(std::string_view sector, ReportLanguage language);

/// A period as a report or map names it: "2003–2008" (en dash), "2016" when both ends are
/// equal, "ab 2015" / "from 2015" and "bis 2008" / "until 2008" for open ends; ends as
/// `PartialDate::to_string` writes them. An undated period gives "" (not escaped: dates
/// hold no markup characters).
std::string period_display_name(const Period& period, ReportLanguage language);

}  // namespace coopnet

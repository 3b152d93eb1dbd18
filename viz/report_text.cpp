#include "viz/report_text.hpp"

namespace coopnet {

std::string_view report_language_code(ReportLanguage language) { return language_code(language); }

std::optional<ReportLanguage> parse_report_language(std::string_view code) {
    return parse_language(code);
}

std::string sector_display_name(std::string_view sector, ReportLanguage language) {
    return Words(language).sector(sector);
}

std::string period_display_name(const Period& period, ReportLanguage language) {
    const Words w(language);
    if (period.since && period.until) {
        const std::string since = period.since->to_string();
        const std::string until = period.until->to_string();
        return since == until ? since : since + "–" + until;
    }
    if (period.since) return w(Word::PeriodFrom, {period.since->to_string()});
    if (period.until) return w(Word::PeriodUntil, {period.until->to_string()});
    return {};
}

}  // namespace coopnet

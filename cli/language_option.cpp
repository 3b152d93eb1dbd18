#include "cli/language_option.hpp"

namespace coopnet::cli {

void add_language_option(CLI::App& command, std::string& language) {
    command
        .add_option("--lang", language,
                    "language of the words: de or en (default: the locale, LC_ALL, "
                    "LC_MESSAGES or LANG)")
        ->check(CLI::IsMember({"de", "en"}));
}

Language command_language(const std::string& command_language, const GlobalOptions& global,
                          std::optional<Language> fallback) {
    if (const auto language = parse_language(command_language)) return *language;
    if (const auto language = parse_language(global.language)) return *language;
    if (fallback) return *fallback;
    return language_from_environment();
}

std::string period_subtitle(const InputOptions& input, Language language) {
    if (input.from.empty() && input.to.empty()) return {};
    const Words w(language);
    const std::string open(w(Word::Open));
    return w(Word::PeriodRange,
             {input.from.empty() ? open : input.from, input.to.empty() ? open : input.to});
}

Language csv_header_language(const std::string& csv_style) {
    return csv_style == "excel-de" ? Language::German : Language::English;
}

}  // namespace coopnet::cli

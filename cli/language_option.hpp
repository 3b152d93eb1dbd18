// `--lang de|en`: the language of every word for people that a command prints (tables,
// map legends, the report). Given after the command or before it (`coopnet --lang de info
// NET`); the command's own wins. Without it a command follows the locale as command-line
// tools do (LC_ALL, then LC_MESSAGES, then LANG; "de…" is German, anything else English),
// and the report is German.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "viz/words.hpp"

namespace coopnet::cli {

/// Adds `--lang de|en` to `command` (or to the application, for the global one).
void add_language_option(CLI::App& command, std::string& language);

/// The language of a command: its `--lang`, else the global one, else `fallback`, else the
/// locale (`language_from_environment`).
Language command_language(const std::string& command_language, const GlobalOptions& global,
                          std::optional<Language> fallback = std::nullopt);

/// "Zeitraum 2003 bis offen" / "Period 2003 to open" for the `--from`/`--to` filter of
/// `input`, or "" when it has none (the subtitle of a map or report).
std::string period_subtitle(const InputOptions& input, Language language);

/// The language of CSV column headers: German for `--csv-style excel-de` (German Excel),
/// else the JSON keys (English).
Language csv_header_language(const std::string& csv_style);

}  // namespace coopnet::cli

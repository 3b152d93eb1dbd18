// The subcommands of `coopnet`. Each registers its options on the application and
// returns the action to run once the command line has been parsed; an action returns
// the process exit code (0 success, 2 bad input or usage, 1 other failure).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace coopnet::cli {

struct GlobalOptions {
    bool quiet = false;
    std::string language;  ///< `--lang` before the command: "de", "en" or empty
};

using Action = std::function<int()>;

Action add_info_command(CLI::App& app, const GlobalOptions& global);
Action add_convert_command(CLI::App& app, const GlobalOptions& global);
Action add_validate_command(CLI::App& app, const GlobalOptions& global);
Action add_analyze_command(CLI::App& app, const GlobalOptions& global);
Action add_brokers_command(CLI::App& app, const GlobalOptions& global);
Action add_gaps_command(CLI::App& app, const GlobalOptions& global);
Action add_map_command(CLI::App& app, const GlobalOptions& global);
Action add_diff_command(CLI::App& app, const GlobalOptions& global);
Action add_report_command(CLI::App& app, const GlobalOptions& global);
Action add_qap_command(CLI::App& app, const GlobalOptions& global);
Action add_compare_command(CLI::App& app, const GlobalOptions& global);
Action add_timeline_command(CLI::App& app, const GlobalOptions& global);

}  // namespace coopnet::cli

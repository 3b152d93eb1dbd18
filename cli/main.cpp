// coopnet: who works with whom, who holds a cooperation network together, and where
// cooperation is missing. Exit codes: 0 success, 2 bad input or usage, 1 other failure,
// 130 interrupted (Ctrl-C; no output is written).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/commands.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "core/interrupt.hpp"
#include "core/progress.hpp"

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report it

}  // namespace

int main(int argc, char** argv) {
    using namespace coopnet;
    CLI::App app{
        "coopnet: cooperation networks of actors (offices, associations, businesses, "
        "foundations ...) - summarise, convert and analyse them"};
    app.set_version_flag("--version", std::string("coopnet ") + COOPNET_VERSION);
    app.require_subcommand(1, 1);
    cli::GlobalOptions global;
    app.add_flag("-q,--quiet", global.quiet, "print no warnings")->configurable(false);
    cli::add_language_option(app, global.language);

    const std::vector<std::pair<CLI::App*, cli::Action>> commands = [&] {
        std::vector<std::pair<CLI::App*, cli::Action>> list;
        const auto add = [&](auto adder) {
            const std::size_t before = app.get_subcommands({}).size();
            cli::Action action = adder(app, global);
            list.emplace_back(app.get_subcommands({}).at(before), std::move(action));
        };
        add(cli::add_info_command);
        add(cli::add_validate_command);
        add(cli::add_convert_command);
        add(cli::add_analyze_command);
        add(cli::add_brokers_command);
        add(cli::add_gaps_command);
        add(cli::add_map_command);
        add(cli::add_diff_command);
        add(cli::add_report_command);
        return list;
    }();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // CLI11 uses exit code 0 for --help/--version and its own codes for bad usage.
        const int code = app.exit(error);
        if (code != 0) return kExitBadInput;
        try {
            cli::check_standard_output();  // --help or --version into a full disk
        } catch (const OutputError& failure) {
            std::cerr << "coopnet: error: " << failure.what() << '\n';
            return kExitFailure;
        }
        return 0;
    }

    install_interrupt_handler();
    set_progress_enabled(!global.quiet && ::isatty(STDERR_FILENO) == 1);
    try {
        for (const auto& [command, action] : commands) {
            if (command->parsed()) return action();
        }
        return kExitBadInput;
    } catch (const Interrupted& error) {
        std::cerr << "coopnet: " << error.what() << '\n';
        return kExitInterrupted;
    } catch (const InputError& error) {
        for (const Diagnostic& problem : error.problems()) {
            std::cerr << "coopnet: error: " << problem.to_string() << '\n';
        }
        return kExitBadInput;
    } catch (const InvalidArgument& error) {
        std::cerr << "coopnet: error: " << error.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception& error) {
        std::cerr << "coopnet: error: " << error.what() << '\n';
        return kExitFailure;
    }
}

// coopnet: who works with whom, who holds a cooperation network together, and where
// cooperation is missing. Exit codes: 0 success, 2 bad input or usage, 1 other failure,
// 130 interrupted (Ctrl-C; no output is written). Messages show control characters
// escaped (core/text.hpp printable()): input cannot steer the terminal. Out of memory is
// exit 1 with a message, its output and temporary files removed as for any other failure.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/bash_completion.hpp"
#include "cli/command_reference.hpp"
#include "cli/commands.hpp"
#include "cli/language_option.hpp"
#include "cli/manual_page.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "core/interrupt.hpp"
#include "core/progress.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "core/version.hpp"

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report it

// Out of memory. A failed allocation throws std::bad_alloc, which unwinds to main like any
// error, through the atomic writers (io/atomic_file.hpp) that drop their temporary files.
// But the unwinding runs destructors that allocate (nlohmann::json's destroy() builds a
// vector as its stack); a second bad_alloc inside a noexcept destructor would end the
// process through std::terminate (SIGABRT, exit 134) before anything was cleaned up.
// So a reserve is taken at start-up, and the first failed allocation gives it back before
// it throws: the unwinding finds room. The reserve is address space, never touched, so it
// costs no physical memory and helps exactly where allocations fail: under a limit on the
// address space (ulimit -v) or with overcommit off. Graphviz, which cannot fail cleanly,
// draws in a child process (viz/detail/isolated.hpp).
constexpr std::size_t kMemoryReserveBytes = std::size_t{16} << 20;
std::atomic<void*> memory_reserve{nullptr};
std::atomic<bool> memory_ran_out{false};
std::terminate_handler default_terminate = nullptr;

void on_allocation_failure() {
    memory_ran_out.store(true);
    std::free(memory_reserve.exchange(nullptr));
    throw std::bad_alloc();
}

// Still out of memory in a noexcept destructor, with the reserve spent: say so instead of
// aborting (a named temporary file, where O_TMPFILE is missing, may be left then).
[[noreturn]] void on_terminate() {
    if (memory_ran_out.load()) {
        constexpr char message[] = "coopnet: error: out of memory\n";
        [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
        ::_exit(kExitFailure);
    }
    default_terminate();
    std::abort();
}

void prepare_for_out_of_memory() {
    memory_reserve.store(std::malloc(kMemoryReserveBytes));
    std::set_new_handler(on_allocation_failure);
    default_terminate = std::set_terminate(on_terminate);
}

// The first word of the command line that is no option, when it names no command:
// "unknown command 'analyse'; did you mean 'analyze'? Commands: info, ...". The global
// options take no values, so that word is where the command must be. Nothing after
// --help or --version, which CLI11 answers whatever follows.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, char** argv) {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "-h" || word == "--help" || word == "--version" || word == "--") break;
        if (word == "--lang") ++i;  // the one global option with a value
        if (word.starts_with('-')) continue;
        if (std::find(names.begin(), names.end(), word) != names.end()) break;
        std::string message = "unknown command '" + std::string(word) + "'";
        const auto guess = coopnet::closest_match(word, names);
        message += guess ? "; did you mean '" + *guess + "'? " : ". ";
        message += "Commands:";
        for (std::size_t n = 0; n < names.size(); ++n) message += (n == 0 ? " " : ", ") + names[n];
        return message;
    }
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace coopnet;
    prepare_for_out_of_memory();
    CLI::App app{
        "coopnet: cooperation networks of actors (offices, associations, businesses, "
        "foundations ...) - summarise, convert and analyse them"};
    app.set_version_flag("--version", "coopnet " + version_with_commit());
    app.require_subcommand(1, 1);
    // Options a command does not know go to `coopnet` itself: `coopnet info -q NET` is
    // `coopnet -q info NET`. Set before the commands are added, which inherit it.
    app.fallthrough();
    cli::GlobalOptions global;
    app.add_flag("-q,--quiet", global.quiet, "print no warnings (also after the command)")
        ->configurable(false);
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
        add(cli::add_qap_command);
        add(cli::add_compare_command);
        add(cli::add_timeline_command);
        return list;
    }();

    // For the build (the man page and the completion script the package installs), and for a
    // user who built coopnet: `source <(build/coopnet --bash-completion)`.
    if (argc == 2 && (argv[1] == std::string_view("--manual-page") ||
                      argv[1] == std::string_view("--bash-completion"))) {
        const auto reference = cli::command_reference(app);
        if (argv[1] == std::string_view("--manual-page")) {
            cli::write_manual_page(reference, std::cout);
        } else {
            cli::write_bash_completion(reference, std::cout);
        }
        try {
            cli::check_standard_output();
        } catch (const OutputError& failure) {
            std::cerr << "coopnet: error: " << failure.what() << '\n';
            return kExitFailure;
        }
        return 0;
    }
    if (const auto message = unknown_command(app, argc, argv)) {
        std::cerr << "coopnet: error: " << *message << '\n';
        return kExitBadInput;
    }
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
    } catch (const std::bad_alloc&) {
        std::cerr << "coopnet: error: out of memory\n";
        return kExitFailure;
    } catch (const Interrupted& error) {
        std::cerr << "coopnet: " << printable(error.what()) << '\n';
        return kExitInterrupted;
    } catch (const InputError& error) {
        for (const Diagnostic& problem : error.problems()) {
            std::cerr << "coopnet: error: " << printable(problem.to_string()) << '\n';
        }
        return kExitBadInput;
    } catch (const InvalidArgument& error) {
        std::cerr << "coopnet: error: " << printable(error.what()) << '\n';
        return kExitBadInput;
    } catch (const std::exception& error) {
        // An error after a failed allocation (a stream that lost its buffer reports a failed
        // write) is that failure's consequence.
        std::cerr << "coopnet: error: " << (memory_ran_out.load() ? "out of memory; " : "")
                  << printable(error.what()) << '\n';
        return kExitFailure;
    }
}

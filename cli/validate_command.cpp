// `coopnet validate NET`: every problem at once, one `FILE:LINE: message` per line, then
// the warnings that do not make the file invalid.
#include <algorithm>
#include <tuple>
#include <vector>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/output_target.hpp"
#include "cli/sector_words_output.hpp"
#include "core/error.hpp"
#include "core/network_facts.hpp"
#include "core/text.hpp"

namespace coopnet::cli {

Action add_validate_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<InputOptions>();
    CLI::App* command = app.add_subcommand(
        "validate",
        "Check a network file and list every problem as FILE:LINE: message (exit 2 if any).");
    add_input_options(*command, *options);
    return [options, &global]() {
        LoadedNetwork loaded;
        try {
            loaded = load_network_with_sectors(*options, global.quiet);
        } catch (const InputError& error) {
            // In file order, whichever stage of reading found them.
            std::vector<Diagnostic> problems = error.problems();
            std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
                return std::tie(a.where.file, a.where.line, a.where.column) <
                       std::tie(b.where.file, b.where.line, b.where.column);
            });
            write_output({}, [&](std::ostream& out) {
                for (const Diagnostic& problem : problems) {
                    out << printable(problem.to_string()) << '\n';
                }
                out << problems.size() << (problems.size() == 1 ? " problem\n" : " problems\n");
            });
            return 2;
        }
        const Network& network = loaded.network;
        const NetworkFacts facts = network_facts(network);
        const std::string file =
            is_standard_stream(options->path) ? "<stdin>" : options->path.string();
        if (facts.self_ties > 0) {
            warn(global.quiet, file + ": " + std::to_string(facts.self_ties) +
                                   " self-tie(s) kept in the file, left out of the analysis");
        }
        if (facts.merged_ties > 0) {
            warn(global.quiet, file + ": " + std::to_string(facts.merged_ties) +
                                   " tie(s) join a pair that already has one; the analysis "
                                   "merges them (weights summed)");
        }
        if (!facts.isolates.empty()) {
            warn(global.quiet,
                 file + ": " + std::to_string(facts.isolates.size()) + " actor(s) without any tie");
        }
        write_output({}, [&](std::ostream& out) {
            out << printable(file) << ": valid, " << network.actor_count() << " actors, "
                << facts.explicit_ties << " ties, " << network.projects().size() << " projects\n";
            if (sector_words_worth_showing(loaded.sector_words)) {
                write_sector_words_text(loaded.sector_words, out);
            }
        });
        return 0;
    };
}

}  // namespace coopnet::cli

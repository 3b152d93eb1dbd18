// `coopnet validate NET`: every problem at once, one `FILE:LINE: message` per line, then
// the warnings that do not make the file invalid.
#include <algorithm>
#include <tuple>
#include <vector>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "cli/sector_words_output.hpp"
#include "core/error.hpp"
#include "core/network_facts.hpp"
#include "core/text.hpp"

namespace coopnet::cli {

Action add_validate_command(CLI::App& app, const GlobalOptions& global) {
    struct ValidateOptions {
        InputOptions input;
        std::string language;
    };
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command = app.add_subcommand(
        "validate",
        "Check a network file and list every problem as FILE:LINE: message (exit 2 if any).");
    add_input_options(*command, options->input);
    add_language_option(*command, options->language);
    return [options, &global]() {
        const Words w(command_language(options->language, global));
        LoadedNetwork loaded;
        try {
            loaded = load_network_with_sectors(options->input, global.quiet);
        } catch (const InputError& error) {
            // In file order, whichever stage of reading found them.
            std::vector<Diagnostic> problems = error.problems();
            std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
                return std::tie(a.where.file, a.where.line, a.where.column) <
                       std::tie(b.where.file, b.where.line, b.where.column);
            });
            write_output({}, [&](std::ostream& out) {
                for (const Diagnostic& problem : problems) out << printable(problem.to_string()) << '\n';
                out << w.count(Word::ValidateProblems, problems.size()) << "\n";
            });
            return 2;
        }
        const Network& network = loaded.network;
        const NetworkFacts facts = network_facts(network);
        const std::string file = printable(
            is_standard_stream(options->input.path) ? "<stdin>" : options->input.path.string());
        if (facts.self_ties > 0) {
            warn(global.quiet, file + ": " + w.count(Word::InfoSelfTies, facts.self_ties));
        }
        if (facts.merged_ties > 0) {
            warn(global.quiet, file + ": " + w.count(Word::InfoDuplicateTies, facts.merged_ties));
        }
        if (!facts.isolates.empty()) {
            warn(global.quiet, file + ": " + w.count(Word::InfoIsolates, facts.isolates.size()));
        }
        write_output({}, [&](std::ostream& out) {
            out << w(Word::ValidateValid,
                     {file, w.count(Word::Actors, network.actor_count()),
                      w.count(Word::Ties, facts.explicit_ties),
                      w.count(Word::Projects, network.projects().size())})
                << "\n";
            if (sector_words_worth_showing(loaded.sector_words)) {
                write_sector_words_text(loaded.sector_words, w, out);
            }
        });
        return 0;
    };
}

}  // namespace coopnet::cli
